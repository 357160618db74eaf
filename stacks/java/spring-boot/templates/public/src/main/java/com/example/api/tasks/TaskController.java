package com.example.api.tasks;

import com.example.api.common.ApiException;
import com.example.api.common.PageResponse;
import com.example.api.common.QueryParams;
import com.example.api.common.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

  private final TaskService tasks;
  private final RequestValidator validator;

  TaskController(TaskService tasks, RequestValidator validator) {
    this.tasks = tasks;
    this.validator = validator;
  }

  @PostMapping
  ResponseEntity<TaskResponse> create(@Valid @RequestBody TaskRequest request) {
    Task task = tasks.create(request);
    return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
        .body(TaskResponse.from(task));
  }

  @GetMapping
  PageResponse<TaskResponse> list(HttpServletRequest request) {
    return tasks.list(TaskQuery.parse(QueryParams.of(request)));
  }

  @GetMapping("/{id}")
  TaskResponse get(@PathVariable String id) {
    return TaskResponse.from(tasks.get(taskId(id)));
  }

  @PutMapping("/{id}")
  TaskResponse replace(@PathVariable String id, @Valid @RequestBody TaskRequest request) {
    return TaskResponse.from(tasks.replace(taskId(id), request));
  }

  /**
   * Only the fields present change: the body is laid over the current task and the result is
   * validated like a PUT, so {@code {"title": null}} is a 422 and an omitted field stays.
   */
  @PatchMapping("/{id}")
  TaskResponse update(@PathVariable String id, @RequestBody ObjectNode patch) {
    UUID taskId = taskId(id);
    Task current = tasks.get(taskId);
    TaskRequest merged =
        validator.merge(
            new TaskRequest(
                current.title(),
                current.description(),
                current.status().name(),
                current.dueDate() == null ? null : current.dueDate().toString()),
            patch,
            TaskRequest.class);
    return TaskResponse.from(tasks.replace(taskId, merged));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    tasks.delete(taskId(id));
    return ResponseEntity.noContent().build();
  }

  /** An id that is not a UUID names no task: 404, as the API spec says (never 400 or 500). */
  private static UUID taskId(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      if (uuid.toString().equalsIgnoreCase(id)) {
        return uuid;
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    throw ApiException.notFound("Task");
  }
}
