/**
 * Small decorators the DTOs share: class-transformer ones (`@Trim()`...) normalise a value
 * before validation, class-validator ones check it.
 */
import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../lib/text.ts';

/** Strips surrounding whitespace from a string (anything else is left for the validators). */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const ToLowerCase = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );

/**
 * A query string value like "2" becomes the number 2. Anything else ("2.5", "-1", "two", or an
 * array from `?page=1&page=2`) is left as it is, so @IsInt() rejects it with a 422.
 */
export const ToInteger = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  );

/**
 * Like @IsOptional(), but only for a field that is missing: an explicit null is validated (and
 * fails). For fields such as a task's title, which can be left out of a PATCH but never be null.
 */
export const IsOmittable = () =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30 or 2026-13-01). */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A custom class-validator rule: the value is a calendar date like 2026-12-31. */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be a date like 2026-12-31', ...options },
      validator: { validate: (value: unknown) => isDateOnly(value) },
    });
  };
}

/**
 * A custom class-validator rule: a string a database can store (no NUL, no unpaired surrogate;
 * see src/lib/text.ts). Every text field and query value carries it, so such a value is a 422
 * naming the field rather than a driver error (500). Non-strings are left to @IsString().
 */
export function IsStorableText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isStorableText',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: UNSTORABLE_TEXT_MESSAGE, ...options },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isStorableText(value),
      },
    });
  };
}
