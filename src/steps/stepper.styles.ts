import { css } from 'lit';

/** The step list, down to numbers only on narrow hosts. */
export const stepperStyles = css`
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
  @media (forced-colors: active) {
    .step.current .step-number,
    .step.complete .step-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
