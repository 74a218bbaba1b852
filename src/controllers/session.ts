// A merchant's page opened from a hand-off link ("Send to merchant"): `session` holds the
// link's token. The wizard fetches the preset the 3PL fixed from the server handler, runs
// as if the host had set that preset, and creates through the link, where the handler
// enforces the preset whatever the request says.
import type { ReactiveController } from 'lit';
import type { Preset } from '../wizard/preset.js';
import { readJsonBody } from '../wizard/answers.js';
import type { WizardHost } from './host.js';

export type SessionStatus = 'none' | 'loading' | 'ready' | 'invalid' | 'used' | 'failed';

/** `{endpoint}/sessions/{token}`: where the preset is read and the connection created. */
export const sessionUrl = (endpoint: string, token: string) => `${endpoint.replace(/\/+$/, '')}/sessions/${encodeURIComponent(token)}`;

export class SessionController implements ReactiveController {
  status: SessionStatus = 'none';
  preset?: Preset;
  #token = '';
  #controller?: AbortController;
  readonly #host: WizardHost;

  constructor(host: WizardHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Where this page creates: through the link when there is one. */
  createUrl(endpoint: string): string {
    return this.#token && this.status === 'ready' ? sessionUrl(endpoint, this.#token) : endpoint;
  }

  hostUpdate() {
    const token = this.#host.session ?? '';
    if (token === this.#token) return;
    this.#token = token;
    this.#controller?.abort();
    this.preset = undefined;
    this.status = token ? 'loading' : 'none';
    if (token) void this.#load(token);
  }

  hostDisconnected() {
    this.#controller?.abort();
    this.#controller = undefined;
    // Read again when the element is back.
    this.#token = '';
  }

  async #load(token: string) {
    const controller = new AbortController();
    this.#controller = controller;
    const { endpoint, credentials, timeout } = this.#host;
    try {
      const response = await fetch(sessionUrl(endpoint, token), {
        headers: { Accept: 'application/json' }, credentials, redirect: 'error',
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(timeout)]),
      });
      const body = (await readJsonBody(response)) as { preset?: Preset } | undefined;
      if (controller.signal.aborted) return;
      if (response.ok && body && typeof body.preset === 'object' && body.preset !== null) {
        this.preset = body.preset;
        this.status = 'ready';
      } else {
        this.status = response.status === 410 ? 'used' : response.status === 404 ? 'invalid' : 'failed';
      }
    } catch {
      if (controller.signal.aborted) return;
      this.status = 'failed';
    }
    this.#host.requestUpdate();
  }

  /** Try again after a failure to read the link. */
  retry() {
    this.#token = '';
    this.#host.requestUpdate();
  }
}
