package com.example.api.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * DATABASE_URL in the usual URL forms, converted to what JDBC wants: a {@code jdbc:} URL plus the
 * user name and password as separate settings (JDBC drivers don't read them from the URL in the
 * same way, and percent-encoded passwords would otherwise reach the server still encoded).
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

  public static DatabaseUrl parse(String url) {
    if (url.startsWith("sqlite:///")) {
      // sqlite:///app.db is relative to the working directory, sqlite:////var/app.db absolute.
      String path = url.substring("sqlite:///".length());
      if (path.isEmpty()) {
        throw new IllegalArgumentException("DATABASE_URL names no SQLite file: " + url);
      }
      // Foreign keys are off by default in SQLite (they carry the ON DELETE CASCADE); the busy
      // timeout makes a writer wait for the lock instead of failing at once.
      return new DatabaseUrl(
          "jdbc:sqlite:" + path + "?foreign_keys=true&busy_timeout=5000&journal_mode=WAL",
          null,
          null);
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("DATABASE_URL is not a valid URL", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    String driver =
        switch (scheme) {
          case "postgresql", "postgres" -> "postgresql";
          case "mysql", "mariadb" -> "mariadb";
          default ->
              throw new IllegalArgumentException(
                  "DATABASE_URL must start with postgresql://, postgres://, mysql:// or sqlite:///");
        };
    if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
      throw new IllegalArgumentException("DATABASE_URL needs a host and a database name");
    }
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbcUrl = "jdbc:" + driver + "://" + uri.getHost() + port + uri.getRawPath() + query;
    String username = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      username = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    return new DatabaseUrl(jdbcUrl, username, password);
  }

  public boolean sqlite() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  private static String decode(String value) {
    return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    // Never print the password, e.g. in a startup failure.
    return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
  }
}
