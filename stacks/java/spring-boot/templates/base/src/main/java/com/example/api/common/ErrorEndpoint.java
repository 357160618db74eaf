package com.example.api.common;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (in a filter, or by the servlet container) are forwarded to
 * /error; this replaces Boot's default body there with the API spec's.
 */
@Hidden // not an endpoint of the API: the servlet container forwards errors here
@RestController
class ErrorEndpoint implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ErrorResponse> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String message = status >= 500 ? "Internal server error" : "Request failed";
    return ResponseEntity.status(status)
        .body(
            ErrorResponse.of(
                GlobalExceptionHandler.codeFor(HttpStatusCode.valueOf(status)), message));
  }
}
