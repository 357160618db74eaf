package com.example.api.config;

import com.example.api.tasks.TaskRequest;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Does the one-off work of a first request before the port opens: connecting the pool, building the
 * validator's metadata and Jackson's (de)serializers. A cold JVM otherwise spends seconds on the
 * first write request, long enough for a client or load balancer to time out; this way the app
 * answers /health only once it is quick. Runs after every bean exists and before the web server
 * starts (SmartInitializingSingleton), and never fails the start: the database may be briefly down,
 * which /health/ready reports.
 */
@Component
class WarmUp implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Validator validator;

  WarmUp(JdbcClient jdbc, JsonMapper json, Validator validator) {
    this.jdbc = jdbc;
    this.json = json;
    this.validator = validator;
  }

  @Override
  public void afterSingletonsInstantiated() {
    TaskRequest request =
        json.readValue(
            "{\"title\":\"warm-up\",\"status\":\"todo\",\"dueDate\":\"2030-01-01\"}",
            TaskRequest.class);
    validator.validate(request);
    json.writeValueAsString(request);
    try {
      jdbc.sql("SELECT 1").query(Integer.class).single();
    } catch (RuntimeException e) {
      log.warn("Database not reachable at startup: {}", e.getMessage());
    }
  }
}
