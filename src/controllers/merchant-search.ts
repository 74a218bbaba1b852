import type { ReactiveController } from 'lit';
import type { Merchant } from '../wizard/draft.js';
import { checkMerchants } from '../wizard/host-config.js';
import type { WizardHost } from './host.js';

/** Milliseconds of quiet typing before the host's search runs. */
const DEBOUNCE = 250;

/**
 * The host's own merchant search (`searchMerchants`): debounced, the previous search
 * aborted on each keystroke, its answer checked like `merchants`; loading, failed and
 * done states for the chooser to show and announce. A failed search keeps the query, to
 * try again.
 */
export class MerchantSearchController implements ReactiveController {
  status: 'idle' | 'loading' | 'failed' | 'done' = 'idle';
  results: Merchant[] = [];
  #query = '';
  #timer?: ReturnType<typeof setTimeout>;
  #inFlight?: AbortController;
  readonly #host: WizardHost;

  constructor(host: WizardHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected() {
    this.#stop();
  }

  /** Whether the host searches its merchants itself. */
  get enabled() {
    return typeof this.#host.searchMerchants === 'function';
  }

  /** The user typed: search once they pause. */
  onQuery = (query: string) => {
    this.#query = query;
    this.#stop();
    // The last query's results go: Enter must not choose what no longer matches.
    this.results = [];
    if (query.trim() === '') {
      this.#set('idle');
      return;
    }
    this.#set('loading');
    this.#timer = setTimeout(() => void this.#run(), DEBOUNCE);
  };

  /** Tries the last query again, now. */
  retry = () => {
    this.#stop();
    this.results = [];
    this.#set('loading');
    void this.#run();
  };

  /** A merchant among the last results, by id. */
  find(id: string): Merchant | undefined {
    return this.results.find((m) => String(m.id) === id);
  }

  reset() {
    this.#stop();
    this.#query = '';
    this.results = [];
    this.status = 'idle';
  }

  async #run() {
    const search = this.#host.searchMerchants;
    if (typeof search !== 'function') return;
    const controller = new AbortController();
    this.#inFlight = controller;
    try {
      const answer = await search(this.#query, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const { value, problems } = checkMerchants(answer);
      if (problems.length > 0) console.error(`add-connection-wizard: searchMerchants answered ${problems.join('; ')}.`);
      this.results = value;
      this.#set('done');
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error('add-connection-wizard: searchMerchants failed.', error);
      this.#set('failed');
    } finally {
      if (this.#inFlight === controller) this.#inFlight = undefined;
    }
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  #set(status: MerchantSearchController['status']) {
    this.status = status;
    this.#host.requestUpdate();
  }
}
