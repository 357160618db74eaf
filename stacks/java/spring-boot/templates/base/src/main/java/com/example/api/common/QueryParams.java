package com.example.api.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads query parameters by hand rather than through {@code @RequestParam int}: every bad value
 * must become a 422 with a {@code details} entry naming the parameter, and an out-of-range page
 * such as 2147483648 must not overflow first.
 */
public final class QueryParams {

  private final Map<String, String> values;
  private final List<ErrorResponse.FieldError> errors = new ArrayList<>();

  public QueryParams(Map<String, String> values) {
    this.values = values;
  }

  public int integer(String name, int defaultValue, int min, int max) {
    String raw = values.get(name);
    if (raw == null) {
      return defaultValue;
    }
    try {
      long value = Long.parseLong(raw.strip());
      if (value >= min && value <= max) {
        return (int) value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new ErrorResponse.FieldError(name, "must be an integer from " + min + " to " + max));
    return defaultValue;
  }

  /** The value when it is one of {@code allowed}, else the default (and a validation error). */
  public String oneOf(String name, String defaultValue, List<String> allowed) {
    String raw = values.get(name);
    if (raw == null) {
      return defaultValue;
    }
    if (!allowed.contains(raw)) {
      errors.add(
          new ErrorResponse.FieldError(name, "must be one of " + String.join(", ", allowed)));
      return defaultValue;
    }
    return raw;
  }

  public String text(String name, int maxLength) {
    String raw = values.get(name);
    if (raw == null) {
      return null;
    }
    if (raw.length() > maxLength
        || !com.example.api.common.validation.PlainTextValidator.isPlainText(raw)) {
      errors.add(
          new ErrorResponse.FieldError(
              name, "must be at most " + maxLength + " characters of plain text"));
      return null;
    }
    return raw;
  }

  public PageRequest page() {
    int page = integer("page", 1, 1, Integer.MAX_VALUE);
    int pageSize = integer("pageSize", 20, 1, 100);
    return new PageRequest(page, pageSize);
  }

  /** Throws the 422 when any parameter read so far was invalid. */
  public void validate() {
    if (!errors.isEmpty()) {
      throw ApiException.validation(errors);
    }
  }

  public record PageRequest(int page, int pageSize) {
    public long offset() {
      return (long) (page - 1) * pageSize;
    }
  }
}
