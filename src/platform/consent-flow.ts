// One consent platform's "Connect with …", with a lifecycle: the popup opened in the
// click, and three ways for the outcome to come back, whichever arrives first: the
// callback page's postMessage, its BroadcastChannel, and asking the server for the
// outcome of our state. The last one is what makes it work when a Cross-Origin-Opener-
// Policy cut the opener: then no message arrives and `popup.closed` says true at once.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentAuth } from '../schema/platform-definition.js';
import {
  acceptConsentMessage,
  consentOutcomeUrl,
  consentStartUrl,
  newConsentState,
  popupFeatures,
  readConsentResult,
  type ConsentResult,
} from '../wizard/consent.js';

export type ConsentStatus = 'idle' | 'waiting' | 'blocked' | 'connected' | 'closed' | 'denied' | 'timeout' | 'failed';

export interface ConsentSetup {
  auth: ConsentAuth;
  platform: string;
  endpoint: string;
  params: Record<string, string>;
}

const channelName = 'add-connection-wizard-consent';
const pollMs = 1500;
const closedCheckMs = 500;
const pendingKey = (platform: string) => `add-connection-wizard:consent:${platform}`;

export class ConsentFlow implements ReactiveController {
  status: ConsentStatus = 'idle';
  grantId?: string;
  account?: string;
  #state?: string;
  #setup?: ConsentSetup;
  #popup?: Window | null;
  #stop?: () => void;
  readonly #host: ReactiveControllerHost;
  readonly #onChange: () => void;

  /** `onChange` runs whenever the status (and with it, maybe, the grant) changed. */
  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostDisconnected() {
    this.#stopWaiting();
  }

  /** Opens the sign-in popup: call it in the click itself, or a popup blocker stops it. */
  connect(setup: ConsentSetup) {
    this.#stopWaiting();
    this.#setup = setup;
    this.#state = newConsentState();
    const url = consentStartUrl(setup.auth, { ...setup, state: this.#state, origin: location.origin }, location.href);
    const popup = window.open(url, 'add-connection-wizard-consent', popupFeatures({ width: screen.availWidth, height: screen.availHeight, left: window.screenX, top: window.screenY }));
    this.#popup = popup;
    // No window, or one closed at once: a blocker stopped it. (A COOP cut looks the same;
    // the server check below still completes the connect if the popup did open.)
    this.#set(popup && !popup.closed ? 'waiting' : 'blocked');
    this.#listen();
  }

  /** The popup was blocked: open the same attempt's page again, in this new click. */
  openAgain() {
    if (!this.#setup) return;
    this.connect(this.#setup);
  }

  /** A full-page redirect instead of a popup (blocked, or a phone's in-app browser); the draft keeps the rest. */
  redirect(setup: ConsentSetup) {
    this.#stopWaiting();
    const state = newConsentState();
    sessionStorage.setItem(pendingKey(setup.platform), state);
    const here = new URL(location.href);
    here.hash = '';
    location.assign(consentStartUrl(setup.auth, { ...setup, state, origin: location.origin, returnTo: here.href }, location.href));
  }

  /**
   * Back from a redirect: the address holds `#acw-consent=STATE` of the attempt this tab
   * started. It is removed from the address (and history) at once; the server says what came of it.
   */
  resume(setup: ConsentSetup) {
    const match = /(?:^#|&)acw-consent=([0-9a-f]{64})(?:&|$)/.exec(location.hash);
    const ours = sessionStorage.getItem(pendingKey(setup.platform));
    if (!match || match[1] !== ours) return;
    sessionStorage.removeItem(pendingKey(setup.platform));
    history.replaceState(history.state, '', location.pathname + location.search);
    this.#setup = setup;
    this.#state = ours;
    this.#popup = undefined;
    this.#set('waiting');
    this.#listen();
  }

  /** Forgets the grant ("Use another account", a reset). */
  clear() {
    this.#stopWaiting();
    this.grantId = undefined;
    this.account = undefined;
    this.#set('idle');
  }

  #listen() {
    const setup = this.#setup!;
    const state = this.#state!;
    const origin = new URL(consentStartUrl(setup.auth, { ...setup, state, origin: location.origin }, location.href)).origin;
    const onMessage = (event: MessageEvent) => {
      const result = acceptConsentMessage(event, origin, state);
      if (result) this.#settle(result);
    };
    window.addEventListener('message', onMessage);
    let channel: BroadcastChannel | undefined;
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(channelName);
      // Same origin only, by the platform's rules; the state still has to be ours.
      channel.onmessage = (event) => onMessage(new MessageEvent('message', { data: event.data, origin: location.origin === origin ? origin : '' }));
    }
    const controller = new AbortController();
    const poll = setInterval(() => void this.#ask(controller.signal), pollMs);
    const closedCheck = setInterval(() => {
      // A closed popup may be a COOP cut: say so, and keep asking the server until the timeout.
      if (this.status === 'waiting' && this.#popup?.closed) this.#set('closed');
    }, closedCheckMs);
    const timeout = setTimeout(() => this.#settleTimeout(), (setup.auth.timeout ?? 300) * 1000);
    void this.#ask(controller.signal);
    this.#stop = () => {
      window.removeEventListener('message', onMessage);
      channel?.close();
      controller.abort();
      clearInterval(poll);
      clearInterval(closedCheck);
      clearTimeout(timeout);
    };
  }

  async #ask(signal: AbortSignal) {
    const setup = this.#setup;
    const state = this.#state;
    if (!setup || !state) return;
    try {
      const response = await fetch(consentOutcomeUrl(setup.auth, setup.endpoint, setup.platform, state, location.href), {
        headers: { Accept: 'application/json' }, credentials: 'same-origin', redirect: 'error', signal,
      });
      if (signal.aborted || state !== this.#state) return;
      const result = response.ok ? readConsentResult(await response.json()) : undefined;
      if (result && result.status !== 'pending') this.#settle(result);
    } catch {
      // Asked again at the next poll; the timeout ends the wait.
    }
  }

  #settle(result: Exclude<ConsentResult, { status: 'pending' }>) {
    this.#stopWaiting();
    try {
      this.#popup?.close();
    } catch {
      // A popup whose opener was cut cannot be closed from here; it closes itself.
    }
    if (result.status === 'connected') {
      this.grantId = result.grantId;
      this.account = result.account;
    }
    this.#set(result.status);
  }

  #settleTimeout() {
    this.#stopWaiting();
    this.#set('timeout');
  }

  #stopWaiting() {
    this.#stop?.();
    this.#stop = undefined;
  }

  #set(status: ConsentStatus) {
    this.status = status;
    this.#onChange();
    this.#host.requestUpdate();
  }
}
