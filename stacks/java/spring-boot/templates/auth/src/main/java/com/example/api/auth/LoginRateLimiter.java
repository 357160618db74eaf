package com.example.api.auth;

import com.example.api.common.ApiException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After {@value #MAX_FAILURES} failed logins within a minute for one email from one address,
 * further attempts for that email from that address get 429 until the minute has passed.
 */
@Component
public class LoginRateLimiter {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final LoginAttemptRepository attempts;

  LoginRateLimiter(LoginAttemptRepository attempts) {
    this.attempts = attempts;
  }

  /** Throws the 429 when the limit is already reached, before the password is checked. */
  public void checkAllowed(String email, String client) {
    Instant now = Instant.now();
    attempts
        .find(email, client)
        .filter(a -> a.failures() >= MAX_FAILURES && a.windowStart().plus(WINDOW).isAfter(now))
        .ifPresent(a -> throw429(a, now));
  }

  /**
   * Counts a failure. Of many concurrent wrong attempts all past {@link #checkAllowed}, only the
   * first {@value #MAX_FAILURES} counted get their 401; the rest get the 429 here.
   */
  public void recordFailure(String email, String client) {
    Instant now = Instant.now();
    LoginAttemptRepository.Attempts counted =
        attempts.recordFailure(email, client, now, now.minus(WINDOW));
    if (counted.failures() > MAX_FAILURES) {
      throw429(counted, now);
    }
  }

  public void recordSuccess(String email, String client) {
    attempts.clear(email, client);
  }

  @Scheduled(fixedRate = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void purgeExpired() {
    attempts.deleteOlderThan(Instant.now().minus(WINDOW));
  }

  private static void throw429(LoginAttemptRepository.Attempts a, Instant now) {
    long seconds = Duration.between(now, a.windowStart().plus(WINDOW)).toSeconds() + 1;
    throw ApiException.rateLimited(Math.clamp(seconds, 1, WINDOW.toSeconds()));
  }
}
