package com.example.api.auth;

import com.example.api.db.SqlDialect;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins per (email, client address), kept in the database so that every worker and every
 * instance of the app counts against the same limit.
 */
@Repository
class LoginAttemptRepository {

  record Attempts(int failures, Instant windowStart) {}

  private final JdbcClient jdbc;

  LoginAttemptRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Attempts> find(String email, String client) {
    return jdbc.sql(
            "SELECT failures, window_start FROM login_attempts WHERE email = ? AND client = ?")
        .params(email, client)
        .query(
            (rs, row) ->
                new Attempts(rs.getInt("failures"), SqlDialect.timestamp(rs, "window_start")))
        .optional();
  }

  /**
   * Counts one attempt and returns the count in the current window. The upsert locks the row until
   * the transaction ends, so concurrent failures each see a different count.
   */
  @Transactional
  Attempts recordFailure(String email, String client, Instant now, Instant windowCutoff) {
    Object cutoff = SqlDialect.timestamp(windowCutoff);
    jdbc.sql(SqlDialect.COUNT_LOGIN_FAILURE)
        .params(email, client, SqlDialect.timestamp(now), cutoff, cutoff)
        .update();
    return find(email, client).orElseThrow();
  }

  void clear(String email, String client) {
    jdbc.sql("DELETE FROM login_attempts WHERE email = ? AND client = ?")
        .params(email, client)
        .update();
  }

  /** Drops rows whose window has passed, so the table holds only recent failures. */
  int deleteOlderThan(Instant cutoff) {
    return jdbc.sql("DELETE FROM login_attempts WHERE window_start <= ?")
        .param(SqlDialect.timestamp(cutoff))
        .update();
  }
}
