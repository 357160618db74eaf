package com.example.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The one error body every endpoint returns: {@code {"error": {code, message, details?}}}. */
public record ErrorResponse(Error error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Error(String code, String message, List<FieldError> details) {}

  /** One invalid field of the request, named as the client sent it (camelCase). */
  public record FieldError(String field, String message) {}

  public static ErrorResponse of(String code, String message) {
    return new ErrorResponse(new Error(code, message, null));
  }

  public static ErrorResponse validation(List<FieldError> details) {
    return new ErrorResponse(new Error("validation_failed", "Validation failed", details));
  }
}
