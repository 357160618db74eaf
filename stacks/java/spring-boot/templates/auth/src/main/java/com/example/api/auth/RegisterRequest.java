package com.example.api.auth;

import com.example.api.common.validation.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;

public record RegisterRequest(
    @NotBlank(message = "is required")
        @Email(message = "must be an email address")
        @Size(max = 254)
        @PlainText
        String email,
    @NotNull(message = "is required")
        @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
        @PlainText
        String password,
    @NotBlank(message = "is required")
        @Size(max = 100, message = "must be 1 to 100 characters")
        @PlainText
        String name) {

  public RegisterRequest {
    email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    name = name == null ? null : name.strip();
  }
}
