package com.example.api.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How Java values are stored in MariaDB/MySQL columns and read back: UUIDs as {@code char(36)},
 * timestamps as UTC {@code datetime(6)} (no time zone conversion by the driver or server), dates as
 * {@code date}; plus the one statement whose syntax differs between databases. The repositories go
 * through this class, so they hold no database-specific code.
 */
public final class SqlDialect {

  /**
   * Counts one failed login for (email, client) in one atomic statement: a new row starts at 1; an
   * existing row whose window has passed restarts at 1, else its count goes up by one. MySQL
   * applies the assignments left to right, so {@code failures} is computed from the old {@code
   * window_start}. Parameters: email, client, now, window start cutoff (twice).
   */
  public static final String COUNT_LOGIN_FAILURE =
      """
      INSERT INTO login_attempts (email, client, failures, window_start) VALUES (?, ?, 1, ?)
      ON DUPLICATE KEY UPDATE
        failures = IF(window_start <= ?, 1, failures + 1),
        window_start = IF(window_start <= ?, VALUES(window_start), window_start)
      """;

  private SqlDialect() {}

  public static Object id(UUID id) {
    return id == null ? null : id.toString();
  }

  public static UUID id(ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : UUID.fromString(value);
  }

  public static Object timestamp(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant timestamp(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  public static Object date(LocalDate date) {
    return date;
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
