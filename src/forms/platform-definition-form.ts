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
import { ConsentFlow } from '../platform/consent-flow.js';
import { defaultGrantField } from '../schema/platform-definition.js';
import { renderConsent } from './consent-section.js';
import { consentStyles } from './consent-section.styles.js';

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
  static override styles = [...PlatformFormElement.styles, consentStyles];
  protected readonly schema = undefined;

  /** The platform this form renders and validates. */
  definition?: PlatformDefinition;

  /** The option each listbox's keyboard is on. */
  readonly #active = new Map<string, number>();
  /** A consent platform's connect (`definition.auth`): its popup, messages and server check. */
  readonly #consent = new ConsentFlow(this, () => this.setValue(this.#grantField, this.#consent.grantId ?? ''));
  #resumed = false;

  get #grantField() {
    return this.definition?.auth?.grantField ?? defaultGrantField;
  }

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
    const result = parseAdapter(kept.length > 0 ? { ...definition, fields: (definition.fields ?? []).map((f) => (kept.includes(f.name) ? { ...f, required: false } : f)) } : definition, values);
    if (!definition.auth) return result;
    // The grant reference is the adapter's credential: the server holds the tokens behind it.
    // Edit mode keeps the stored grant unless the person reconnects.
    const grant = String(values[this.#grantField] ?? '');
    if (!grant && this.wizard?.mode === 'edit') return result;
    if (grant) return result.ok ? { ok: true, adapter: { ...result.adapter, [this.#grantField]: grant } } : result;
    const missing = this.messages.consent.required(definition.label);
    return { ok: false, errors: { ...(result.ok ? {} : result.errors), [this.#grantField]: missing } };
  }

  override reset() {
    super.reset();
    this.#consent.clear();
  }

  protected override updated(changed: Map<PropertyKey, unknown>) {
    super.updated?.(changed);
    // Back from a full-page redirect to the platform: pick up what came of it, once.
    if (!this.#resumed && this.definition?.auth && this.wizard) {
      this.#resumed = true;
      // After this update: the outcome it may bring changes values, which would render twice in one go.
      void this.updateComplete.then(() => this.#consent.resume(this.#consentSetup()));
    }
  }

  /** What the flow needs: the definition's auth, the wizard's endpoint, the values asked before consent. */
  #consentSetup() {
    const definition = this.definition!;
    const params = Object.fromEntries((definition.auth!.params ?? []).map((name) => [name, String(this.valueFor(name) ?? '').trim()]));
    return { auth: definition.auth!, platform: definition.id, endpoint: this.wizard?.endpoint ?? '', params };
  }

  /** The values `start` needs, checked first: a wrong shop name is shown on its field, not at the platform. */
  #paramsValid(): boolean {
    const names = this.definition?.auth?.params ?? [];
    const result = this.parseValues(this.values);
    const wrong = result.ok ? [] : names.filter((name) => Object.hasOwn(result.errors, name));
    for (const name of names) this.touch(name);
    this.requestUpdate();
    if (wrong.length > 0) this.focusField(wrong[0]);
    return wrong.length === 0;
  }

  #renderConsent() {
    const definition = this.definition!;
    const id = this.#grantField;
    const connect = () => {
      if (this.#paramsValid()) this.#consent.connect(this.#consentSetup());
    };
    return renderConsent({
      id,
      label: definition.label,
      status: this.#consent.status,
      account: this.#consent.account,
      error: this.errorFor(id),
      editing: this.wizard?.mode === 'edit',
      disabled: Boolean(this.wizard?.disabled),
      messages: this.messages,
      onConnect: connect,
      onOpenAgain: () => this.#consent.openAgain(),
      onRedirect: () => {
        if (this.#paramsValid()) this.#consent.redirect(this.#consentSetup());
      },
      onUseAnother: () => {
        this.#consent.clear();
        connect();
      },
    });
  }

  /**
   * A definition's field is kept in a draft only when it is known to be safe: a choice, a
   * yes/no or a number, or a field marked `keepInDraft`; and never a credential by name or
   * by value (the base class's rule).
   */
  protected override keepsInDraft(name: string, value: string | boolean): boolean {
    const field = this.definition?.fields?.find((f) => f.name === name);
    if (name === this.#grantField) return false; // a new grant comes from a new consent, never from a draft
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
      ${definition.auth ? this.#renderConsent() : nothing}
    `;
  }
}
