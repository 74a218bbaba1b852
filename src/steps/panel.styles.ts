import { css } from 'lit';

/** The box, the panel of the current step, its heading and the new merchant's address. */
export const panelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  ::slotted([hidden]) {
    display: none !important;
  }
  /* No overflow: hidden here: the platform picker's list may reach past the box. */
  .wizard {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Panel */
  .panel {
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
  }
  @container (max-width: 420px) {
    .panel {
      padding-inline: var(--_space);
    }
  }
  h2 {
    margin: 0 0 calc(var(--_space) * 1.1);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 4px;
    border-radius: 2px;
  }
  h3 {
    font-size: 1rem;
    margin: var(--_space) 0 0.4rem;
  }
  .note {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .address {
    margin: 0 0 var(--_space);
  }
  .address > legend {
    font-size: 0.95rem;
    margin-bottom: calc(var(--_space) * 0.6);
    color: var(--_muted);
  }
  .address-grid {
    display: grid;
    grid-template-columns: 1fr;
    column-gap: var(--_space);
  }
  @container (min-width: 520px) {
    .address-grid {
      grid-template-columns: 1fr 1fr;
    }
    .address-grid > :nth-child(-n + 3) {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .wizard {
      border-color: CanvasText;
    }
  }
`;
