package com.example.api.tasks;

import com.example.api.auth.CurrentUser;
import com.example.api.common.ApiException;
import com.example.api.common.PageResponse;
import com.example.api.common.QueryParams;
import com.example.api.common.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
  ResponseEntity<TaskResponse> create(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody TaskRequest request) {
    Task task = tasks.create(user.id(), request);
    return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
        .body(TaskResponse.from(task));
  }

  @GetMapping
  PageResponse<TaskResponse> list(
      @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
    return tasks.list(user.id(), TaskQuery.parse(QueryParams.of(request)));
  }

  @GetMapping("/{id}")
  TaskResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return TaskResponse.from(tasks.get(user.id(), taskId(id)));
  }

  @PutMapping("/{id}")
  TaskResponse replace(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @Valid @RequestBody TaskRequest request) {
    return TaskResponse.from(tasks.replace(user.id(), taskId(id), request));
  }

  /**
   * Only the fields present change: the body is laid over the current task and the result is
   * validated like a PUT, so {@code {"title": null}} is a 422 and an omitted field stays.
   */
  @PatchMapping("/{id}")
  TaskResponse update(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody ObjectNode patch) {
    UUID taskId = taskId(id);
    Task current = tasks.get(user.id(), taskId);
    TaskRequest merged =
        validator.merge(
            new TaskRequest(
                current.title(),
                current.description(),
                current.status().name(),
                current.dueDate() == null ? null : current.dueDate().toString()),
            patch,
            TaskRequest.class);
    return TaskResponse.from(tasks.replace(user.id(), taskId, merged));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    tasks.delete(user.id(), taskId(id));
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
