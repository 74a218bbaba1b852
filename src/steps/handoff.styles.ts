import { css } from 'lit';

/** "Send to merchant": a quiet box under the platform's form, the link on one row with Copy. */
export const handoffStyles = css`
  .handoff {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px dashed var(--_border);
  }
  .handoff-intro {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .handoff > button {
    justify-self: start;
  }
  .handoff-row {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }
  .handoff-row input {
    flex: 1;
    min-width: 0;
  }
`;
