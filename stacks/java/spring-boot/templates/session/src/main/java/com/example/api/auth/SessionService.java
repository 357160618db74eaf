package com.example.api.auth;

import com.example.api.config.AppProperties;
import com.example.api.db.Timestamps;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Opaque session ids in an HttpOnly, SameSite=Lax cookie (Secure outside development). The database
 * keeps an HMAC of the id under SESSION_SECRET, so a leaked table can't be used to log in, plus the
 * session's CSRF token and its expiry.
 */
@Service
public class SessionService {

  public static final String COOKIE = "sid";
  static final Duration LIFETIME = Duration.ofDays(7);

  record NewSession(String cookieValue, String csrfToken) {}

  private final SessionRepository sessions;
  private final SecretKeySpec key;
  private final boolean secureCookie;
  private final SecureRandom random = new SecureRandom();

  SessionService(SessionRepository sessions, SigningSecret secret, AppProperties properties) {
    this.sessions = sessions;
    this.key = new SecretKeySpec(secret.bytes(), "HmacSHA256");
    this.secureCookie = !properties.development();
  }

  NewSession create(UUID userId) {
    String value = randomToken();
    String csrfToken = randomToken();
    Instant now = Timestamps.now();
    sessions.insert(storedId(value), userId, csrfToken, now.plus(LIFETIME), now);
    return new NewSession(value, csrfToken);
  }

  Optional<SessionRepository.StoredSession> find(String cookieValue) {
    return sessions.findActive(storedId(cookieValue), Instant.now());
  }

  void delete(String storedId) {
    sessions.delete(storedId);
  }

  ResponseCookie cookie(String value) {
    return baseCookie(value).maxAge(LIFETIME).build();
  }

  /** Tells the browser to drop the cookie. */
  ResponseCookie clearedCookie() {
    return baseCookie("").maxAge(0).build();
  }

  @Scheduled(fixedRate = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void purgeExpired() {
    sessions.deleteExpired(Instant.now());
  }

  private ResponseCookie.ResponseCookieBuilder baseCookie(String value) {
    return ResponseCookie.from(COOKIE, value)
        .httpOnly(true)
        .secure(secureCookie)
        .sameSite("Lax")
        .path("/");
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String storedId(String cookieValue) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(cookieValue.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
