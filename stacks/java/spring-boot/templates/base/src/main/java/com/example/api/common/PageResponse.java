package com.example.api.common;

import java.util.List;

/** One page of a list: {@code {"data": [...], "page", "pageSize", "total"}}. */
public record PageResponse<T>(List<T> data, int page, int pageSize, long total) {}
