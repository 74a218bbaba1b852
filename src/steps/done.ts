import { html } from 'lit';
import type { SuccessDetail } from '../events.js';
import type { Messages } from '../internal/messages.js';

/**
 * The view once the connection is created (what happened, what to do next, Add another)
 * or its changes saved (what happened, and that its enabled or disabled state is kept).
 */
export const doneView = (m: Messages, done: SuccessDetail & { name: string }, addAnother: () => void) =>
  done.mode === 'edit'
    ? html`
        <section part="panel done" class="panel done" aria-labelledby="heading">
          <div class="done-icon" aria-hidden="true">✓</div>
          <h2 part="heading" id="heading" tabindex="-1">${m.savedHeading}</h2>
          <p>${m.saved(done.name)}</p>
          <p>${m.keepsState}</p>
        </section>
      `
    : html`
  <section part="panel done" class="panel done" aria-labelledby="heading">
    <div class="done-icon" aria-hidden="true">✓</div>
    <h2 part="heading" id="heading" tabindex="-1">${m.createdHeading}</h2>
    <p>${m.created(done.name)}</p>
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
