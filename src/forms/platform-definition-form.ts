import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
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
  protected readonly schema = undefined;

  /** The platform this form renders and validates. */
  @property({ attribute: false }) definition?: PlatformDefinition;

  protected get initialValues(): FormValues {
    return this.definition ? initialValues(this.definition) : {};
  }

  protected override willUpdate() {
    if (!this.definition) return;
    this.platform ||= this.definition.id;
    this.label ||= this.definition.label;
    // Values typed before the definition arrived keep; the rest start at their defaults.
    const missing = this.definition.fields.some((f) => !(f.name in this.values));
    if (missing) this.values = { ...initialValues(this.definition), ...this.values };
  }

  protected override parseValues(values: FormValues): PlatformFormResult {
    return this.definition ? parseAdapter(this.definition, values) : { ok: false, errors: {} };
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
      default:
        return this.textField(name, {
          label,
          hint,
          required: field.required,
          secret: field.type === 'secret',
          type: field.type === 'url' || field.type === 'email' ? field.type : 'text',
          inputmode: field.type === 'number' ? 'numeric' : undefined,
          autocomplete: field.autocomplete ?? (field.type === 'secret' ? 'off' : undefined),
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
      ${definition.fields.map((field) => this.renderField(field))}
    `;
  }
}
