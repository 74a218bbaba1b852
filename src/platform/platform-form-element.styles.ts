import { css } from 'lit';

/** A platform form's own box: the host element and the platform's help above its fields. */
export const platformFormStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .platform-help {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.9rem;
  }
  .platform-help p {
    margin: 0;
  }
  .platform-help p + p {
    margin-top: 0.4em;
  }
`;
