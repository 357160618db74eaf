package com.example.api.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * How Java values are stored in SQLite and read back. SQLite has no UUID, timestamp or date types:
 * UUIDs are text, timestamps ISO 8601 text in UTC with a fixed six-digit fraction (so they sort
 * chronologically as text), dates {@code YYYY-MM-DD} text. Plus the one statement whose syntax
 * differs between databases. The repositories go through this class, so they hold no
 * database-specific code.
 */
public final class SqlDialect {

  /**
   * Counts one failed login for (email, client) in one atomic statement: a new row starts at 1; an
   * existing row whose window has passed restarts at 1, else its count goes up by one. Parameters:
   * email, client, now, window start cutoff (twice).
   */
  public static final String COUNT_LOGIN_FAILURE =
      """
      INSERT INTO login_attempts (email, client, failures, window_start) VALUES (?, ?, 1, ?)
      ON CONFLICT (email, client) DO UPDATE SET
        failures = CASE WHEN login_attempts.window_start <= ? THEN 1
                        ELSE login_attempts.failures + 1 END,
        window_start = CASE WHEN login_attempts.window_start <= ? THEN excluded.window_start
                            ELSE login_attempts.window_start END
      """;

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private SqlDialect() {}

  public static Object id(UUID id) {
    return id == null ? null : id.toString();
  }

  public static UUID id(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : UUID.fromString(value);
  }

  public static Object timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  public static Instant timestamp(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : Instant.parse(value);
  }

  public static Object date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : LocalDate.parse(value);
  }
}
