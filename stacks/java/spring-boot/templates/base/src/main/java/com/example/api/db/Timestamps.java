package com.example.api.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The time rows are stamped with. */
public final class Timestamps {

  private static final AtomicLong lastMicros = new AtomicLong();

  private Timestamps() {}

  /**
   * The current time in microseconds (what every database here stores), strictly increasing within
   * this process: two tasks created in the same microsecond would otherwise tie, and "newest first"
   * would be ambiguous between them.
   */
  public static Instant now() {
    long nowMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    long micros = lastMicros.accumulateAndGet(nowMicros, (last, now) -> Math.max(last + 1, now));
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
