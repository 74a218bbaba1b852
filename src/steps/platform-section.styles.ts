import { css } from 'lit';

/** The chosen platform's form and the Test connection row. */
export const platformSectionStyles = css`
  .platform-form {
    margin-block-start: calc(var(--_space) * 0.25);
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
`;
