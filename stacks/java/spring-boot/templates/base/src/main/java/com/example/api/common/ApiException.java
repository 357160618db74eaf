package com.example.api.common;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A failure the client caused or may see, carrying its status and the API spec's error code. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final List<ErrorResponse.FieldError> details;
  private final HttpHeaders headers = new HttpHeaders();

  public ApiException(HttpStatus status, String code, String message) {
    this(status, code, message, null);
  }

  private ApiException(
      HttpStatus status, String code, String message, List<ErrorResponse.FieldError> details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " not found");
  }

  public static ApiException validation(List<ErrorResponse.FieldError> details) {
    return new ApiException(
        HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "Validation failed", details);
  }

  public static ApiException validation(String field, String message) {
    return validation(List.of(new ErrorResponse.FieldError(field, message)));
  }

  /** 429 with Retry-After in seconds. */
  public static ApiException rateLimited(long retryAfterSeconds) {
    ApiException e =
        new ApiException(
            HttpStatus.TOO_MANY_REQUESTS,
            "rate_limited",
            "Too many failed logins; try again later");
    e.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    return e;
  }

  public HttpHeaders headers() {
    return headers;
  }

  public HttpStatus status() {
    return status;
  }

  public ErrorResponse body() {
    return new ErrorResponse(new ErrorResponse.Error(code, getMessage(), details));
  }
}
