package com.example.api.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.example.api.support.IntegrationTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document the app builds from its code still covers the API spec in openapi.json
 * (paths, methods, parameters, status codes and schemas; see {@link OpenApiDrift}). A route, field
 * or status changed in one and not the other fails here with the list of gaps.
 */
class OpenApiDriftTest extends IntegrationTest {

  @Test
  void theServedDocumentCoversTheSpec() throws Exception {
    JsonNode spec = json.readTree(Path.of("openapi.json").toFile());
    String body = mvc.perform(get("/openapi.json")).andReturn().getResponse().getContentAsString();
    JsonNode served = json.readTree(body);

    assertThat(served.path("openapi").asString()).startsWith("3.1");
    assertThat(OpenApiDrift.gaps(spec, served)).isEmpty();
  }
}
