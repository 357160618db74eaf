package com.example.api.auth;

import com.example.api.common.ApiException;
import com.example.api.config.AppProperties;
import com.example.api.db.Timestamps;
import com.example.api.users.User;
import com.example.api.users.UserRepository;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
public class AuthService {

  private final UserRepository users;
  private final PasswordEncoder passwords;
  private final LoginRateLimiter rateLimiter;
  private final AppProperties properties;

  /**
   * Checked against when the email is unknown, so that a wrong email costs as much time as a wrong
   * password and response times don't tell which emails have accounts.
   */
  private final CompletableFuture<String> dummyHash;

  AuthService(
      UserRepository users,
      PasswordEncoder passwords,
      LoginRateLimiter rateLimiter,
      AppProperties properties) {
    this.users = users;
    this.passwords = passwords;
    this.rateLimiter = rateLimiter;
    this.properties = properties;
    // Hashed in the background: an Argon2 hash would otherwise add to every startup.
    this.dummyHash =
        CompletableFuture.supplyAsync(() -> passwords.encode(UUID.randomUUID().toString()));
  }

  public User register(RegisterRequest request) {
    User.Role role =
        request.email().equals(properties.adminEmail()) ? User.Role.admin : User.Role.user;
    User user =
        new User(
            UUID.randomUUID(),
            request.email(),
            request.name(),
            passwords.encode(request.password()),
            role,
            Timestamps.now());
    try {
      users.insert(user);
    } catch (DuplicateKeyException e) {
      throw new ApiException(HttpStatus.CONFLICT, "conflict", "Email is already registered");
    }
    return user;
  }

  /** The user for these credentials, or 401 (429 once the failed-login limit is reached). */
  public User authenticate(LoginRequest request, String client) {
    rateLimiter.acquire(request.email(), client);
    Optional<User> user = users.findByEmail(request.email());
    String hash = user.map(User::passwordHash).orElseGet(dummyHash::join);
    if (!passwords.matches(request.password(), hash) || user.isEmpty()) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Invalid email or password");
    }
    rateLimiter.succeeded(request.email(), client);
    return user.get();
  }

  public User currentUser(CurrentUser caller) {
    return users
        .findById(caller.id())
        .orElseThrow(
            () -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Not authenticated"));
  }
}
