import { css } from 'lit';
import { fieldStyles, tokens } from './internal/field.styles.js';

export const styles = [
  tokens,
  fieldStyles,
  css`
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

    /* Step list */
    .stepper-nav {
      border-start-start-radius: inherit;
      border-start-end-radius: inherit;
      background: var(--_subtle);
      border-block-end: 1px solid var(--_border);
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    .stepper {
      display: flex;
      gap: calc(var(--_space) * 0.25);
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: none;
    }
    .step {
      flex: 1 1 auto;
      min-width: 0;
    }
    .step-button {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      width: 100%;
      min-height: 2.5rem;
      padding: 0.25rem 0.5rem;
      box-sizing: border-box;
      font: inherit;
      font-size: 0.875rem;
      color: var(--_muted);
      background: none;
      border: 0;
      border-radius: var(--_radius);
      text-align: start;
    }
    button.step-button {
      cursor: pointer;
      color: var(--_text);
    }
    button.step-button:hover {
      background: color-mix(in srgb, var(--_primary) 8%, transparent);
    }
    .step-number {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: 1.75rem;
      height: 1.75rem;
      border-radius: 50%;
      border: 1.5px solid currentColor;
      font-weight: 600;
      font-size: 0.8rem;
    }
    .step.current .step-button {
      color: var(--_primary);
      font-weight: 600;
    }
    .step.current .step-number {
      background: var(--_primary);
      border-color: var(--_primary);
      color: var(--_on-primary);
    }
    .step.complete:not(.current) .step-number {
      background: var(--_success);
      border-color: var(--_success);
      color: var(--_on-primary);
    }
    /* Long titles (other languages) wrap to two lines before they are cut. */
    .step-title {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      line-height: 1.2;
    }
    /* The narrowest hosts: numbers only; the step's heading says where the user is. */
    @container (max-width: 380px) {
      .step.current .step-title {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    }
    /* Narrow hosts: numbers only, with the current step's title. */
    @container (max-width: 560px) {
      .step:not(.current) .step-title {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .step:not(.current) {
        flex: none;
      }
      .step.current {
        flex: 1 1 auto;
      }
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
    .platform-form {
      margin-block-start: calc(var(--_space) * 0.25);
    }
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
    .listbox .empty,
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
    .test-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.75);
      margin: 0 0 var(--_space);
    }
    .test-result {
      font-size: 0.9rem;
    }
    .test-result.passed {
      color: var(--_success);
    }
    .test-result.failed {
      color: var(--_danger);
    }
    .error-summary {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.75) var(--_space);
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .error-summary p {
      margin: 0 0 0.4rem;
    }
    .error-summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .error-summary a {
      color: var(--_danger);
      font-weight: 500;
    }
    .error-summary a:focus-visible {
      outline: 2px solid var(--_danger);
      outline-offset: 2px;
    }
    .alert {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.75) var(--_space);
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
    }
    .alert:focus {
      outline: none;
    }
    .alert:focus-visible {
      box-shadow: var(--_focus);
    }
    .alert p {
      margin: 0 0 0.4rem;
    }
    .alert-title {
      font-weight: 600;
      color: var(--_danger);
    }
    .alert ul {
      margin: 0 0 0.5rem;
      padding-inline-start: 1.25rem;
    }

    /* Footer */
    .footer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-block-start: 1px solid var(--_border);
      border-end-start-radius: calc(var(--_radius) * 1.5);
      border-end-end-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
    }
    .spacer {
      flex: 1;
    }
    button.primary,
    button.secondary,
    button.tertiary {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      min-height: 2.5rem;
      padding: 0.5rem 1.1rem;
      font: inherit;
      font-weight: 600;
      border-radius: var(--_radius);
      border: 1px solid transparent;
      cursor: pointer;
      transition: background-color 120ms, border-color 120ms;
    }
    button.primary {
      color: var(--acw-color-button-text, var(--_on-primary));
      background: var(--acw-color-button-surface, var(--_primary));
    }
    button.primary:hover {
      background: color-mix(in srgb, var(--acw-color-button-surface, var(--_primary)) 88%, black);
    }
    button.secondary {
      color: var(--_primary);
      background: var(--_surface);
      border-color: var(--_border);
    }
    button.secondary:hover {
      border-color: var(--_primary);
    }
    button.tertiary {
      color: var(--_muted);
      background: none;
    }
    button.tertiary:hover {
      color: var(--_text);
      background: var(--_subtle);
    }
    button[aria-disabled='true'],
    button:disabled {
      opacity: 0.65;
      cursor: not-allowed;
    }
    .spinner {
      width: 1em;
      height: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation-duration: 2.4s;
      }
    }
    @container (max-width: 420px) {
      .footer {
        padding-inline: var(--_space);
      }
      .footer .primary {
        flex: 1 1 100%;
        order: -1;
      }
      .spacer {
        display: none;
      }
    }

    /* Done view */
    .done {
      text-align: start;
    }
    .done .footer {
      padding-inline: 0;
      border: 0;
    }
    .done-icon {
      display: grid;
      place-items: center;
      width: 2.75rem;
      height: 2.75rem;
      margin-block-end: var(--_space);
      border-radius: 50%;
      color: var(--_on-primary);
      background: var(--_success);
      font-size: 1.4rem;
    }
    .next-steps {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    @media (forced-colors: active) {
      .wizard,
      .alert,
      .error-summary {
        border-color: CanvasText;
      }
      .step.current .step-number,
      .step.complete .step-number {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
