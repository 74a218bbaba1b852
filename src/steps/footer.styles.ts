import { css } from 'lit';

/** The row of buttons and the buttons themselves (also used by the done view and Try again). */
export const footerStyles = css`
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
`;
