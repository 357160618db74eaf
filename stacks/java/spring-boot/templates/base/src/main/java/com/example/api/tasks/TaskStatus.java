package com.example.api.tasks;

import java.util.Arrays;
import java.util.List;

/** The API spec's status values, spelled as the JSON spells them. */
public enum TaskStatus {
  todo,
  in_progress,
  done;

  public static final List<String> NAMES = Arrays.stream(values()).map(Enum::name).toList();
}
