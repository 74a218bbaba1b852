import * as z from 'zod/mini';

/** A required single-line value; surrounding whitespace (from pasting) is dropped. */
export const requiredText = (message: string, max = 255) =>
  z.string(message).check(
    z.trim(),
    z.minLength(1, message),
    z.maxLength(max, `Use at most ${max} characters.`),
  );

/** An optional value: the wizard leaves it out of the request when it is empty. */
export const optionalText = (max = 255) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, `Use at most ${max} characters.`)));

/** A secret is never trimmed: leading or trailing spaces may be part of it. */
export const requiredSecret = (message: string) =>
  z.string(message).check(
    z.refine((value) => value.trim() !== '', message),
    z.maxLength(1024, 'Use at most 1024 characters.'),
  );

/** Removes keys whose value is an empty or blank string, so optional fields are left out. */
export function withoutEmpty<T extends Record<string, unknown>>(values: T): Partial<T> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (value === undefined || value === null) continue;
    result[key] = value;
  }
  return result as Partial<T>;
}
