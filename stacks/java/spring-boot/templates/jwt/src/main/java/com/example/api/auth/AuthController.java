package com.example.api.auth;

import com.example.api.users.User;
import com.example.api.users.UserResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  record UserBody(UserResponse user) {}

  record LoginResponse(String accessToken, String tokenType, long expiresIn, UserResponse user) {}

  private final AuthService auth;
  private final TokenService tokens;

  AuthController(AuthService auth, TokenService tokens) {
    this.auth = auth;
    this.tokens = tokens;
  }

  @PostMapping("/register")
  ResponseEntity<UserBody> register(@Valid @RequestBody RegisterRequest request) {
    User user = auth.register(request);
    return ResponseEntity.status(HttpStatus.CREATED).body(new UserBody(UserResponse.from(user)));
  }

  @PostMapping("/login")
  ResponseEntity<LoginResponse> login(
      @Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    User user = auth.authenticate(request, http.getRemoteAddr());
    var body =
        new LoginResponse(
            tokens.issue(user), "Bearer", tokens.lifetimeSeconds(), UserResponse.from(user));
    // A token must not sit in a browser or proxy cache.
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  @GetMapping("/me")
  UserBody me(@AuthenticationPrincipal CurrentUser caller) {
    return new UserBody(UserResponse.from(auth.currentUser(caller)));
  }
}
