package com.example.api.tasks;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The PATCH body as the OpenAPI document describes it: every field optional, only those given
 * change. The controller reads the raw JSON instead (an omitted field and an explicit null differ
 * there) and validates the merged result as a {@link TaskRequest}.
 */
@Schema(description = "Only the fields given change. Unknown fields are ignored.")
record TaskPatch(
    @Schema(minLength = 1, maxLength = 200) String title,
    @Schema(
            types = {"string", "null"},
            maxLength = 2000)
        String description,
    TaskStatus status,
    @Schema(
            types = {"string", "null"},
            format = "date")
        String dueDate) {}
