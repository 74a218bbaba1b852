import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChoiceOption } from './field.js';

export interface ListboxOptions {
  id: string;
  label: string;
  options: readonly ChoiceOption[];
  chosen: readonly string[];
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** The option the keyboard is on. */
  active: number;
  onToggle: (value: string) => void;
  onActive: (index: number) => void;
  onBlur: () => void;
}

/**
 * A listbox of several choices (https://www.w3.org/WAI/ARIA/apg/patterns/listbox/, with
 * `aria-multiselectable`): arrows, Home and End move, Space or a click toggles.
 */
export function renderListbox(o: ListboxOptions): TemplateResult {
  const { id, options } = o;
  const last = options.length - 1;
  const active = Math.min(o.active, last);
  const describedBy = [o.error && `${id}-error`, o.hint && `${id}-hint`].filter(Boolean).join(' ');
  const keydown = (event: KeyboardEvent) => {
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: last }[event.key];
    if (event.key === ' ') o.onToggle(options[active].value);
    else if (to === undefined) return;
    else {
      const index = Math.max(0, Math.min(to, last));
      o.onActive(index);
      (event.currentTarget as HTMLElement).children[index].scrollIntoView({ block: 'nearest' });
    }
    event.preventDefault();
  };
  return html`<div part="field" class="field ${o.error ? 'invalid' : ''}">
    <span part="label" class="label" id=${`${id}-label`}>${o.label}</span>
    ${o.hint ? html`<div part="hint" class="hint" id=${`${id}-hint`}>${o.hint}</div>` : ''}
    <div part="input listbox" class="listbox" role="listbox" id=${id} tabindex=${o.disabled ? -1 : 0}
      aria-multiselectable="true" aria-labelledby=${`${id}-label`} aria-describedby=${ifDefined(describedBy || undefined)}
      aria-invalid=${Boolean(o.error)} aria-required=${Boolean(o.required)} aria-disabled=${Boolean(o.disabled)}
      aria-activedescendant=${`${id}-${active}`} @keydown=${o.disabled ? null : keydown} @blur=${o.onBlur}>
      ${options.map((option, i) => html`<div part="option" role="option" id=${`${id}-${i}`} class=${i === active ? 'active' : ''}
        aria-selected=${o.chosen.includes(option.value)} @click=${o.disabled ? null : () => (o.onActive(i), o.onToggle(option.value))}>${option.label}</div>`)}
    </div>
    ${o.error ? html`<div part="error" class="error" id=${`${id}-error`}>${o.error}</div>` : ''}
  </div>`;
}
