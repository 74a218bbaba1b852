import { css } from 'lit';

// Shared by the wizard and every built-in platform form, so a form looks the same
// whether it is slotted by the host or rendered by the wizard.
// Default colours follow the page's `color-scheme` (light-dark()): a page that declares
// `color-scheme: light dark` gets a dark wizard in dark mode, a light-only page a light
// one. `theme="dark"` or `theme="light"` on the element overrides.
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_primary: var(--acw-color-primary, light-dark(#3552c8, #8fa6ff));
    --_on-primary: var(--acw-color-on-primary, light-dark(#ffffff, #0d1220));
    --_text: var(--acw-color-text, light-dark(#1c2230, #e6e9f0));
    --_muted: var(--acw-color-muted, light-dark(#5b6475, #a3abbb));
    --_surface: var(--acw-color-surface, light-dark(#ffffff, #171c27));
    --_subtle: var(--acw-color-surface-subtle, light-dark(#f5f7fa, #1f2533));
    --_border: var(--acw-color-border, light-dark(#c9d0db, #3a4356));
    --_danger: var(--acw-color-danger, light-dark(#b42318, #ff8a80));
    --_success: var(--acw-color-success, light-dark(#1a7f37, #5fd07f));
    --_radius: var(--acw-radius, 8px);
    --_space: var(--acw-space, 1rem);
    --_focus: var(--acw-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_primary) 35%, transparent));
    font-family: var(--acw-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
`;

export const fieldStyles = css`
  .field,
  .choice {
    display: grid;
    /* minmax(0, …): an input's intrinsic width must never push the field past its box. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.3);
    margin: 0 0 calc(var(--_space) * 1.1);
    min-width: 0;
  }
  .label-row {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  label,
  legend,
  .label {
    font-weight: 600;
    font-size: 0.95rem;
  }
  /*
   * A value the host fixed: where an input would be and as tall, its text aligned with
   * inputs' text, but with a dashed outline and no fill, so it reads as given, not editable
   * (and apart from the filled help box that may follow it).
   */
  .readonly-value {
    min-height: 2.5rem;
    box-sizing: border-box;
    padding: 0.45rem 0.7rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .optional {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    /* Hints quote examples (sftp://user:password@ftp.example.com:22) in which WebKit finds
       no line break, where Blink and Gecko do: at 320 px the hint stuck out of the box. */
    overflow-wrap: anywhere;
  }
  .note-text {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .note-text::before {
    content: 'ℹ ';
  }
  .error {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 500;
  }
  .error::before {
    content: '⚠ ';
  }
  .control {
    display: flex;
    align-items: stretch;
    gap: calc(var(--_space) * 0.5);
  }
  input:not([type='radio']):not([type='checkbox']),
  select,
  .listbox {
    flex: 1;
    width: 100%;
    min-width: 0;
    min-height: 2.5rem;
    box-sizing: border-box;
    padding: 0.45rem 0.7rem;
    font: inherit;
    color: var(--acw-color-input-text, var(--_text));
    background: var(--acw-color-input-surface, var(--_surface));
    border: 1px solid var(--acw-color-input-border, var(--_border));
    border-radius: var(--_radius);
    transition: border-color 120ms, box-shadow 120ms;
  }
  /* As specific as the input rule above, so the focused border turns primary (3:1). */
  input:not([type='radio']):not([type='checkbox']):focus-visible,
  select:focus-visible,
  .listbox:focus-visible,
  button:focus-visible {
    outline: 2px solid transparent;
    border-color: var(--_primary);
    box-shadow: var(--_focus);
  }
  .invalid input:not([type='radio']),
  .invalid select,
  .invalid .listbox {
    border-color: var(--_danger);
  }
  input:disabled,
  select:disabled {
    opacity: 0.65;
  }
  .reveal {
    min-width: 4.25rem;
    min-height: 2.5rem;
    padding: 0 0.75rem;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_primary);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  fieldset {
    border: 0;
    padding: 0;
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.3);
  }
  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .cards .options {
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
  }
  .list .options {
    max-height: 16rem;
    overflow-y: auto;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-weight: 500;
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 7%, var(--_surface));
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .option:has(input:focus-visible) {
    box-shadow: var(--_focus);
  }
  .option input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .listbox {
    max-height: 16rem;
    overflow-y: auto;
  }
  [role='option'] {
    padding: 0.4rem 0.5rem;
    cursor: pointer;
  }
  /* The mark is decoration: aria-selected says it to assistive technology. */
  [role='option']::before {
    content: '' / '';
    display: inline-block;
    width: 1.4em;
  }
  [aria-selected='true'] {
    font-weight: 600;
  }
  [aria-selected='true']::before {
    content: '✓' / '';
  }
  .listbox:focus-visible .active {
    outline: 2px solid var(--_primary);
  }
  .unit {
    align-self: center;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    .error::before {
      forced-color-adjust: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
