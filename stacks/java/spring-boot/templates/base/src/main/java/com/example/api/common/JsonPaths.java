package com.example.api.common;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** Names a JSON location the way the client wrote it: {@code title}, {@code tags[0]}. */
final class JsonPaths {

  private JsonPaths() {}

  static String describe(List<JacksonException.Reference> path) {
    return path.stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
