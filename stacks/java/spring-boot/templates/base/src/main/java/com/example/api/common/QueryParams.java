package com.example.api.common;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads query parameters by hand rather than through {@code @RequestParam int}: every bad value
 * must become a 422 with a {@code details} entry naming the parameter, and an out-of-range page
 * such as 2147483648 must not overflow first. The query string is decoded here too: Tomcat refuses
 * a whole request whose query has bytes that are not UTF-8 ({@code q=%ED%A0%80}, an encoded lone
 * surrogate), while the API spec wants a 200 with no match or a 422.
 */
public final class QueryParams {

  private final Map<String, String> values;
  private final List<ErrorResponse.FieldError> errors = new ArrayList<>();

  public QueryParams(Map<String, String> values) {
    this.values = values;
  }

  /** The request's query parameters (the first value of each name). */
  public static QueryParams of(HttpServletRequest request) {
    Map<String, String> values = new HashMap<>();
    List<ErrorResponse.FieldError> malformed = new ArrayList<>();
    String query = request.getQueryString();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
      if (name == null) {
        continue; // a name nobody can have meant: unknown parameters are ignored
      }
      if (value == null) {
        malformed.add(new ErrorResponse.FieldError(name, "is not a valid URL-encoded value"));
      } else {
        values.putIfAbsent(name, value);
      }
    }
    QueryParams params = new QueryParams(values);
    params.errors.addAll(malformed);
    return params;
  }

  /** Percent-decoded UTF-8 (bytes that are not UTF-8 become U+FFFD), or null if malformed. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
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
