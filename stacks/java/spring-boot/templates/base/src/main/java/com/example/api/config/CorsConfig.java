package com.example.api.config;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** CORS_ORIGINS (comma-separated) may call the API from a browser; empty = same origin only. */
@Configuration(proxyBeanMethods = false)
class CorsConfig {

  /**
   * A servlet filter ahead of everything else (security included), so a browser's preflight OPTIONS
   * request is answered before any authentication is asked of it.
   */
  @Bean
  FilterRegistrationBean<CorsFilter> corsFilter(AppProperties properties) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!properties.corsOrigins().isEmpty()) {
      CorsConfiguration cors = new CorsConfiguration();
      cors.setAllowedOrigins(properties.corsOrigins());
      cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
      cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-CSRF-Token"));
      cors.setAllowCredentials(true);
      source.registerCorsConfiguration("/api/**", cors);
    }
    FilterRegistrationBean<CorsFilter> registration =
        new FilterRegistrationBean<>(new CorsFilter(source));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
