import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ChoiceOption } from './field.js';

/** Up to this many options are checkboxes; more, a multi-select listbox. */
export const CHECKBOXES_UP_TO = 6;

export interface MultiChoiceOptions {
  id: string;
  label: string;
  options: readonly ChoiceOption[];
  chosen: readonly string[];
  hint?: string;
  error?: string;
  required?: boolean;
  optionalText: string;
  disabled?: boolean;
  /** The listbox's option with the keyboard's attention. */
  active: number;
  onToggle: (value: string) => void;
  onActive: (index: number) => void;
  onBlur: () => void;
}

const ids = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

/**
 * Several choices of a list: a group of checkboxes for a few options, else a listbox with
 * `aria-multiselectable` (https://www.w3.org/WAI/ARIA/apg/patterns/listbox/): arrows,
 * Home and End move, Space toggles, a click toggles.
 */
export function renderMultiChoice(o: MultiChoiceOptions): TemplateResult {
  const hintId = o.hint && `${o.id}-hint`;
  const errorId = o.error && `${o.id}-error`;
  const optionalId = !o.required && `${o.id}-optional`;
  const invalid = o.error ? 'true' : 'false';
  const optional = optionalId ? html`<span class="optional" id=${optionalId}>${o.optionalText}</span>` : nothing;
  const hint = o.hint ? html`<div part="hint" class="hint" id=${hintId}>${o.hint}</div>` : nothing;
  const error = o.error ? html`<div part="error" class="error" id=${errorId}>${o.error}</div>` : nothing;
  const chosen = new Set(o.chosen);
  if (o.options.length <= CHECKBOXES_UP_TO) {
    return html`<fieldset part="field choice" class="choice list ${o.error ? 'invalid' : ''}" id=${o.id}
      aria-describedby=${ifDefined(ids(errorId, hintId, optionalId))} ?disabled=${o.disabled} @focusout=${o.onBlur}>
      <legend part="label">${o.label}</legend>${optional}
      ${hint}
      <div class="options">${o.options.map((option, i) => html`<label part="option" class="option">
        <input type="checkbox" id=${`${o.id}-${i}`} .checked=${live(chosen.has(option.value))} aria-invalid=${invalid}
          @change=${() => o.onToggle(option.value)} /><span class="option-label">${option.label}</span></label>`)}</div>
      ${error}
    </fieldset>`;
  }
  const last = o.options.length - 1;
  const active = Math.min(Math.max(o.active, 0), last);
  const keydown = (event: KeyboardEvent) => {
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: last }[event.key];
    if (event.key === ' ') o.onToggle(o.options[active].value);
    else if (to === undefined) return;
    else o.onActive(Math.min(Math.max(to, 0), last));
    event.preventDefault();
  };
  return html`<div part="field" class="field ${o.error ? 'invalid' : ''}">
    <div class="label-row"><span part="label" class="label" id=${`${o.id}-label`}>${o.label}</span>${optional}</div>
    ${hint}
    <div part="input listbox" class="listbox" role="listbox" id=${o.id} tabindex=${o.disabled ? -1 : 0}
      aria-multiselectable="true" aria-labelledby=${`${o.id}-label`} aria-describedby=${ifDefined(ids(errorId, hintId, optionalId))}
      aria-invalid=${invalid} aria-required=${o.required ? 'true' : 'false'} aria-disabled=${o.disabled ? 'true' : 'false'}
      aria-activedescendant=${`${o.id}-${active}`} @keydown=${o.disabled ? undefined : keydown} @blur=${o.onBlur}>
      ${o.options.map((option, i) => html`<div part="option" role="option" id=${`${o.id}-${i}`} class=${i === active ? 'active' : ''}
        aria-selected=${chosen.has(option.value) ? 'true' : 'false'}
        @click=${o.disabled ? undefined : () => { o.onActive(i); o.onToggle(option.value); }}>${option.label}</div>`)}
    </div>
    ${error}
  </div>`;
}
