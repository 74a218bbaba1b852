import { css } from 'lit';

/** The searchable combobox of platforms, merchants, warehouses and stores, and its list. */
export const comboboxStyles = css`
  /* Searchable platform picker */
  .combo {
    position: relative;
  }
  .combo input {
    padding-inline-end: 2rem;
  }
  .combo-arrow {
    position: absolute;
    inset-inline-end: 0.75rem;
    top: 50%;
    transform: translateY(-50%);
    pointer-events: none;
    color: var(--_muted);
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 4px);
    max-height: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.12);
  }
  .listbox[hidden] {
    display: none;
  }
  .listbox [role='option'] {
    padding: 0.45rem 0.65rem;
    min-height: 1.5rem;
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
  }
  .listbox [role='option'][aria-selected='true'] {
    font-weight: 600;
  }
  .listbox [role='option'].active,
  .listbox [role='option']:hover {
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  .listbox .group-label {
    padding: 0.5rem 0.65rem 0.2rem;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .listbox.message,
  .listbox .more {
    padding: 0.5rem 0.65rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .listbox [role='option'].active {
      outline: 2px solid Highlight;
    }
  }
  /* Try again after a host's search failed: a text button inside the list or below it. */
  button.link {
    min-block-size: 24px;
    padding: 0;
    font: inherit;
    color: var(--_primary);
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .remote-failed {
    margin-block-start: 0.35rem;
    font-size: 0.9rem;
    color: var(--_danger);
  }
`;
