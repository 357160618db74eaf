package com.example.api.users;

import java.time.Instant;
import java.util.UUID;

/** A stored user. The password hash stays inside the server: {@link UserResponse} omits it. */
public record User(
    UUID id, String email, String name, String passwordHash, Role role, Instant createdAt) {

  public enum Role {
    user,
    admin
  }
}
