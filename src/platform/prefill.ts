// Values a platform form starts with because the wizard knows them: in edit mode the
// connection's (editable; secrets are never among them), with a preset the host's
// (read-only). Kept apart from the form so that a reset puts them back. And what edit mode
// does to a form's schema: secrets left empty keep their stored values.
import * as z from 'zod/mini';

/** A form's values by adapter key (the form's own `FormValues`). */
type FormValues = Record<string, string | boolean>;

/** A value of an adapter as the host gives it. */
export type PrefillValue = string | number | boolean | null | readonly string[];

export class Prefill {
  values: FormValues = {};
  readOnly = false;
  #from?: object;

  /** Takes the values the wizard knows; `false` when they are the ones taken last (nothing changes). */
  set(values: Readonly<Record<string, PrefillValue>>, readOnly: boolean): boolean {
    if (values === this.#from && readOnly === this.readOnly) return false;
    this.#from = values;
    // Own entries only, as form values: text for text fields, true/false for checkboxes.
    this.values = Object.fromEntries(
      Object.entries(values)
        .filter(([, value]) => value !== null)
        // A list (a multiselect sent as an array) is held as the form holds it: comma-separated.
        .map(([name, value]) => [name, typeof value === 'boolean' ? value : Array.isArray(value) ? value.join(',') : String(value)]),
    );
    this.readOnly = readOnly;
    return true;
  }

  isReadOnly(name: string) {
    return this.readOnly && Object.hasOwn(this.values, name);
  }

  /**
   * Edit mode: a prefilled field the user emptied is sent as `null`, which removes it (JSON
   * Merge Patch); one left as it was is compared, and left out, by the wizard.
   */
  emptied(values: FormValues): string[] {
    if (this.readOnly) return [];
    return Object.keys(this.values).filter((name) => Object.hasOwn(values, name) && values[name] === '');
  }
}

/**
 * Edit mode: the schema with these fields optional, when it is an object schema (secrets
 * left empty keep the values the server has). Any other schema is used as it is.
 */
export function withOptional(schema: z.ZodMiniType, names: readonly string[]): z.ZodMiniType {
  if (names.length === 0 || !(schema instanceof z.ZodMiniObject)) return schema;
  const shape = schema.shape as object;
  return z.partial(schema, Object.fromEntries(names.filter((name) => Object.hasOwn(shape, name)).map((name) => [name, true])) as never);
}
