import { html, nothing } from 'lit';
import { handoffPreset } from '../controllers/handoff.js';
import type { StepContext } from './context.js';

/**
 * "Send to merchant", under a consent platform's form in a 3PL's wizard: a link for the
 * merchant to connect the store themselves, and word when they have.
 */
export function handoffSection(c: StepContext) {
  const { handoff, catalogue: m } = c;
  if (!handoff || !c.forms.connectsByConsent('store')) return nothing;
  const preset = handoffPreset(c.entries.reading);
  if (!preset) return nothing;
  const { status, link } = handoff;
  const expires = link ? new Date(link.expiresAt).toLocaleString() : '';
  return html`<div class="handoff" part="handoff">
    <p class="handoff-intro">${m.handoffIntro}</p>
    ${status === 'sent' || status === 'completed'
      ? html`
          <label part="label" for="f-handoff-link">${m.handoffLink}</label>
          <div class="handoff-row">
            <input part="input" id="f-handoff-link" readonly .value=${link!.url} aria-describedby="f-handoff-note" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
            <button type="button" class="secondary" @click=${() => void navigator.clipboard?.writeText(link!.url)}>${m.handoffCopy}</button>
          </div>
          <p part="hint" class="hint" id="f-handoff-note" role="status">${status === 'completed' ? m.handoffCompleted : m.handoffSent(expires)}</p>`
      : html`<button type="button" class="secondary" ?disabled=${status === 'sending'} @click=${() => void handoff.send(preset)}>${m.sendToMerchant}</button>
          ${status === 'failed' ? html`<p part="error" class="error" role="alert">${m.handoffFailed}</p>` : nothing}`}
  </div>`;
}
