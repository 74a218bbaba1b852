import type { ReactiveControllerHost } from 'lit';
import type { Merchant } from '../wizard/draft.js';

/** "Filter merchants": what was typed, and the merchants it leaves, computed when either changes. */
export class MerchantFilter {
  #query = '';
  #cached?: { query: string; merchants: readonly Merchant[]; shown: readonly Merchant[] };

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  get text() {
    return this.#query;
  }

  set text(value: string) {
    this.#query = value;
    this.#host.requestUpdate();
  }

  shown(merchants: readonly Merchant[]): readonly Merchant[] {
    const cached = this.#cached;
    if (cached && cached.query === this.#query && cached.merchants === merchants) return cached.shown;
    const needle = this.#query.trim().toLowerCase();
    const shown = needle ? merchants.filter((m) => m.company_name.toLowerCase().includes(needle)) : merchants;
    this.#cached = { query: this.#query, merchants, shown };
    return shown;
  }

  clear() {
    this.#query = '';
  }
}
