package com.example.api.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * This API speaks JSON only, whatever a client's Accept header asks for. Spring MVC would otherwise
 * negotiate: {@code Accept: application/yaml} got YAML from the converter springdoc's Jackson 2
 * YAML module brings along, and {@code Accept: application/xml} a 406 with an empty body instead of
 * the API's JSON error body. Static files (Swagger UI at /docs) keep their own types.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfig implements WebMvcConfigurer {

  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    // JSON first; ALL keeps endpoints that produce another type (springdoc's
    // /openapi.json.yaml) working.
    configurer
        .ignoreAcceptHeader(true)
        .defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
  }
}
