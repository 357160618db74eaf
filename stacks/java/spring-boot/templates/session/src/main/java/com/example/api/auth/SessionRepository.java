package com.example.api.auth;

import com.example.api.db.SqlDialect;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Server-side sessions. Rows are keyed by a hash of the cookie value, never the value itself. */
@Repository
class SessionRepository {

  record StoredSession(String id, CurrentUser user, String csrfToken) {}

  private final JdbcClient jdbc;

  SessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String id, UUID userId, String csrfToken, Instant expiresAt, Instant createdAt) {
    jdbc.sql(
            "INSERT INTO sessions (id, user_id, csrf_token, expires_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            id,
            SqlDialect.id(userId),
            csrfToken,
            SqlDialect.timestamp(expiresAt),
            SqlDialect.timestamp(createdAt))
        .update();
  }

  /** The live session with this id and its user, or empty when unknown or expired. */
  Optional<StoredSession> findActive(String id, Instant now) {
    return jdbc.sql(
            "SELECT s.id, s.csrf_token, u.id AS user_id, u.role FROM sessions s"
                + " JOIN users u ON u.id = s.user_id WHERE s.id = ? AND s.expires_at > ?")
        .params(id, SqlDialect.timestamp(now))
        .query(
            (rs, row) ->
                new StoredSession(
                    rs.getString("id"),
                    new CurrentUser(SqlDialect.id(rs, "user_id"), rs.getString("role")),
                    rs.getString("csrf_token")))
        .optional();
  }

  void delete(String id) {
    jdbc.sql("DELETE FROM sessions WHERE id = ?").param(id).update();
  }

  int deleteExpired(Instant now) {
    return jdbc.sql("DELETE FROM sessions WHERE expires_at <= ?")
        .param(SqlDialect.timestamp(now))
        .update();
  }
}
