// "Send to merchant": for a platform the merchant must approve themselves, a 3PL's wizard
// asks the server handler for a single-use link that carries what the 3PL chose (name,
// merchant, warehouse, platform), shows it to copy, and follows it until the merchant
// has connected. The preset travels server-side; the link holds only a token.
import type { ReactiveController } from 'lit';
import { HandoffCompleteEvent, HandoffEvent, type HandoffDetail } from '../events.js';
import { readJsonBody } from '../wizard/answers.js';
import type { DraftReading } from '../wizard/draft.js';
import { postJson } from '../wizard/post-json.js';
import type { Preset } from '../wizard/preset.js';
import type { WizardHost } from './host.js';

export type HandoffStatus = 'idle' | 'sending' | 'sent' | 'completed' | 'failed';

const pollMs = 3000;

/** What the 3PL fixed so far, as a preset; `undefined` when a new warehouse's credentials would have to travel with it. */
export function handoffPreset(reading: DraftReading): Preset | undefined {
  const { draft } = reading;
  if (reading.needsWarehouseForm || reading.usesExistingStore || !draft.storePlatform) return undefined;
  const body = reading.payload({});
  const store = { platform: draft.storePlatform, ...(draft.storeName.trim() && { name: draft.storeName.trim() }) };
  return { name: body.name.trim(), ...(body.customer_id !== undefined ? { customer_id: body.customer_id } : { customer: body.customer }), ...(body.warehouse_id !== undefined && { warehouse_id: body.warehouse_id }), store } as Preset;
}

export class HandoffController implements ReactiveController {
  status: HandoffStatus = 'idle';
  link?: HandoffDetail;
  connectionId?: string | number;
  #controller?: AbortController;
  #poll?: ReturnType<typeof setInterval>;
  readonly #host: WizardHost;

  constructor(host: WizardHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected() {
    this.clear();
  }

  async send(preset: Preset) {
    this.clear();
    const controller = new AbortController();
    this.#controller = controller;
    this.#set('sending');
    const { endpoint, headers, credentials, timeout } = this.#host;
    try {
      const response = await postJson(`${endpoint.replace(/\/+$/, '')}/handoffs`, JSON.stringify({ preset }), { headers, credentials, timeout, signal: controller.signal });
      const body = (await readJsonBody(response)) as { id?: unknown; url?: unknown; expires_at?: unknown } | undefined;
      if (controller.signal.aborted) return;
      if (!response.ok || typeof body?.id !== 'string' || typeof body.url !== 'string' || typeof body.expires_at !== 'string') return this.#set('failed');
      this.link = { id: body.id, url: body.url, expiresAt: body.expires_at };
      this.#set('sent');
      this.#host.dispatchEvent(new HandoffEvent(this.link));
      this.#poll = setInterval(() => void this.#check(controller.signal), pollMs);
    } catch {
      if (!controller.signal.aborted) this.#set('failed');
    }
  }

  /** Asks whether the merchant has connected; the link's expiry ends the asking. */
  async #check(signal: AbortSignal) {
    const link = this.link;
    if (!link) return;
    if (Date.parse(link.expiresAt) < Date.now()) return this.#stopPolling();
    try {
      const response = await fetch(`${this.#host.endpoint.replace(/\/+$/, '')}/handoffs/${encodeURIComponent(link.id)}`, {
        headers: { ...this.#host.headers, Accept: 'application/json' }, credentials: this.#host.credentials, redirect: 'error', signal,
      });
      const body = (await readJsonBody(response)) as { status?: unknown; connection_id?: unknown } | undefined;
      if (signal.aborted || body?.status !== 'completed') return;
      const id = body.connection_id;
      if (typeof id !== 'string' && typeof id !== 'number') return;
      this.#stopPolling();
      this.connectionId = id;
      this.#set('completed');
      this.#host.dispatchEvent(new HandoffCompleteEvent({ id: link.id, connectionId: id }));
    } catch {
      // Asked again at the next poll.
    }
  }

  /** Forgets the link (the wizard was reset, or left the page). */
  clear() {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#stopPolling();
    this.link = undefined;
    this.connectionId = undefined;
    this.status = 'idle';
  }

  #stopPolling() {
    clearInterval(this.#poll);
    this.#poll = undefined;
  }

  #set(status: HandoffStatus) {
    this.status = status;
    this.#host.requestUpdate();
  }
}
