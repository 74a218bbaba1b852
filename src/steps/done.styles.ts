import { css } from 'lit';

/** The view once the connection is created. */
export const doneStyles = css`
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
`;
