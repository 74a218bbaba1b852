import { css } from 'lit';

/** The error summary of a failed Continue and the alert of a failed request. */
export const problemsStyles = css`
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
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
  @media (forced-colors: active) {
    .alert,
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
