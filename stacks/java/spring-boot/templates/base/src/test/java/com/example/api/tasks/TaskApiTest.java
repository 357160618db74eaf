package com.example.api.tasks;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.api.support.Caller;
import com.example.api.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class TaskApiTest extends IntegrationTest {

  private Caller caller;

  @BeforeAll
  void signUp() throws Exception {
    caller = Caller.signUp(mvc);
  }

  private ResultActions create(String body) throws Exception {
    return mvc.perform(
        post("/api/v1/tasks").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private String createId(String body) throws Exception {
    String response =
        create(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return json.readTree(response).get("id").asString();
  }

  @Test
  void createsReadsReplacesPatchesAndDeletesATask() throws Exception {
    String id = createId("{\"title\":\"  write tests  \",\"dueDate\":\"2030-01-31\"}");
    mvc.perform(get("/api/v1/tasks/" + id).with(caller))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("write tests"))
        .andExpect(jsonPath("$.status").value("todo"))
        .andExpect(jsonPath("$.description").value(nullValue()))
        .andExpect(jsonPath("$.dueDate").value("2030-01-31"));
    mvc.perform(
            patch("/api/v1/tasks/" + id)
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"done\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("done"))
        .andExpect(jsonPath("$.dueDate").value("2030-01-31"));
    mvc.perform(
            put("/api/v1/tasks/" + id)
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"replaced\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("todo"))
        .andExpect(jsonPath("$.dueDate").value(nullValue()));
    mvc.perform(delete("/api/v1/tasks/" + id).with(caller)).andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/tasks/" + id).with(caller)).andExpect(status().isNotFound());
  }

  @Test
  void answersCreateWithItsLocation() throws Exception {
    create("{\"title\":\"located\"}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/api/v1/tasks/")));
  }

  @Test
  void namesEveryInvalidField() throws Exception {
    create("{\"title\":\" \",\"status\":\"archived\",\"dueDate\":\"2024-13-45\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error.code").value("validation_failed"))
        .andExpect(
            jsonPath("$.error.details[*].field")
                .value(containsInAnyOrder("title", "status", "dueDate")));
    create("{\"title\":5}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error.details[0].field").value("title"));
    mvc.perform(
            patch("/api/v1/tasks/" + createId("{\"title\":\"patched\"}"))
                .with(caller)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":null}"))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void refusesHostileInput() throws Exception {
    create("{\"title\":\"a\\u0000b\",\"description\":\"\\ud800\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.error.details[*].field").value(containsInAnyOrder("title", "description")));
    create("{\"title\": ").andExpect(status().isBadRequest());
    create("{\"title\":\"deep\",\"x\":" + "[".repeat(1000) + "]".repeat(1000) + "}")
        .andExpect(status().isBadRequest());
    create("{\"title\":\"" + "a".repeat(1024 * 1024) + "\"}")
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.error.code").value("payload_too_large"));
    mvc.perform(
            post("/api/v1/tasks")
                .with(caller)
                .contentType(MediaType.TEXT_PLAIN)
                .content("{\"title\":\"text\"}"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.error.code").value("unsupported_media_type"));
    mvc.perform(get("/api/v1/tasks/not-a-uuid").with(caller)).andExpect(status().isNotFound());
  }

  // Query parameters go into the URL (not MockMvc's param()): the app reads the query string.
  @Test
  void filtersSearchesLiterallyAndSorts() throws Exception {
    String marker = unique("list");
    createId("{\"title\":\"%s b 100%%\",\"dueDate\":\"2030-02-01\"}".formatted(marker));
    createId("{\"title\":\"%s a\",\"status\":\"done\"}".formatted(marker));
    createId("{\"title\":\"%s c\",\"dueDate\":\"2030-01-01\"}".formatted(marker));
    mvc.perform(get("/api/v1/tasks?q={q}", marker.toUpperCase()).with(caller))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.data[0].title").value(marker + " c"));
    mvc.perform(get("/api/v1/tasks?q={q}&sort=dueDate", marker).with(caller))
        .andExpect(
            jsonPath("$.data[*].title")
                .value(contains(marker + " c", marker + " b 100%", marker + " a")));
    mvc.perform(get("/api/v1/tasks?q={q}&status=done", marker).with(caller))
        .andExpect(jsonPath("$.data", hasSize(1)));
    mvc.perform(get("/api/v1/tasks?q={q}", marker + " _").with(caller))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/tasks?q={q}", marker + "%").with(caller))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/tasks?q={q}&pageSize=2", marker).with(caller))
        .andExpect(jsonPath("$.data", hasSize(2)))
        .andExpect(jsonPath("$.pageSize").value(2));
    mvc.perform(get("/api/v1/tasks?page=2147483647").with(caller))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data", hasSize(0)));
    mvc.perform(get("/api/v1/tasks?page=0&sort=owner").with(caller))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.error.details[*].field").value(containsInAnyOrder("page", "sort")));
  }
}
