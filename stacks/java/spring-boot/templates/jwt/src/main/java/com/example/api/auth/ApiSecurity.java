package com.example.api.auth;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * How a client authenticates, for the OpenAPI document: a bearer JWT from POST /api/v1/auth/login.
 * Handlers that need a caller name {@link #SCHEME} in {@code @SecurityRequirement}; {@link
 * SecurityConfig} is what enforces it.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(
    name = ApiSecurity.SCHEME,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "Authorization: Bearer <accessToken from POST /api/v1/auth/login>.")
public class ApiSecurity {

  public static final String SCHEME = "bearerAuth";
}
