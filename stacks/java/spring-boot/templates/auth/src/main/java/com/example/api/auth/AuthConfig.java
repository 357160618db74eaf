package com.example.api.auth;

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
  @Bean
  PasswordEncoder passwordEncoder() {
    return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  }
}
