// Values a platform form starts with because the wizard knows them: in edit mode the
// connection's (editable; secrets are never among them), with a preset the host's
// (read-only). Kept apart from the form so that a reset puts them back.

/** A form's values by adapter key (the form's own `FormValues`). */
type FormValues = Record<string, string | boolean>;

/** A value of an adapter as the host gives it. */
export type PrefillValue = string | number | boolean | null | readonly string[];

export class Prefill {
  values: FormValues = {};
  readOnly = false;

  set(values: Readonly<Record<string, PrefillValue>>, readOnly: boolean) {
    // Own entries only, as form values: text for text fields, true/false for checkboxes.
    this.values = Object.fromEntries(
      Object.entries(values)
        .filter(([, value]) => value !== null)
        // A list (a multiselect sent as an array) is held as the form holds it: comma-separated.
        .map(([name, value]) => [name, typeof value === 'boolean' ? value : Array.isArray(value) ? value.join(',') : String(value)]),
    );
    this.readOnly = readOnly;
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
