package com.example.api.auth;

import com.example.api.users.User;
import com.example.api.users.UserResponse;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  record UserBody(UserResponse user) {}

  record LoginResponse(UserResponse user, String csrfToken) {}

  private final AuthService auth;
  private final SessionService sessions;

  AuthController(AuthService auth, SessionService sessions) {
    this.auth = auth;
    this.sessions = sessions;
  }

  @PostMapping("/register")
  ResponseEntity<UserBody> register(@Valid @RequestBody RegisterRequest request) {
    User user = auth.register(request);
    return ResponseEntity.status(HttpStatus.CREATED).body(new UserBody(UserResponse.from(user)));
  }

  /** Starts a session: the cookie identifies it, the CSRF token goes into later writes. */
  @PostMapping("/login")
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
  UserBody me(@AuthenticationPrincipal CurrentUser caller) {
    return new UserBody(UserResponse.from(auth.currentUser(caller)));
  }

  /** Ends the session on the server; the old cookie no longer authenticates anything. */
  @PostMapping("/logout")
  ResponseEntity<Void> logout(
      @RequestAttribute(SessionAuthenticationFilter.SESSION_ATTRIBUTE) String sessionId) {
    sessions.delete(sessionId);
    return ResponseEntity.noContent()
        .header(HttpHeaders.SET_COOKIE, sessions.clearedCookie().toString())
        .build();
  }
}
