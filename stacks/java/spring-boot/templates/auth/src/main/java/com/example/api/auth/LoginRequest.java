package com.example.api.auth;

import com.example.api.common.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

public record LoginRequest(
    @NotBlank(message = "is required") @Size(max = 254) @PlainText String email,
    @NotNull(message = "is required") @Size(max = 128) @PlainText String password) {

  public LoginRequest {
    email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }
}
