// The one base class third-party platform forms extend: its public contract (validate,
// setErrors, focusField, reset, drafts, prefill) and the protected helpers subclasses render
// with (textField, checkboxField, selectField, choiceField), on one page for a form author.
// Finding the wizard is wizard-link.ts's job, prefilled values and edit mode's relaxed
// schema prefill.ts's, the styles and the multi-choice fields live beside them.
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { renderCheckbox, renderChoice, renderField, renderReadOnly, renderSelect, type ChoiceOption } from '../internal/field.js';
import type { Cleaned } from '../schema/clean.js';
import { isCredentialName, isCredentialValue, thirdPartyAutocomplete } from '../schema/credentials.js';
import { own } from '../schema/records.js';
import { messagesFor, translate, type Messages } from '../internal/messages.js';
import { fieldStyles, tokens } from '../internal/field.styles.js';
import { platformFormStyles } from './platform-form-element.styles.js';
import { withoutEmpty } from '../schema/text.js';
import { Prefill, withOptional, type PrefillValue } from './prefill.js';
import type { PlatformForm, PlatformFormResult, WizardContextValue } from './wizard-context.js';
import { WizardLink } from './wizard-link.js';

interface TextFieldOptions {
  label: string;
  hint?: string | TemplateResult;
  required?: boolean;
  secret?: boolean;
  type?: 'text' | 'email' | 'url';
  inputmode?: string;
  /** A unit shown after the input (`days`). */
  unit?: string;
  /**
   * The input's `autocomplete`. A platform's credentials are a third party's, so the
   * tokens of the site's own login are replaced: `new-password` on a secret, `off` elsewhere.
   */
  autocomplete?: string;
  /** Off anyway for a secret or a field named like a credential. */
  spellcheck?: boolean;
  /** Cleans pasted text (on paste and when the field is left). */
  clean?: (raw: string) => Cleaned;
}

/** A form's values by adapter key: text, or true/false for checkboxes. */
export type FormValues = Record<string, string | boolean>;

/** A copy of a record without one key (which may be `__proto__`). */
const without = <T>(record: Record<string, T>, name: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== name));

/**
 * A base for platform forms: finds the wizard through `@lit/context`, registers with it,
 * keeps the values, validates them with a zod schema and shows each error once its field
 * was touched or the user tried to continue. A subclass sets `schema`, `label` and
 * `initialValues` and renders its fields with `textField()` and `selectField()`.
 *
 * @csspart field - A field: label, hint, input and error.
 * @csspart choice - A radio group (also a `field`).
 * @csspart label - A field's label.
 * @csspart input - A text input or select.
 * @csspart select - A native select (also an `input`).
 * @csspart readonly - A value the host fixed (a preset), shown as text (also a `field`).
 * @csspart value - The text of such a value.
 * @csspart hint - Help text below a label.
 * @csspart note - What cleaning pasted text changed.
 * @csspart option - A radio or checkbox with its label.
 * @csspart platform-help - The platform's help box above the fields.
 * @csspart error - A field's error message.
 * @csspart reveal-button - The button that shows or hides a secret.
 */
export abstract class PlatformFormElement extends LitElement implements PlatformForm {
  // Reactive properties declared here rather than with decorators: no decorator code in the bundle.
  static override properties: PropertyDeclarations = {
    values: { state: true, attribute: false },
    notes: { state: true, attribute: false },
    touched: { state: true, attribute: false },
    showAll: { state: true, attribute: false },
    serverErrors: { state: true, attribute: false },
    revealed: { state: true, attribute: false },
    platform: { reflect: true },
    label: {},
  };
  static override styles = [tokens, fieldStyles, platformFormStyles];

  /** The schema that validates this form's adapter (`undefined` when `parseValues` is overridden). */
  protected abstract readonly schema: z.ZodMiniType | undefined;
  /** Values the form starts with (and returns to on `reset()`). */
  protected abstract readonly initialValues: FormValues;

  protected values: FormValues = {};
  /** What cleaning pasted text changed, per field, to tell the user. */
  private notes: Record<string, string> = {};
  private touched = new Set<string>();
  private showAll = false;
  private serverErrors: Record<string, string> = {};
  private revealed = new Set<string>();
  private readonly link = new WizardLink(this);

