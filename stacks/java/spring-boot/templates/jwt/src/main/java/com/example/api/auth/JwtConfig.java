package com.example.api.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** HS256 access tokens signed with JWT_SECRET ({@link SigningSecret}). */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

  @Bean
  SecretKey jwtKey(SigningSecret secret) {
    return new SecretKeySpec(secret.bytes(), "HmacSHA256");
  }

  /**
   * Accepts only HS256 tokens signed with our key ({@code alg: none} and every other algorithm
   * fail) and checks their expiry.
   */
  @Bean
  JwtDecoder jwtDecoder(SecretKey jwtKey) {
    return NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey jwtKey) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
  }

  /** A valid token becomes a {@link CurrentUser} with the role from its {@code role} claim. */
  static Converter<Jwt, AbstractAuthenticationToken> toCurrentUser() {
    return jwt -> {
      UUID id;
      try {
        id = UUID.fromString(jwt.getSubject());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidBearerTokenException("Token subject is not a user id");
      }
      String role = "admin".equals(jwt.getClaimAsString("role")) ? "admin" : "user";
      return new UsernamePasswordAuthenticationToken(
          new CurrentUser(id, role), jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    };
  }
}
