package com.example.api.tasks;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task as the API returns it: every field always present, null where there is no value. */
public record TaskResponse(
    @Schema(requiredMode = REQUIRED) UUID id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(
            requiredMode = REQUIRED,
            types = {"string", "null"})
        String description,
    @Schema(requiredMode = REQUIRED) TaskStatus status,
    @Schema(
            requiredMode = REQUIRED,
            types = {"string", "null"},
            format = "date")
        LocalDate dueDate,
    @Schema(requiredMode = REQUIRED) Instant createdAt,
    @Schema(requiredMode = REQUIRED) Instant updatedAt) {

  public static TaskResponse from(Task task) {
    return new TaskResponse(
        task.id(),
        task.title(),
        task.description(),
        task.status(),
        task.dueDate(),
        task.createdAt(),
        task.updatedAt());
  }
}
