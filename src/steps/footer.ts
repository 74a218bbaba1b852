import { html, nothing } from 'lit';
import type { FirstStepContext } from './context.js';

export interface FooterActions {
  cancel: () => void;
  back: () => void;
  /** Continue, or Add connection on the last step. */
  primary: () => void;
}

/** Cancel, Back, and Continue or Add connection. */
export function footer(c: FirstStepContext, actions: FooterActions) {
  const m = c.catalogue;
  const sending = c.submission.sending;
  const { navigation } = c;
  const editing = Boolean(c.scenario.connection);
  return html`
    <div part="footer" class="footer">
      <button part="cancel-button" class="tertiary" type="button" aria-disabled=${sending ? 'true' : 'false'} @click=${actions.cancel}>${m.cancel}</button>
      <span class="spacer"></span>
      ${navigation.previousStep
        ? html`<button part="back-button" class="secondary" type="button" ?disabled=${sending} @click=${actions.back}>${m.back}</button>`
        : nothing}
      ${!navigation.nextStep
        ? html`<button part="submit-button" class="primary" type="button" aria-disabled=${sending ? 'true' : 'false'} @click=${actions.primary}>
            ${sending ? html`<span class="spinner" aria-hidden="true"></span>${editing ? m.saving : m.adding}` : editing ? m.saveChanges : m.addConnection}
          </button>`
        : html`<button part="next-button" class="primary" type="button" @click=${actions.primary}>${m.continue}</button>`}
    </div>
  `;
}
