package com.example.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.api.support.Caller;
import com.example.api.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SessionApiTest extends IntegrationTest {

  @Test
  void setsAnHttpOnlySameSiteCookie() throws Exception {
    Caller caller = Caller.signUp(mvc);
    assertThat(caller.cookie().isHttpOnly()).isTrue();
    assertThat(caller.cookie().getAttribute("SameSite")).isEqualTo("Lax");
    mvc.perform(get("/api/v1/auth/me").with(caller.withoutCsrf())).andExpect(status().isOk());
  }

  @Test
  void demandsTheCsrfTokenOnWrites() throws Exception {
    Caller caller = Caller.signUp(mvc);
    mvc.perform(
            post("/api/v1/tasks")
                .with(caller.withoutCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"no csrf\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/tasks")
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"with csrf\"}"))
        .andExpect(status().isCreated());
  }

  @Test
  void logoutEndsTheSessionOnTheServer() throws Exception {
    Caller caller = Caller.signUp(mvc);
    mvc.perform(post("/api/v1/auth/logout").with(caller.withoutCsrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/auth/logout").with(caller)).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/auth/me").with(caller)).andExpect(status().isUnauthorized());
  }
}
