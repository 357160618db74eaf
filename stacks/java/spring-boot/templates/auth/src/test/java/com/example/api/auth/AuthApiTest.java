package com.example.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.api.support.Caller;
import com.example.api.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class AuthApiTest extends IntegrationTest {

  private ResultActions login(String email, String password) throws Exception {
    return mvc.perform(
        post("/api/v1/auth/login")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)));
  }

  @Test
  void registersLogsInAndNeverShowsTheHash() throws Exception {
    Caller caller = Caller.signUp(mvc);
    assertThat(caller.user().get("role").asString()).isEqualTo("user");
    assertThat(caller.user().has("passwordHash")).isFalse();
    login("  " + caller.email().toUpperCase() + " ", Caller.PASSWORD)
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"));
    mvc.perform(get("/api/v1/auth/me").with(caller))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.email").value(caller.email()));
  }

  @Test
  void refusesDuplicateAndInvalidRegistrations() throws Exception {
    Caller caller = Caller.signUp(mvc);
    String body = "{\"email\":\"%s\",\"password\":\"another-pass\",\"name\":\"Dup\"}";
    mvc.perform(
            post("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(caller.email())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.error.code").value("conflict"));
    mvc.perform(
            post("/api/v1/auth/register")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"nope\",\"password\":\"short\",\"name\":\"\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error.details.length()").value(3));
  }

  @Test
  void givesWrongPasswordAndUnknownEmailTheSameAnswer() throws Exception {
    Caller caller = Caller.signUp(mvc);
    String wrong =
        login(caller.email(), "wrong-password").andReturn().getResponse().getContentAsString();
    String unknown =
        login(unique("nobody") + "@example.com", "wrong-password")
            .andExpect(status().isUnauthorized())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(wrong).isEqualTo(unknown);
  }

  @Test
  void letsOnlyAdminsListUsers() throws Exception {
    mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/users").with(Caller.signUp(mvc))).andExpect(status().isForbidden());
    Caller admin = Caller.signUp(mvc, ADMIN_EMAIL);
    assertThat(admin.user().get("role").asString()).isEqualTo("admin");
    mvc.perform(get("/api/v1/users?pageSize=1").with(admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.length()").value(1));
  }

  @Test
  void keepsTasksPrivateToTheirOwner() throws Exception {
    Caller owner = Caller.signUp(mvc);
    String created =
        mvc.perform(
                post("/api/v1/tasks")
                    .with(owner)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"mine\"}"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = json.readTree(created).get("id").asString();
    mvc.perform(get("/api/v1/tasks/" + id).with(Caller.signUp(mvc)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/tasks/" + id)).andExpect(status().isUnauthorized());
  }

  @Test
  void limitsFailedLoginsPerEmailEvenWhenConcurrent() throws Exception {
    Caller victim = Caller.signUp(mvc);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      attempts.add(
          () -> login(victim.email(), "wrong-password").andReturn().getResponse().getStatus());
    }
    List<Integer> statuses = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
      for (Future<Integer> result : pool.invokeAll(attempts)) {
        statuses.add(result.get());
      }
    }
    assertThat(statuses).containsOnly(401, 429);
    assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(10);
    login(victim.email(), Caller.PASSWORD)
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    // Other emails are unaffected.
    login(Caller.signUp(mvc).email(), Caller.PASSWORD).andExpect(status().isOk());
  }
}
