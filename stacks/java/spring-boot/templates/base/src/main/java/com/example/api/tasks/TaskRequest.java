package com.example.api.tasks;

import com.example.api.common.validation.CalendarDate;
import com.example.api.common.validation.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The body of POST and PUT (and, after merging, PATCH). Omitted optional fields take their
 * defaults; unknown fields are ignored by Jackson and never stored.
 */
public record TaskRequest(
    @NotBlank(message = "is required")
        @Size(max = 200, message = "must be 1 to 200 characters")
        @PlainText
        String title,
    @Schema(types = {"string", "null"})
        @Size(max = 2000, message = "must be at most 2000 characters")
        @PlainText
        String description,
    // A string rather than TaskStatus, so an unknown value is a 422 with this message.
    @Schema(implementation = TaskStatus.class, defaultValue = "todo")
        @Pattern(
            regexp = "todo|in_progress|done",
            message = "must be one of todo, in_progress, done")
        String status,
    @Schema(
            types = {"string", "null"},
            format = "date")
        @CalendarDate
        String dueDate) {

  public TaskRequest {
    // The API spec trims titles before checking their length.
    title = title == null ? null : title.strip();
  }

  /** Call after validation: the due date, or null. */
  public LocalDate dueDateValue() {
    return dueDate == null ? null : LocalDate.parse(dueDate);
  }

  public TaskStatus statusOrDefault() {
    return status == null ? TaskStatus.todo : TaskStatus.valueOf(status);
  }
}
