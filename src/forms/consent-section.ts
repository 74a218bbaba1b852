// "Connect with {label}" and what follows it: one status line, announced as it changes,
// and in each state a way on. Rendered by the definition form under the fields a platform
// asks before consent.
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../internal/messages.js';
import type { ConsentStatus } from '../platform/consent-flow.js';

export interface ConsentView {
  /** The button's id: the grant field's name, so that the error summary's link lands on it. */
  id: string;
  label: string;
  status: ConsentStatus;
  account?: string;
  error?: string;
  editing: boolean;
  disabled: boolean;
  messages: Messages;
  onConnect(): void;
  onOpenAgain(): void;
  onRedirect(): void;
  onUseAnother(): void;
}

export function renderConsent(v: ConsentView): TemplateResult {
  const t = v.messages.consent;
  const line: Partial<Record<ConsentStatus, string>> = {
    waiting: t.waiting(v.label),
    blocked: t.blocked,
    connected: t.connected(v.label, v.account),
    closed: t.closed(v.label),
    denied: t.denied(v.label),
    timeout: t.timeout(v.label),
    failed: t.failed(v.label),
  };
  const statusId = `${v.id}-status`;
  const errorId = `${v.id}-error`;
  const text = line[v.status];
  const button = (label: string, kind: string, onClick: () => void, id?: string) => html`<button
    type="button"
    class=${kind}
    id=${id ?? nothing}
    ?disabled=${v.disabled}
    aria-describedby=${id ? [text ? statusId : '', v.error ? errorId : ''].join(' ').trim() || nothing : nothing}
    @click=${onClick}
  >${label}</button>`;
  const connect = v.editing ? t.reconnect(v.label) : t.connect(v.label);
  const actions =
    v.status === 'connected' ? button(t.useAnother, 'secondary', v.onUseAnother, v.id)
    : v.status === 'blocked' ? html`${button(t.openSignIn, 'primary', v.onOpenAgain, v.id)} ${button(t.signInHere, 'secondary', v.onRedirect)}`
    : v.status === 'waiting' ? button(t.openSignIn, 'secondary', v.onConnect, v.id)
    : html`${button(v.status === 'idle' ? connect : v.messages.retry, 'primary', v.onConnect, v.id)}`;
  return html`<div part="consent" class="consent ${v.status}" data-status=${v.status}>
    <div class="consent-status" role="status" id=${statusId}>${text ?? nothing}</div>
    <div class="consent-actions">${actions}</div>
    ${v.error && v.status !== 'connected' ? html`<div part="error" class="error" id=${errorId}>${v.error}</div>` : nothing}
  </div>`;
}
