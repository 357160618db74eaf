package com.example.api.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting the app reads, bound once at startup from the environment (see
 * application.properties for which variable feeds which property).
 *
 * @param env development, test or production (APP_ENV)
 * @param databaseUrl postgresql://, postgres://, mysql://, sqlite:///relative.db or
 *     sqlite:////absolute.db (DATABASE_URL)
 * @param adminEmail the account registered with this email gets the admin role (ADMIN_EMAIL)
 * @param corsOrigins origins allowed to call the API from a browser; empty = same origin only
 */
@ConfigurationProperties("app")
public record AppProperties(
    @DefaultValue("development") String env,
    String databaseUrl,
    String adminEmail,
    @DefaultValue List<String> corsOrigins) {

  public AppProperties {
    if (!List.of("development", "test", "production").contains(env)) {
      throw new IllegalStateException(
          "APP_ENV must be development, test or production, got \"" + env + "\"");
    }
    if (databaseUrl == null || databaseUrl.isBlank()) {
      throw new IllegalStateException("DATABASE_URL must be set (see .env.example)");
    }
    adminEmail =
        adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip().toLowerCase();
    corsOrigins = corsOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
  }

  public boolean production() {
    return env.equals("production");
  }

  public boolean development() {
    return env.equals("development");
  }
}
