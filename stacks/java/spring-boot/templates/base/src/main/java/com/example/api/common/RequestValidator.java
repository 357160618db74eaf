package com.example.api.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Validation for bodies that can't go through {@code @Valid} as they arrive (PATCH). */
@Component
public class RequestValidator {

  private final JsonMapper mapper;
  private final Validator validator;

  public RequestValidator(JsonMapper mapper, Validator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  /**
   * {@code current} with the fields of {@code patch} laid over it, converted and validated as
   * {@code type}; a field of the wrong type or an invalid value is a 422 naming the field.
   */
  public <T> T merge(T current, ObjectNode patch, Class<T> type) {
    ObjectNode merged = mapper.valueToTree(current);
    for (var entry : patch.properties()) {
      if (merged.has(entry.getKey())) {
        merged.set(entry.getKey(), entry.getValue());
      }
    }
    T value;
    try {
      value = mapper.treeToValue((JsonNode) merged, type);
    } catch (JacksonException e) {
      String field = e.getPath().isEmpty() ? "body" : JsonPaths.describe(e.getPath());
      throw ApiException.validation(field, "has the wrong type or format");
    }
    validate(value);
    return value;
  }

  public void validate(Object value) {
    Set<ConstraintViolation<Object>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      List<ErrorResponse.FieldError> details =
          violations.stream()
              .map(
                  v -> new ErrorResponse.FieldError(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(ErrorResponse.FieldError::field))
              .toList();
      throw ApiException.validation(details);
    }
  }
}
