import { html } from 'lit';
import type { Messages } from '../internal/messages.js';

/** The view once the connection is created: what happened, what to do next, Add another. */
export const doneView = (m: Messages, name: string, addAnother: () => void) => html`
  <section part="panel done" class="panel done" aria-labelledby="heading">
    <div class="done-icon" aria-hidden="true">✓</div>
    <h2 part="heading" id="heading" tabindex="-1">${m.createdHeading}</h2>
    <p>${m.created(name)}</p>
    <slot name="next-steps">
      <h3>${m.nextSteps}</h3>
      <ol class="next-steps">
        <li>${m.nextEnable}</li>
        <li>${m.nextReview}</li>
      </ol>
    </slot>
    <div part="footer" class="footer">
      <button part="add-another-button" class="primary" type="button" @click=${addAnother}>${m.addAnother}</button>
    </div>
  </section>
`;
