package com.example.api.common;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list: {@code {"data": [...], "page", "pageSize", "total"}}. */
public record PageResponse<T>(
    @Schema(requiredMode = REQUIRED) List<T> data,
    @Schema(requiredMode = REQUIRED, minimum = "1") int page,
    @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "100") int pageSize,
    @Schema(requiredMode = REQUIRED, description = "Number of matching items on all pages.")
        long total) {}