  /** The platform id this form provides, as sent in the request. */
  platform = '';
  /** The platform's name in the wizard's platform picker. */
  label = '';

  private parsed?: { values: FormValues; editing: boolean; result: PlatformFormResult };
  /** Fields rendered as secrets: never in a draft. */
  private readonly secretNames = new Set<string>();
  private pendingDraft?: FormValues;
  private readonly prefilled = new Prefill();

  override connectedCallback() {
    // Values first: the wizard may ask for them as soon as the form registers.
    if (Object.keys(this.values).length === 0) this.values = { ...this.initialValues };
    super.connectedCallback();
  }

  /** What the wizard provides (language, busy state, mode) while the form is on the page. */
  protected get wizard(): WizardContextValue | undefined {
    return this.link.value;
  }

  protected override firstUpdated() {
    if (!this.pendingDraft) return;
    const values = this.pendingDraft;
    this.pendingDraft = undefined;
    // After this update has finished, not within it: values set during an update would
    // render twice in one go (Lit's change-in-update warning).
    void this.updateComplete.then(() => this.restoreDraft(values));
  }

  validate(): PlatformFormResult {
    this.showAll = true;
    const result = this.parse();
    if (result.ok) return result;
    this.requestUpdate();
    return result;
  }

  setErrors(errors: Record<string, string>): string[] {
    this.serverErrors = { ...errors };
    this.showAll = true;
    return Object.keys(errors).filter((name) => !Object.hasOwn(this.initialValues, name));
  }

