package com.example.api.docs;

import com.example.api.common.ErrorResponse;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document springdoc builds from the controllers, served at GET /openapi.json with
 * Swagger UI at /docs (see application.properties). Springdoc describes each handler's success
 * response, parameters and body; this adds the error responses every endpoint shares, each with the
 * one error body ({@link ErrorResponse}). Statuses only some endpoints have are declared on the
 * handler with {@code @ApiResponse}. The project's openapi.json is the spec this document is tested
 * against (OpenApiDriftTest).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

  private static final String ERROR_SCHEMA = "ErrorResponse";

  @Bean
  OpenAPI openApi(@Value("${spring.application.name}") String name) {
    return new OpenAPI().info(new Info().title(name).version("0.1.0"));
  }

  @Bean
  OpenApiCustomizer sharedErrorResponses() {
    return openApi -> {
      Components components = openApi.getComponents();
      ModelConverters.getInstance(true)
          .readAll(new AnnotatedType(ErrorResponse.class))
          .forEach(components::addSchemas);
      openApi
          .getPaths()
          .forEach((path, item) -> item.readOperations().forEach(op -> addErrors(path, op)));
    };
  }

  /** An error response with the error body, for customizers that add one. */
  public static ApiResponse errorResponse(String description) {
    return new ApiResponse()
        .description(description)
        .content(
            new Content()
                .addMediaType(
                    org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                    new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA))));
  }

  private static void addErrors(String path, Operation op) {
    ApiResponses responses = op.getResponses();
    if (op.getRequestBody() != null) {
      responses.putIfAbsent("400", errorResponse("Malformed JSON body."));
      responses.putIfAbsent("413", errorResponse("The body is over 1 MiB."));
      responses.putIfAbsent("415", errorResponse("The body is not application/json."));
      responses.putIfAbsent("422", errorResponse("Validation failed (details per field)."));
    }
    if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
      responses.putIfAbsent("401", errorResponse("Missing, invalid or expired credentials."));
    }
    if (path.contains("{")) {
      responses.putIfAbsent("404", errorResponse("No such resource visible to the caller."));
    }
    responses.putIfAbsent("500", errorResponse("Unexpected server error."));
    // A client error or an internal one always has the error body, also where a handler declares
    // the status with @ApiResponse (springdoc would describe it with the handler's return type).
    responses.forEach(
        (status, response) -> {
          if (status.startsWith("4") || status.equals("500")) {
            response.setContent(errorResponse(response.getDescription()).getContent());
          }
        });
  }
}
