package com.example.api.health;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.api.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class HealthApiTest extends IntegrationTest {

  @Test
  void reportsLivenessAndReadiness() throws Exception {
    mvc.perform(get("/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ok"));
    mvc.perform(get("/health/ready"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.database").value("ok"));
  }

  @Test
  void servesTheOpenApiDocumentAndTheExplorer() throws Exception {
    mvc.perform(get("/openapi.json"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.1")));
    // springdoc's /docs redirects to Swagger UI's page, whose files come from the app's webjar.
    mvc.perform(get("/docs"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/swagger-ui/index.html"));
    mvc.perform(get("/swagger-ui/index.html"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("swagger-ui-bundle.js")));
    mvc.perform(get("/swagger-ui/swagger-ui-bundle.js")).andExpect(status().isOk());
    mvc.perform(get("/openapi.json/swagger-config"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.url").value("/openapi.json"));
  }

  @Test
  void answersJsonWhateverTheAcceptHeaderAsksFor() throws Exception {
    for (String accept : new String[] {"application/xml", "application/yaml", "text/html"}) {
      mvc.perform(get("/health").header("Accept", accept))
          .andExpect(status().isOk())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
          .andExpect(jsonPath("$.status").value("ok"));
      mvc.perform(get("/no-such-route").header("Accept", accept))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
          .andExpect(jsonPath("$.error.code").value("not_found"));
    }
  }

  @Test
  void answersUnknownRoutesWithTheErrorBody() throws Exception {
    mvc.perform(get("/no-such-route"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error.code").value("not_found"));
    mvc.perform(post("/no-such-route").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isNotFound());
  }
}
