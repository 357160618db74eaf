package com.example.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.example.api.users.User;
import com.example.api.users.UserResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out: a correct email and password start a server-side session. */
@RestController
@Tag(name = "auth")
@RequestMapping("/api/v1/auth")
class LoginController {

  record LoginResponse(
      @Schema(requiredMode = REQUIRED) UserResponse user,
      @Schema(requiredMode = REQUIRED, description = "Send as X-CSRF-Token on every write.")
          String csrfToken) {}

  private final AuthService auth;
  private final SessionService sessions;

  LoginController(AuthService auth, SessionService sessions) {
    this.auth = auth;
    this.sessions = sessions;
  }

  /** Starts a session: the cookie identifies it, the CSRF token goes into later writes. */
  @PostMapping("/login")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "401", description = "Wrong email or password.")
  @ApiResponse(responseCode = "429", description = "Too many failed logins; see Retry-After.")
  ResponseEntity<LoginResponse> login(
      @Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    User user = auth.authenticate(request, http.getRemoteAddr());
    SessionService.NewSession session = sessions.create(user.id());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.SET_COOKIE, sessions.cookie(session.cookieValue()).toString())
        .body(new LoginResponse(UserResponse.from(user), session.csrfToken()));
  }

  /** Ends the session on the server; the old cookie no longer authenticates anything. */
  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @SecurityRequirement(name = ApiSecurity.SCHEME)
  ResponseEntity<Void> logout(
      @Parameter(hidden = true) @RequestAttribute(SessionAuthenticationFilter.SESSION_ATTRIBUTE)
          String sessionId) {
    sessions.delete(sessionId);
    return ResponseEntity.noContent()
        .header(HttpHeaders.SET_COOKIE, sessions.clearedCookie().toString())
        .build();
  }
}
