package com.example.api.auth;

import com.example.api.docs.OpenApiConfig;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.PathItem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a client authenticates, for the OpenAPI document: the session cookie from POST
 * /api/v1/auth/login, plus the session's CSRF token in a header on every write. Handlers that need
 * a caller name {@link #SCHEME} in {@code @SecurityRequirement}; {@link SecurityConfig} and {@link
 * SessionAuthenticationFilter} are what enforce it.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(
    name = ApiSecurity.SCHEME,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    paramName = SessionService.COOKIE,
    description = "The session id set by POST /api/v1/auth/login (HttpOnly, SameSite=Lax).")
@SecurityScheme(
    name = ApiSecurity.CSRF_SCHEME,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.HEADER,
    paramName = SessionAuthenticationFilter.CSRF_HEADER,
    description = "The csrfToken returned by login; required on every state-changing request.")
public class ApiSecurity {

  public static final String SCHEME = "sessionCookie";
  static final String CSRF_SCHEME = "csrfToken";

  /**
   * SessionAuthenticationFilter wants the CSRF header on every authenticated request that is not a
   * GET: those operations name both schemes and may answer 403.
   */
  @Bean
  OpenApiCustomizer csrfOnWrites() {
    return openApi ->
        openApi
            .getPaths()
            .values()
            .forEach(
                item ->
                    item.readOperationsMap()
                        .forEach(
                            (method, op) -> {
                              if (method == PathItem.HttpMethod.GET || op.getSecurity() == null) {
                                return;
                              }
                              op.getSecurity().forEach(r -> r.addList(CSRF_SCHEME));
                              op.getResponses()
                                  .putIfAbsent(
                                      "403",
                                      OpenApiConfig.errorResponse(
                                          "Missing or incorrect X-CSRF-Token header."));
                            }));
  }
}
