package com.example.api.users;

import com.example.api.db.SqlDialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

  private static final String COLUMNS = "id, email, name, password_hash, role, created_at";

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the user; a taken email surfaces as Spring's DuplicateKeyException. */
  public void insert(User user) {
    jdbc.sql(
            "INSERT INTO users (id, email, name, password_hash, role, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            SqlDialect.id(user.id()),
            user.email(),
            user.name(),
            user.passwordHash(),
            user.role().name(),
            SqlDialect.timestamp(user.createdAt()))
        .update();
  }

  public Optional<User> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?")
        .param(SqlDialect.id(id))
        .query(UserRepository::map)
        .optional();
  }

  public Optional<User> findByEmail(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ?")
        .param(email)
        .query(UserRepository::map)
        .optional();
  }

  public List<User> findPage(long offset, int limit) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM users ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(UserRepository::map)
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
  }

  private static User map(ResultSet rs, int row) throws SQLException {
    return new User(
        SqlDialect.id(rs, "id"),
        rs.getString("email"),
        rs.getString("name"),
        rs.getString("password_hash"),
        User.Role.valueOf(rs.getString("role")),
        SqlDialect.timestamp(rs, "created_at"));
  }
}