  focusField(name?: string) {
    const target = name ?? this.firstInvalidField();
    let input = target
      ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`)
      : this.renderRoot.querySelector<HTMLElement>('input, select');
    if (input instanceof HTMLFieldSetElement) input = input.querySelector('input:checked, input');
    input?.focus();
  }

  reset() {
    this.values = this.startValues;
    this.notes = {};
    this.touched = new Set();
    this.revealed = new Set();
    this.serverErrors = {};
    this.showAll = false;
  }

  /**
   * Fills fields with values the wizard knows: a connection's in edit mode (editable), a
   * host's preset (`readOnly`: shown as text, not as inputs). A reset puts them back.
   */
  prefill(values: Readonly<Record<string, PrefillValue>>, options: { readOnly: boolean }) {
    const before = this.prefilled.values;
    // The same values again (a form back on the page) change nothing: what was typed stays.
    if (!this.prefilled.set(values, options.readOnly)) return;
    const kept = Object.fromEntries(Object.entries(this.values).filter(([name]) => !Object.hasOwn(before, name)));
    this.values = { ...this.initialValues, ...kept, ...this.prefilled.values };
  }

  changedFields(): string[] {
    const start = this.startValues;
    return Object.keys(this.values).filter((name) => own(this.values, name) !== own(start, name));
  }

  /** What the form starts with, and returns to on `reset()`: its initial values and the prefilled ones. */
  private get startValues(): FormValues {
    return { ...this.initialValues, ...this.prefilled.values };
  }

  /** The secrets left empty that keep their stored value (edit mode), not to be checked or sent. */
  protected get keptSecrets(): string[] {
    if (!this.link.editing) return [];
    return [...this.secretNames].filter((name) => (this.valueFor(name) ?? '') === '');
  }

  private parse(): PlatformFormResult {
    // Every field's error comes from one parse of the same values: parse them once.
    // Once per set of values and mode: a wizard switched to edit mode keeps stored secrets.
    if (this.parsed?.values !== this.values || this.parsed.editing !== this.link.editing) {
      const result = this.parseValues(this.values);
      const emptied = this.link.editing ? this.prefilled.emptied(this.values) : [];
      this.parsed = {
        values: this.values,
        editing: this.link.editing,
        result: result.ok && emptied.length > 0 ? { ok: true, adapter: { ...result.adapter, ...Object.fromEntries(emptied.map((n) => [n, null])) } } : result,
      };
    }
    return this.parsed.result;
  }

  /** Checks the values and builds the adapter; by default with `schema`. */
  protected parseValues(values: FormValues): PlatformFormResult {
    if (!this.schema) throw new Error(`${this.localName}: set \`schema\` or override \`parseValues\`.`);
    // Edit mode: secrets left empty become optional (the stored ones stay).
    const result = withOptional(this.schema, this.keptSecrets).safeParse(withoutEmpty(values));
    if (result.success) return { ok: true, adapter: result.data as Record<string, unknown> };
    const errors = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (!errors.has(name)) errors.set(name, issue.message);
    }
    return { ok: false, errors: Object.fromEntries(errors) };
  }

  private firstInvalidField(): string | undefined {
    const result = this.parse();
    const errors = { ...(result.ok ? {} : result.errors), ...this.serverErrors };
    const order = [...this.renderRoot.querySelectorAll('input:not([type=radio]), select, fieldset, [role=listbox]')].map((el) => el.id);
    return order.find((id) => Object.hasOwn(errors, id));
  }

  /** The messages in the wizard's language (from the context), for forms that show text. */
  protected get messages(): Messages {
    return this.wizard?.messages ?? messagesFor(this.closest('[lang]')?.getAttribute('lang') ?? undefined);
  }

  /** The message to show for a field now, if any, in the wizard's language. */
  protected errorFor(name: string): string | undefined {
    const server = own(this.serverErrors, name);
    if (server) return server;
    if (!this.showAll && !this.touched.has(name)) return undefined;
    const result = this.parse();
    const message = result.ok ? undefined : own(result.errors, name);
    return message && translate(message, this.messages);
  }

  /** A field's value, if it has one (`constructor` and `__proto__` are names like any other). */
  protected valueFor(name: string): string | boolean | undefined {
    return own(this.values, name);
  }

  protected setValue(name: string, value: string | boolean) {
    // A computed key defines an own property, `__proto__` included.
    this.values = { ...this.values, [name]: value };
    if (Object.hasOwn(this.notes, name)) this.notes = without(this.notes, name);
    if (Object.hasOwn(this.serverErrors, name)) this.serverErrors = without(this.serverErrors, name);
  }

  /** Marks a field as visited: its error shows from now on. */
  protected touch(name: string) {
    if (this.touched.has(name)) return;
    this.touched = new Set(this.touched).add(name);
  }

  /**
   * Whether a field's value may be kept in a draft (in `localStorage`, in clear). Never a
   * secret, a field named like a credential (`api_key`, `access_token`) or a value that
   * looks like one (`https://user:password@host`, a token). A subclass may keep less.
   */
  protected keepsInDraft(name: string, value: string | boolean): boolean {
    return !this.secretNames.has(name) && !isCredentialName(name) && !isCredentialValue(value);
  }

  draftValues(): FormValues {
    return Object.fromEntries(
      Object.entries(this.values).filter(([name, value]) => value !== own(this.initialValues, name) && this.keepsInDraft(name, value)),
    );
  }

  restoreDraft(values: FormValues) {
    // Which fields are secret is known once the form has rendered: wait until then.
    if (!this.hasUpdated) {
      this.pendingDraft = values;
      return;
    }
    const kept = Object.entries(values).filter(
      ([name, value]) => (typeof value === 'string' || typeof value === 'boolean') && this.keepsInDraft(name, value) && !this.prefilled.isReadOnly(name),
    );
    this.values = { ...this.values, ...Object.fromEntries(kept) };
  }

  /** A labelled text or secret input bound to `values[name]`. */
  protected textField(name: string, o: TextFieldOptions): TemplateResult {
    if (o.secret) this.secretNames.add(name);
    if (this.prefilled.isReadOnly(name)) return this.readOnlyField(name, o.label, o.secret ? '••••••••' : String(this.valueFor(name) ?? ''));
    const note = own(this.notes, name);
    // Edit mode: the stored secret stays unless a new one is typed.
    const keeps = o.secret && this.link.editing;
    return renderField({
      id: name,
      label: o.label,
      hint: keeps ? html`${o.hint ?? nothing} ${this.messages.keepSecretHint}` : o.hint,
      required: o.required && !keeps,
      secret: o.secret,
      type: o.type,
      // A platform's credentials are a third party's: never the site's own login.
      autocomplete: thirdPartyAutocomplete(name, Boolean(o.secret), o.autocomplete),
      inputmode: o.inputmode,
      unit: o.unit,
      spellcheck: isCredentialName(name) ? false : o.spellcheck,
      value: String(this.valueFor(name) ?? ''),
      error: this.errorFor(name),
      note: note && translate(note, this.messages),
      texts: this.messages,
      revealed: this.revealed.has(name),
      disabled: this.wizard?.disabled,
      onInput: (value, pasted) => {
        this.setValue(name, value);
        if (pasted) this.clean(name, o.clean);
      },
      onBlur: () => {
        this.clean(name, o.clean);
        this.touch(name);
      },
      onToggleReveal: () => {
        const revealed = new Set(this.revealed);
        if (!revealed.delete(name)) revealed.add(name);
        this.revealed = revealed;
      },
    });
  }

  /** Applies a field's cleaning rule to its value and keeps the note of what changed. */
  private clean(name: string, cleaner: ((raw: string) => Cleaned) | undefined) {
    const raw = this.valueFor(name);
    if (!cleaner || typeof raw !== 'string') return;
    const { value, note } = cleaner(raw);
    if (value === raw) return;
    this.values = { ...this.values, [name]: value };
    if (note) this.notes = { ...this.notes, [name]: note };
  }

  /** A labelled checkbox bound to `values[name]` (true or false). */
  protected checkboxField(name: string, o: { label: string; hint?: string }): TemplateResult {
    if (this.prefilled.isReadOnly(name)) return this.readOnlyField(name, o.label, this.valueFor(name) === true ? this.messages.yes : this.messages.no);
    return renderCheckbox({
      id: name,
      label: o.label,
      hint: o.hint,
      checked: this.valueFor(name) === true,
      disabled: this.wizard?.disabled,
      onChange: (checked) => this.setValue(name, checked),
    });
  }

  /** A labelled native select bound to `values[name]`. */
  protected selectField(name: string, o: { label: string; hint?: string; options: readonly ChoiceOption[] }): TemplateResult {
    if (this.prefilled.isReadOnly(name)) return this.readOnlyChoice(name, o.label, o.options);
    return renderSelect({
      id: name,
      label: o.label,
      hint: o.hint,
      options: o.options,
      value: String(this.valueFor(name) ?? ''),
      error: this.errorFor(name),
      disabled: this.wizard?.disabled,
      onChange: (value) => {
        this.setValue(name, value);
        this.touch(name);
      },
    });
  }

  /** A labelled group of radios bound to `values[name]`: best for two to five options. */
  protected choiceField(name: string, o: { label: string; hint?: string; options: readonly ChoiceOption[] }): TemplateResult {
    if (this.prefilled.isReadOnly(name)) return this.readOnlyChoice(name, o.label, o.options);
    return renderChoice({
      id: name,
      name,
      legend: o.label,
      hint: o.hint,
      options: o.options,
      value: String(this.valueFor(name) ?? ''),
      error: this.errorFor(name),
      disabled: this.wizard?.disabled,
      onChange: (value) => {
        this.setValue(name, value);
        this.touch(name);
      },
    });
  }

  /** A value the host fixed (a preset): shown as text, not as an input. */
  protected readOnlyField(name: string, label: string, value: string): TemplateResult {
    return renderReadOnly({ id: name, label, value });
  }

  private readOnlyChoice(name: string, label: string, options: readonly ChoiceOption[]) {
    const value = String(this.valueFor(name) ?? '');
    return this.readOnlyField(name, label, options.find((o) => o.value === value)?.label ?? value);
  }

  /** Help shown above the fields: what the user needs and where to find it. */
  protected help(...paragraphs: (string | TemplateResult)[]): TemplateResult {
    return html`<div part="platform-help" class="platform-help">${paragraphs.map((p) => html`<p>${p}</p>`)}</div>`;
  }
}
