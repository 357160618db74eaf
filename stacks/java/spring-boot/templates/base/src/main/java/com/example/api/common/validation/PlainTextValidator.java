package com.example.api.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isPlainText(value);
  }

  /** True when {@code value} has no U+0000 and every surrogate is half of a pair. */
  public static boolean isPlainText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0' || Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }
}
