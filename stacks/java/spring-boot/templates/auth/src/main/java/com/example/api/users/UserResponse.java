package com.example.api.users;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A user as the API returns it; the password hash never leaves the server. */
public record UserResponse(
    @Schema(requiredMode = REQUIRED) UUID id,
    @Schema(requiredMode = REQUIRED, format = "email") String email,
    @Schema(requiredMode = REQUIRED) String name,
    @Schema(requiredMode = REQUIRED) User.Role role,
    @Schema(requiredMode = REQUIRED) Instant createdAt) {

  public static UserResponse from(User user) {
    return new UserResponse(user.id(), user.email(), user.name(), user.role(), user.createdAt());
  }
}
