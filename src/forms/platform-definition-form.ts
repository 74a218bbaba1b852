import { html, nothing, type PropertyDeclarations } from 'lit';
import { renderChoice } from '../internal/field.js';
import { renderListbox } from '../internal/multi-choice.js';
import { chosenValues } from '../schema/chosen.js';
import { PlatformFormElement, type FormValues } from '../platform/platform-form-element.js';
import {
  cleanerOf,
  initialValues,
  isShown,
  parseAdapter,
  type FieldDefinition,
  type PlatformDefinition,
} from '../schema/platform-definition.js';
import type { PlatformFormResult } from '../platform/wizard-context.js';

/**
 * @summary The form of a platform described as data (a `PlatformDefinition`): the wizard
 * renders one for each definition in its `platforms` catalogue; no code per platform.
 *
 * @example
 * const form = document.createElement('platform-definition-form');
 * form.definition = { id: 'acme', label: 'ACME', kind: 'store', fields: [
 *   { name: 'api_key', label: 'API key', type: 'secret', required: true } ] };
 */
export class PlatformDefinitionForm extends PlatformFormElement {
  // Reactive properties declared here rather than with decorators: no decorator code in the bundle.
  static override properties: PropertyDeclarations = {
    definition: { attribute: false },
  };
  protected readonly schema = undefined;

  /** The platform this form renders and validates. */
  definition?: PlatformDefinition;

  /** The option each listbox's keyboard is on. */
  readonly #active = new Map<string, number>();

  protected get initialValues(): FormValues {
    return this.definition ? initialValues(this.definition) : {};
  }

  protected override willUpdate() {
    if (!this.definition) return;
    this.platform ||= this.definition.id;
    this.label ||= this.definition.label;
    // Values typed before the definition arrived keep; the rest start at their defaults.
    const missing = (this.definition.fields ?? []).some((f) => !Object.hasOwn(this.values, f.name));
    if (missing) this.values = { ...initialValues(this.definition), ...this.values };
  }

  protected override parseValues(values: FormValues): PlatformFormResult {
    const definition = this.definition;
    if (!definition) return { ok: false, errors: {} };
    // Edit mode: secrets left empty keep their stored values, so they are not required.
    const kept = this.keptSecrets;
    return parseAdapter(kept.length > 0 ? { ...definition, fields: (definition.fields ?? []).map((f) => (kept.includes(f.name) ? { ...f, required: false } : f)) } : definition, values);
  }

  /**
   * A definition's field is kept in a draft only when it is known to be safe: a choice, a
   * yes/no or a number, or a field marked `keepInDraft`; and never a credential by name or
   * by value (the base class's rule).
   */
  protected override keepsInDraft(name: string, value: string | boolean): boolean {
    const field = this.definition?.fields?.find((f) => f.name === name);
    const safeKind = field?.type === 'select' || field?.type === 'multiselect' || field?.type === 'boolean' || field?.type === 'number';
    return Boolean(field && field.type !== 'secret' && (safeKind || field.keepInDraft)) && super.keepsInDraft(name, value);
  }

  private renderField(field: FieldDefinition) {
    if (!isShown(field, this.values)) return nothing;
    const { name, label, hint } = field;
    switch (field.type) {
      case 'boolean':
        return this.checkboxField(name, { label, hint });
      case 'select': {
        const options = field.options ?? [];
        // Two or three choices read best as radios; longer lists as a select.
        return options.length <= 3
          ? this.choiceField(name, { label, hint, options })
          : this.selectField(name, { label, hint, options });
      }
      case 'multiselect': {
        const options = field.options ?? [];
        const value = String(this.valueFor(name) ?? '');
        const chosen = chosenValues(value);
        const o = { id: name, label, hint, options, error: this.errorFor(name), disabled: this.wizard?.disabled };
        const toggle = (v: string) => {
          // What is chosen now: two clicks may come before the next render.
          const now = chosenValues(this.valueFor(name));
          this.setValue(name, (now.includes(v) ? now.filter((c) => c !== v) : [...now, v]).join(','));
          this.touch(name);
        };
        // A few choices read best as checkboxes; more as a listbox that does not fill the page.
        return options.length <= 6
          ? renderChoice({ ...o, name, legend: label, value, multiple: true, layout: 'list', onChange: toggle })
          : renderListbox({
              ...o,
              chosen,
              required: field.required,
              active: this.#active.get(name) ?? 0,
              onToggle: toggle,
              onActive: (index) => {
                this.#active.set(name, index);
                this.requestUpdate();
              },
              onBlur: () => this.touch(name),
            });
      }
      default:
        return this.textField(name, {
          label,
          hint,
          required: field.required,
          secret: field.type === 'secret',
          type: field.type === 'url' || field.type === 'email' ? field.type : 'text',
          inputmode: field.type !== 'number' ? undefined : field.integer ? 'numeric' : 'decimal',
          unit: field.unit,
          autocomplete: field.autocomplete,
          spellcheck: field.type === 'text' && !field.clean ? undefined : false,
          clean: cleanerOf(field),
        });
    }
  }

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    return html`
      ${definition.help
        ? this.help(definition.help, ...(definition.helpUrl ? [html`<a href=${definition.helpUrl} target="_blank" rel="noopener noreferrer">${this.messages.whereToFind}</a>`] : []))
        : nothing}
      ${(definition.fields ?? []).map((field) => this.renderField(field))}
    `;
  }
}
