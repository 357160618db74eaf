package com.example.api.auth;

import com.example.api.common.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After {@value #MAX_FAILURES} failed logins within a minute for one email from one address,
 * further attempts for that email from that address get 429 until the minute has passed.
 *
 * <p>An attempt is counted before its password is checked and the count is cleared when the
 * password is right. Of 30 concurrent wrong attempts, the atomic count lets exactly ten through to
 * the (deliberately slow) password check and its 401; the other twenty are refused at once instead
 * of each costing an Argon2 hash.
 */
@Component
public class LoginRateLimiter {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final LoginAttemptRepository attempts;

  LoginRateLimiter(LoginAttemptRepository attempts) {
    this.attempts = attempts;
  }

  /** Counts an attempt; throws the 429 when it is past the limit. */
  public void acquire(String email, String client) {
    Instant now = Instant.now();
    LoginAttemptRepository.Attempts counted =
        attempts.recordFailure(email, client, now, now.minus(WINDOW));
    if (counted.failures() > MAX_FAILURES) {
      long seconds = Duration.between(now, counted.windowStart().plus(WINDOW)).toSeconds() + 1;
      throw ApiException.rateLimited(Math.clamp(seconds, 1, WINDOW.toSeconds()));
    }
  }

  /** The password was right: the attempt was not a failure, and earlier ones are forgiven. */
  public void succeeded(String email, String client) {
    attempts.clear(email, client);
  }

  @Scheduled(fixedRate = 10, timeUnit = TimeUnit.MINUTES)
  void purgeExpired() {
    attempts.deleteOlderThan(Instant.now().minus(WINDOW));
  }
}
