package com.example.api.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How Java values are stored in PostgreSQL columns and read back: UUIDs as {@code uuid}, timestamps
 * as {@code timestamptz}, dates as {@code date}; plus the one statement whose syntax differs
 * between databases. The repositories go through this class, so they hold no database-specific
 * code.
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

  private SqlDialect() {}

  public static Object id(UUID id) {
    return id;
  }

  public static UUID id(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  public static Object timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant timestamp(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static Object date(LocalDate date) {
    return date;
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
