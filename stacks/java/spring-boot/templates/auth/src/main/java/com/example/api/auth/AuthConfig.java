package com.example.api.auth;

import com.example.api.config.AppProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableScheduling // LoginRateLimiter purges old login_attempts rows
class AuthConfig {

  /**
   * Argon2id with OWASP's minimum parameters: 19 MiB of memory, 2 iterations, 1 lane (the Password
   * Storage Cheat Sheet), a 16-byte salt and a 32-byte hash.
   */
  static PasswordEncoder owaspArgon2() {
    return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  }

  /**
   * The integration tests hash a password for every account they create; at OWASP's cost that is
   * most of their run time on a small machine. They set {@code app.test.fast-password-hashing}
   * (IntegrationTest) for the same algorithm at 1 MiB and 1 iteration. Refused outside
   * APP_ENV=test, so no deployment can be weakened by configuration.
   */
  @Bean
  PasswordEncoder passwordEncoder(
      AppProperties properties,
      @Value("${app.test.fast-password-hashing:false}") boolean fastForTests) {
    if (!fastForTests) {
      return owaspArgon2();
    }
    if (!properties.env().equals("test")) {
      throw new IllegalStateException(
          "app.test.fast-password-hashing is only allowed with APP_ENV=test");
    }
    return new Argon2PasswordEncoder(16, 32, 1, 1024, 1);
  }
}
