package com.example.api.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record TaskResponse(
    UUID id,
    String title,
    String description,
    String status,
    LocalDate dueDate,
    Instant createdAt,
    Instant updatedAt) {

  public static TaskResponse from(Task task) {
    return new TaskResponse(
        task.id(),
        task.title(),
        task.description(),
        task.status().name(),
        task.dueDate(),
        task.createdAt(),
        task.updatedAt());
  }
}
