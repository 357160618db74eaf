package com.example.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The drift check itself finds gaps, so {@link OpenApiDriftTest} can never pass vacuously. */
class OpenApiDriftCheckerTest {

  private final JsonNode spec = JsonMapper.shared().readTree(Path.of("openapi.json").toFile());

  @Test
  void findsNothingBetweenTheSpecAndItself() {
    assertThat(OpenApiDrift.gaps(spec, spec)).isEmpty();
  }

  @Test
  void findsARemovedProperty() {
    ObjectNode copy = (ObjectNode) spec.deepCopy();
    ((ObjectNode) copy.at("/components/schemas/Health/properties")).remove("status");

    assertThat(OpenApiDrift.gaps(spec, copy))
        .contains("GET /health 200: property \"status\" is missing");
  }

  @Test
  void findsAMissingStatusOperationAndNullability() {
    ObjectNode copy = (ObjectNode) spec.deepCopy();
    ((ObjectNode) copy.at("/paths/~1health/get/responses")).remove("500");
    ((ObjectNode) copy.path("paths")).remove("/health/ready");
    ((ObjectNode) copy.at("/components/schemas/Task/properties/dueDate")).put("type", "string");

    assertThat(OpenApiDrift.gaps(spec, copy))
        .contains(
            "GET /health: response 500 is not declared",
            "GET /health/ready: not in the served document")
        .anyMatch(gap -> gap.endsWith(".dueDate: type null is not allowed (served: string)"));
  }
}
