package com.example.api.tasks;

import static io.swagger.v3.oas.annotations.enums.ParameterIn.QUERY;

import com.example.api.common.ApiException;
import com.example.api.common.PageResponse;
import com.example.api.common.QueryParams;
import com.example.api.common.RequestValidator;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<TaskResponse> create(@Valid @RequestBody TaskRequest request) {
    Task task = tasks.create(request);
    return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
        .body(TaskResponse.from(task));
  }

  // TaskQuery reads and validates the query (a bad value is a 422 with details), so the
  // parameters are declared here for the OpenAPI document.
  @Parameter(in = QUERY, name = "page", schema = @Schema(type = "integer", minimum = "1"))
  @Parameter(
      in = QUERY,
      name = "pageSize",
      schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
  @Parameter(in = QUERY, name = "status", schema = @Schema(implementation = TaskStatus.class))
  @Parameter(
      in = QUERY,
      name = "q",
      description = "Literal substring of the title or description, case-insensitive.",
      schema = @Schema(type = "string"))
  @Parameter(
      in = QUERY,
      name = "sort",
      description = "A leading - sorts descending; tasks without a due date come last.",
      schema =
          @Schema(
              type = "string",
              allowableValues = {
                "createdAt",
                "-createdAt",
                "dueDate",
                "-dueDate",
                "title",
                "-title"
              },
              defaultValue = "-createdAt"))
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "422", description = "A query parameter is invalid.")
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
  // The handler reads the raw JSON (an omitted field and an explicit null differ); the document
  // describes the body as a TaskPatch.
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = TaskPatch.class)))
  @PatchMapping("/{id}")
  TaskResponse update(
      @PathVariable String id, @Parameter(hidden = true) @RequestBody ObjectNode patch) {
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
  @ResponseStatus(HttpStatus.NO_CONTENT)
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
