package com.example.api.health;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Liveness and readiness as the API spec defines them (Actuator's /actuator/health has another
 * shape, and the API spec's paths are what load balancers here are pointed at).
 */
@RestController
@Tag(name = "health")
@RequestMapping("/health")
class HealthController {

  private static final Logger log = LoggerFactory.getLogger(HealthController.class);

  record Health(@Schema(requiredMode = REQUIRED, allowableValues = "ok") String status) {}

  record Readiness(
      @Schema(requiredMode = REQUIRED) String status,
      @Schema(requiredMode = REQUIRED) String database) {}

  private final JdbcClient jdbc;

  HealthController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The process is up; no database call, so a slow database doesn't get the app restarted. */
  @GetMapping
  Health live() {
    return new Health("ok");
  }

  /** Ready for traffic: the database answers. */
  @GetMapping("/ready")
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "503", description = "The database is unreachable.")
  ResponseEntity<Readiness> ready() {
    try {
      jdbc.sql("SELECT 1").query(Integer.class).single();
      return ResponseEntity.ok(new Readiness("ok", "ok"));
    } catch (RuntimeException e) {
      log.warn("Readiness check failed: {}", e.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(new Readiness("unavailable", "unavailable"));
    }
  }
}
