import type * as z from 'zod/mini';

/** One field error, addressed by a JSON Pointer into the request body (RFC 6901). */
export interface FieldError {
  pointer: string;
  detail: string;
}

const escapeSegment = (segment: PropertyKey) =>
  String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** Turns a path such as `['store', 'adapter', 'app_name']` into `/store/adapter/app_name`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${escapeSegment(segment)}`).join('');
}

/** The zod issues of a failed parse as field errors, the first message of each field only. */
export function toFieldErrors(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const pointer = toPointer([...prefix, ...issue.path]);
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    errors.push({ pointer, detail: issue.message });
  }
  return errors;
}

/**
 * Field errors as a map from the last pointer segment (a form's own field name) to message.
 * Every name is an own key, `constructor` and `__proto__` included.
 */
export function byFieldName(errors: readonly FieldError[], prefix: string): Record<string, string> {
  const result = new Map<string, string>();
  for (const { pointer, detail } of errors) {
    if (!pointer.startsWith(`${prefix}/`)) continue;
    const name = pointer.slice(prefix.length + 1).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!result.has(name)) result.set(name, detail);
  }
  return Object.fromEntries(result);
}
