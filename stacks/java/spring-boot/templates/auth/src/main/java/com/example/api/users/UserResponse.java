package com.example.api.users;

import java.time.Instant;
import java.util.UUID;

/** A user as the API returns it. */
public record UserResponse(UUID id, String email, String name, String role, Instant createdAt) {

  public static UserResponse from(User user) {
    return new UserResponse(
        user.id(), user.email(), user.name(), user.role().name(), user.createdAt());
  }
}
