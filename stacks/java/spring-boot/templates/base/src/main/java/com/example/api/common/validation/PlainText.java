package com.example.api.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text without U+0000 and without unpaired surrogates: JSON can carry both ({@code "\u0000"},
 * {@code "\ud800"}), but no database stores them reliably (PostgreSQL refuses NUL outright).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

  String message() default "must not contain NUL characters or unpaired surrogates";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
