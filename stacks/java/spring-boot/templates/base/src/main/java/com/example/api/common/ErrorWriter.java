package com.example.api.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the error body from places outside Spring MVC: servlet filters and Spring Security. */
@Component
public class ErrorWriter {

  private final JsonMapper mapper;

  public ErrorWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public void write(HttpServletResponse response, int status, String message) throws IOException {
    write(
        response,
        status,
        ErrorResponse.of(GlobalExceptionHandler.codeFor(HttpStatusCode.valueOf(status)), message));
  }

  public void write(HttpServletResponse response, int status, ErrorResponse body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    mapper.writeValue(response.getOutputStream(), body);
  }
}
