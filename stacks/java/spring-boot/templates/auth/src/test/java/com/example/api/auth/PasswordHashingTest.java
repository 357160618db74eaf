package com.example.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The production encoder (the integration tests run with a cheap one, see AuthConfig). */
class PasswordHashingTest {

  private final PasswordEncoder encoder = AuthConfig.owaspArgon2();

  @Test
  void hashesWithArgon2idAtOwaspParameters() {
    String hash = encoder.encode("correct horse battery");
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(encoder.matches("correct horse battery", hash)).isTrue();
    assertThat(encoder.matches("wrong horse battery", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(encoder.encode("same password")).isNotEqualTo(encoder.encode("same password"));
  }
}
