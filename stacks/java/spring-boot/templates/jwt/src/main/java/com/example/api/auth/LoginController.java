package com.example.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.example.api.users.User;
import com.example.api.users.UserResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in: a correct email and password get a bearer JWT. */
@RestController
@Tag(name = "auth")
@RequestMapping("/api/v1/auth")
class LoginController {

  record LoginResponse(
      @Schema(requiredMode = REQUIRED, description = "A JWT signed with HS256.") String accessToken,
      @Schema(requiredMode = REQUIRED, allowableValues = "Bearer") String tokenType,
      @Schema(requiredMode = REQUIRED, description = "Seconds until the token expires.")
          long expiresIn,
      @Schema(requiredMode = REQUIRED) UserResponse user) {}

  private final AuthService auth;
  private final TokenService tokens;

  LoginController(AuthService auth, TokenService tokens) {
    this.auth = auth;
    this.tokens = tokens;
  }

  @PostMapping("/login")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "401", description = "Wrong email or password.")
  @ApiResponse(responseCode = "429", description = "Too many failed logins; see Retry-After.")
  ResponseEntity<LoginResponse> login(
      @Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    User user = auth.authenticate(request, http.getRemoteAddr());
    var body =
        new LoginResponse(
            tokens.issue(user), "Bearer", tokens.lifetimeSeconds(), UserResponse.from(user));
    // A token must not sit in a browser or proxy cache.
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
