package com.example.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.example.api.users.User;
import com.example.api.users.UserResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts: sign up and "who am I". Signing in is the credential's own controller ({@code
 * LoginController}), since what a login hands out depends on how the API authenticates.
 */
@RestController
@Tag(name = "auth")
@RequestMapping("/api/v1/auth")
class AuthController {

  record UserBody(@Schema(requiredMode = REQUIRED) UserResponse user) {}

  private final AuthService auth;

  AuthController(AuthService auth) {
    this.auth = auth;
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "201")
  @ApiResponse(responseCode = "409", description = "The email is already registered.")
  ResponseEntity<UserBody> register(@Valid @RequestBody RegisterRequest request) {
    User user = auth.register(request);
    return ResponseEntity.status(HttpStatus.CREATED).body(new UserBody(UserResponse.from(user)));
  }

  @GetMapping("/me")
  @SecurityRequirement(name = ApiSecurity.SCHEME)
  UserBody me(@AuthenticationPrincipal CurrentUser caller) {
    return new UserBody(UserResponse.from(auth.currentUser(caller)));
  }
}
