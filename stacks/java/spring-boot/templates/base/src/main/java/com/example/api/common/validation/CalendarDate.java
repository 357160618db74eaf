package com.example.api.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real date written {@code YYYY-MM-DD}. Taken as text and checked here, rather than bound to a
 * LocalDate by Jackson, so that a bad date is reported beside the body's other bad fields.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CalendarDateValidator.class)
public @interface CalendarDate {

  String message() default "must be a date written YYYY-MM-DD";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
