import { html } from 'lit';
import type { SessionController } from '../controllers/session.js';
import type { Messages } from '../internal/messages.js';

/** In place of the steps while a hand-off link is read, or when it cannot be used: what it is, and a way on. None otherwise. */
export function sessionNotice(m: Messages, session: SessionController) {
  if (session.status === 'none' || session.status === 'ready') return undefined;
  if (session.status === 'loading') return html`<p class="session-status" role="status">${m.sessionLoading}</p>`;
  const text = session.status === 'used' ? m.sessionUsed : session.status === 'invalid' ? m.sessionInvalid : m.sessionFailed;
  return html`<div part="alert" class="alert" role="alert">
    <p>${text}</p>
    ${session.status === 'failed' ? html`<button type="button" class="secondary" @click=${() => session.retry()}>${m.retry}</button>` : ''}
  </div>`;
}
