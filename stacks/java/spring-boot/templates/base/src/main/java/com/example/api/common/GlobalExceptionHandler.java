package com.example.api.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every exception into the API spec's error body. Spring MVC's own exceptions (unknown route,
 * wrong method, wrong content type, ...) go through {@link #handleExceptionInternal}, so their
 * status is Spring's and only the body changes.
 */
@RestControllerAdvice
public class GlobalExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorResponse> handleApi(ApiException e) {
    return ResponseEntity.status(e.status()).headers(e.headers()).body(e.body());
  }

  /** Tomcat could not decode the query or form parameters (bytes that are not UTF-8). */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ErrorResponse> handleUndecodableParameters(InvalidParameterException e) {
    return ResponseEntity.badRequest()
        .body(ErrorResponse.of("bad_request", "Request parameters are not valid UTF-8"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorResponse> handleUnexpected(Exception e) {
    log.error("Unhandled exception", e);
    return ResponseEntity.internalServerError()
        .body(ErrorResponse.of("internal", "Internal server error"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<ErrorResponse.FieldError> details = new ArrayList<>();
    e.getBindingResult()
        .getFieldErrors()
        .forEach(
            f -> details.add(new ErrorResponse.FieldError(f.getField(), f.getDefaultMessage())));
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> details.add(new ErrorResponse.FieldError("body", g.getDefaultMessage())));
    return ResponseEntity.unprocessableContent().body(ErrorResponse.validation(details));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof PayloadTooLargeException) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "Request body is larger than 1 MiB");
      }
      if (cause instanceof StreamConstraintsException) {
        return error(HttpStatus.BAD_REQUEST, "Request body is nested too deeply");
      }
      // Well-formed JSON with a value of the wrong type ({"title": 5}, {"dueDate": "soon"}):
      // a validation failure of that field, not malformed JSON.
      if (cause instanceof DatabindException d && !d.getPath().isEmpty()) {
        String field = JsonPaths.describe(d.getPath());
        return ResponseEntity.unprocessableContent()
            .body(
                ErrorResponse.validation(
                    List.of(new ErrorResponse.FieldError(field, "has the wrong type or format"))));
      }
    }
    return error(HttpStatus.BAD_REQUEST, "Request body is not valid JSON");
  }

  /** Every other Spring MVC exception: keep its status, use the API spec's body. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = status.value() == 404 ? "Not found" : e.getMessage();
    return ResponseEntity.status(status)
        .headers(headers)
        .body(ErrorResponse.of(codeFor(status), message == null ? "Request failed" : message));
  }

  private static ResponseEntity<Object> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(ErrorResponse.of(codeFor(status), message));
  }

  /** The API spec's error code for a status: not_found, method_not_allowed, ... */
  public static String codeFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 422 -> "validation_failed";
      case 429 -> "rate_limited";
      case 500 -> "internal";
      default -> {
        HttpStatus known = HttpStatus.resolve(status.value());
        yield known == null
            ? (status.is5xxServerError() ? "internal" : "bad_request")
            : known.name().toLowerCase(Locale.ROOT);
      }
    };
  }
}
