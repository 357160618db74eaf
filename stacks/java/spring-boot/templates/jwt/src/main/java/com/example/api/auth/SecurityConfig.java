package com.example.api.auth;

import com.example.api.common.ErrorWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

// Only with the web server: a command such as seed runs the app without one (Application.command),
// where there are no requests to secure and no HttpSecurity to build them from.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, ErrorWriter errors) throws Exception {
    AuthenticationEntryPoint unauthorized =
        (request, response, e) -> errors.write(response, 401, "Not authenticated");
    AccessDeniedHandler forbidden =
        (request, response, e) -> errors.write(response, 403, "Not allowed");
    return http
        // Bearer tokens are never sent by a browser on its own, so there is no CSRF to stop.
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(
            routes ->
                routes
                    .requestMatchers("/api/v1/users", "/api/v1/users/**")
                    .hasRole("admin")
                    .requestMatchers("/api/v1/auth/me", "/api/v1/tasks", "/api/v1/tasks/**")
                    .authenticated()
                    // Everything else is public, so an unknown route is a 404, not a 401.
                    .anyRequest()
                    .permitAll())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtConfig.toCurrentUser()))
                    .authenticationEntryPoint(unauthorized)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .build();
  }
}
