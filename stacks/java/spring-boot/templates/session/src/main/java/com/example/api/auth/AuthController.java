package com.example.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.example.api.users.User;
import com.example.api.users.UserResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  record UserBody(@Schema(requiredMode = REQUIRED) UserResponse user) {}

  record LoginResponse(
      @Schema(requiredMode = REQUIRED) UserResponse user,
      @Schema(requiredMode = REQUIRED, description = "Send as X-CSRF-Token on every write.")
          String csrfToken) {}

  private final AuthService auth;
  private final SessionService sessions;

  AuthController(AuthService auth, SessionService sessions) {
    this.auth = auth;
    this.sessions = sessions;
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "201")
  @ApiResponse(responseCode = "409", description = "The email is already registered.")
  ResponseEntity<UserBody> register(@Valid @RequestBody RegisterRequest request) {
    User user = auth.register(request);
    return ResponseEntity.status(HttpStatus.CREATED).body(new UserBody(UserResponse.from(user)));
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

  @GetMapping("/me")
  @SecurityRequirement(name = ApiSecurity.SCHEME)
  UserBody me(@AuthenticationPrincipal CurrentUser caller) {
    return new UserBody(UserResponse.from(auth.currentUser(caller)));
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
