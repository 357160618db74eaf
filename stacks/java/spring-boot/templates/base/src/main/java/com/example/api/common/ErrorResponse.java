package com.example.api.common;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The one error body every endpoint returns: {@code {"error": {code, message, details?}}}. */
public record ErrorResponse(@Schema(requiredMode = REQUIRED) Error error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Error(
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {
                "bad_request",
                "unauthorized",
                "forbidden",
                "not_found",
                "method_not_allowed",
                "conflict",
                "payload_too_large",
                "unsupported_media_type",
                "validation_failed",
                "rate_limited",
                "internal"
              })
          String code,
      @Schema(requiredMode = REQUIRED) String message,
      @Schema(description = "Only for validation_failed: one entry per bad field.")
          List<FieldError> details) {}

  /** One invalid field of the request, named as the client sent it (camelCase). */
  public record FieldError(
      @Schema(requiredMode = REQUIRED) String field,
      @Schema(requiredMode = REQUIRED) String message) {}

  public static ErrorResponse of(String code, String message) {
    return new ErrorResponse(new Error(code, message, null));
  }

  public static ErrorResponse validation(List<FieldError> details) {
    return new ErrorResponse(new Error("validation_failed", "Validation failed", details));
  }
}
