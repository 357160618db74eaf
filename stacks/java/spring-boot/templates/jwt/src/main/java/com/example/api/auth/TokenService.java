package com.example.api.auth;

import com.example.api.users.User;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Mints the access tokens that {@code JwtConfig}'s decoder accepts. */
@Service
public class TokenService {

  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  private final JwtEncoder encoder;

  TokenService(JwtEncoder encoder) {
    this.encoder = encoder;
  }

  public String issue(User user) {
    Instant now = Instant.now();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .subject(user.id().toString())
            .claim("role", user.role().name())
            .issuedAt(now)
            .expiresAt(now.plus(TOKEN_LIFETIME))
            .build();
    JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
    return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
  }

  public long lifetimeSeconds() {
    return TOKEN_LIFETIME.toSeconds();
  }
}
