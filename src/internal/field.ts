import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { en, type Messages } from './messages.js';

export interface FieldOptions {
  /** Unique within the shadow root; also names the hint and error elements. */
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string | TemplateResult;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'password';
  /** A secret is typed masked and can be revealed; it never goes to an attribute. */
  secret?: boolean;
  revealed?: boolean;
  autocomplete?: string;
  inputmode?: string;
  spellcheck?: boolean;
  disabled?: boolean;
  /** A unit shown after the input (`days`), and read with it. */
  unit?: string;
  /** What cleaning the pasted value changed, shown below the input. */
  note?: string;
  /** The wizard's messages, for "optional", "Show" and "Hide" (English by default). */
  texts?: Messages;
  onInput: (value: string, pasted: boolean) => void;
  onBlur?: () => void;
  onToggleReveal?: () => void;
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

/**
 * One labelled input with its hint and error. Label, hint, error and input share a shadow
 * root, so `aria-describedby` reaches them.
 */
export function renderField(o: FieldOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const optionalId = o.required ? undefined : `${o.id}-optional`;
  const noteId = o.note ? `${o.id}-note` : undefined;
  const unitId = o.unit ? `${o.id}-unit` : undefined;
  const type = o.secret ? (o.revealed ? 'text' : 'password') : (o.type ?? 'text');
  return html`
    <div part="field" class="field ${o.error ? 'invalid' : ''}">
      <div class="label-row">
        <label part="label" for=${o.id} id=${`${o.id}-label`}>${o.label}</label>
        ${o.required ? nothing : html`<span class="optional" id=${optionalId!}>${(o.texts ?? en).optional}</span>`}
      </div>
      ${o.hint ? html`<div part="hint" class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
      <div class="control">
        <input
          part="input"
          id=${o.id}
          type=${type}
          .value=${live(o.value)}
          ?required=${o.required}
          ?disabled=${o.disabled}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(unitId, errorId, noteId, hintId, optionalId))}
          autocomplete=${ifDefined(o.autocomplete)}
          inputmode=${ifDefined(o.inputmode)}
          spellcheck=${o.spellcheck === false || o.secret ? 'false' : 'true'}
          autocapitalize=${o.secret || o.spellcheck === false ? 'off' : 'sentences'}
          @input=${(e: InputEvent) => o.onInput((e.target as HTMLInputElement).value, e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop')}
          @blur=${() => o.onBlur?.()}
        />
        ${o.unit ? html`<span class="unit" id=${unitId!}>${o.unit}</span>` : nothing}
        ${o.secret
          ? html`<button
              part="reveal-button"
              class="reveal"
              type="button"
              aria-controls=${o.id}
              aria-describedby=${`${o.id}-label`}
              ?disabled=${o.disabled}
              @click=${() => o.onToggleReveal?.()}
            >${o.revealed ? (o.texts ?? en).hideSecret : (o.texts ?? en).showSecret}</button>`
          : nothing}
      </div>
      ${o.note ? html`<div part="note" class="note-text" id=${noteId!}>${o.note}</div>` : nothing}
      ${o.error
        ? html`<div part="error" class="error" id=${errorId!}>${o.error}</div>`
        : nothing}
    </div>
  `;
}

/**
 * A value the host fixed (a preset, or what edit mode cannot change): shown as text with
 * its label, not as an input.
 */
export const renderReadOnly = (o: { id: string; label: string; value: string }): TemplateResult => html`
  <div part="field readonly" class="field readonly" id=${o.id} tabindex="-1">
    <span part="label" class="label">${o.label}</span>
    <span part="value" class="readonly-value">${o.value}</span>
  </div>
`;

export interface CheckboxOptions {
  id: string;
  label: string;
  checked: boolean;
  hint?: string;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label beside it, for yes/no settings. */
export function renderCheckbox(o: CheckboxOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return html`
    <div part="field" class="field checkbox">
      <label part="option" class="option">
        <input
          type="checkbox"
          id=${o.id}
          .checked=${live(o.checked)}
          ?disabled=${o.disabled}
          aria-describedby=${ifDefined(hintId)}
          @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
        />
        <span class="option-label">${o.label}</span>
      </label>
      ${o.hint ? html`<div part="hint" class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
    </div>
  `;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceOptions {
  id: string;
  legend: string;
  name: string;
  value: string;
  options: readonly ChoiceOption[];
  error?: string;
  hint?: string;
  disabled?: boolean;
  /** Cards for a few big choices, a compact list for records. */
  layout?: 'cards' | 'list';
  /** Checkboxes instead of radios: `value` holds the checked options' values, comma-separated. */
  multiple?: boolean;
  onChange: (value: string) => void;
}

/** A radio group: a fieldset whose legend names it, one labelled radio per option. */
export function renderChoice(o: ChoiceOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  const checked = (value: string) => (o.multiple ? o.value.split(',').includes(value) : value === o.value);
  return html`
    <fieldset
      part="field choice"
      class="choice ${o.layout ?? 'cards'} ${o.error ? 'invalid' : ''}"
      id=${o.id}
      aria-describedby=${ifDefined(describedBy(errorId, hintId))}
      ?disabled=${o.disabled}
    >
      <legend part="label">${o.legend}</legend>
      ${o.hint ? html`<div part="hint" class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
      <div class="options">
        ${o.options.map(
          (option, index) => html`
            <label part="option" class="option">
              <input
                type=${o.multiple ? 'checkbox' : 'radio'}
                name=${o.name}
                id=${`${o.id}-${index}`}
                .value=${option.value}
                .checked=${live(checked(option.value))}
                aria-invalid=${o.error ? 'true' : 'false'}
                @change=${() => o.onChange(option.value)}
              />
              <span class="option-label">${option.label}</span>
            </label>
          `,
        )}
      </div>
      ${o.error ? html`<div part="error" class="error" id=${errorId!}>${o.error}</div>` : nothing}
    </fieldset>
  `;
}

export interface SelectOptions {
  id: string;
  label: string;
  value: string;
  options: readonly ChoiceOption[];
  placeholder?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** A native select: keyboard, screen readers and phones already know how to use it. */
export function renderSelect(o: SelectOptions): TemplateResult {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const errorId = o.error ? `${o.id}-error` : undefined;
  return html`
    <div part="field" class="field ${o.error ? 'invalid' : ''}">
      <div class="label-row"><label part="label" for=${o.id}>${o.label}</label></div>
      ${o.hint ? html`<div part="hint" class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
      <div class="control">
        <select
          part="input select"
          id=${o.id}
          ?required=${o.required}
          ?disabled=${o.disabled}
          aria-invalid=${o.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(errorId, hintId))}
          @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
        >
          ${o.placeholder !== undefined
            ? html`<option value="" ?selected=${o.value === ''} disabled>${o.placeholder}</option>`
            : nothing}
          ${o.options.map(
            (option) => html`<option .value=${option.value} ?selected=${option.value === o.value}>${option.label}</option>`,
          )}
        </select>
      </div>
      ${o.error ? html`<div part="error" class="error" id=${errorId!}>${o.error}</div>` : nothing}
    </div>
  `;
}
