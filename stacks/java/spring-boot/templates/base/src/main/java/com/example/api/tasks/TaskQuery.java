package com.example.api.tasks;

import com.example.api.common.QueryParams;
import java.util.List;

/** GET /api/v1/tasks query parameters, validated; unknown parameter names are ignored. */
public record TaskQuery(QueryParams.PageRequest page, TaskStatus status, String q, String sort) {

  public static final List<String> SORTS =
      List.of("createdAt", "-createdAt", "dueDate", "-dueDate", "title", "-title");

  public static TaskQuery parse(QueryParams query) {
    QueryParams.PageRequest page = query.page();
    String status = query.oneOf("status", null, TaskStatus.NAMES);
    String q = query.text("q", 2000);
    String sort = query.oneOf("sort", "-createdAt", SORTS);
    query.validate();
    return new TaskQuery(page, status == null ? null : TaskStatus.valueOf(status), q, sort);
  }

  /**
   * The ORDER BY for {@link #sort}: tasks without a due date last, ties newest first. Built only
   * from the fixed list above, never from the client's text.
   */
  String orderBy() {
    return switch (sort) {
      case "createdAt" -> "created_at ASC, id";
      case "dueDate" -> "due_date IS NULL, due_date ASC, created_at DESC, id";
      case "-dueDate" -> "due_date IS NULL, due_date DESC, created_at DESC, id";
      case "title" -> "title ASC, created_at DESC, id";
      case "-title" -> "title DESC, created_at DESC, id";
      default -> "created_at DESC, id";
    };
  }
}
