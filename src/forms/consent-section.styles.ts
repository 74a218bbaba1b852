import { css } from 'lit';

/** The Connect section: a status line and its buttons, in the form's own tokens. */
export const consentStyles = css`
  .consent {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .consent.connected {
    border-color: color-mix(in srgb, var(--acw-color-success, #15803d) 55%, var(--_border));
  }
  .consent.connected .consent-status::before {
    content: '✓ ';
    color: var(--acw-color-success, #15803d);
    font-weight: 700;
  }
  .consent-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .consent button {
    min-height: 2.5rem;
    padding: 0.5rem 1.1rem;
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    cursor: pointer;
    color: var(--_primary);
    background: var(--_surface);
  }
  .consent button.primary {
    border-color: transparent;
    color: var(--acw-color-button-text, var(--_on-primary));
    background: var(--acw-color-button-surface, var(--_primary));
  }
  .consent button:disabled {
    opacity: 0.65;
    cursor: not-allowed;
  }
`;
