package com.example.api.common;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.api.support.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

/** What the servlet container forwards to /error (MockMvc has no container: set the attribute). */
class ErrorEndpointTest extends IntegrationTest {

  @Test
  void writesTheErrorBodyForTheForwardedStatus() throws Exception {
    mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.error.code").value("payload_too_large"))
        .andExpect(jsonPath("$.error.message").value("Request failed"));
  }

  @Test
  void hidesTheCauseOfAServerError() throws Exception {
    mvc.perform(get("/error"))
        .andExpect(status().isInternalServerError())
        .andExpect(jsonPath("$.error.code").value("internal"))
        .andExpect(jsonPath("$.error.message").value("Internal server error"));
  }
}
