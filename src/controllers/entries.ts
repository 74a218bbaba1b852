import type { ReactiveController } from 'lit';
import type { PlatformKind } from '../platform/wizard-context.js';
import { DraftReading, emptyDraft, type Draft, type Merchant } from '../wizard/draft.js';
import { Scenario } from '../wizard/scenario.js';
import type { ConfigController } from './config.js';
import type { WizardHost } from './host.js';

/**
 * What the user typed and chose in the wizard's own fields (platform forms keep their
 * own), and its reading against the host's merchants.
 */
export class EntriesController implements ReactiveController {
  /** The values; replaced, never mutated, so that a change is an identity change. */
  draft: Draft = emptyDraft(false);
  /** Creating or editing, with or without a preset (set by the scenario controller). */
  scenario = new Scenario();
  /** What the draft started as: "started" means changed from it. */
  #start: Draft = this.draft;
  /** A stored draft was put back since the last reset. */
  restored = false;
  #cachedReading?: DraftReading;
  #seenMerchants?: readonly unknown[];
  #seenSearchable?: boolean;
  /** The user picked "existing" or "new" merchant themselves: merchants arriving late do not overrule it. */
  #merchantChoiceMade = false;

  readonly #host: WizardHost;
  readonly #config: ConfigController;

  constructor(host: WizardHost, config: ConfigController) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostConnected() {
    if (!this.#host.hasUpdated) this.draft = this.#start = emptyDraft(this.#hasExisting);
  }

  hostUpdate() {
    // Merchants that arrive late (fetched, or a search set later) make "existing" the
    // default, unless the user chose or started a new merchant already.
    const { merchants } = this.#config;
    const searchable = this.#searchable;
    if (merchants === this.#seenMerchants && searchable === this.#seenSearchable) return;
    this.#seenMerchants = merchants;
    this.#seenSearchable = searchable;
    const newMerchantStarted = Object.values(this.draft.customer).some((v) => v !== '');
    if (this.#hasExisting && !this.#merchantChoiceMade && this.draft.merchantChoice === 'new' && !newMerchantStarted) {
      this.draft = this.#fix({ ...this.draft, merchantChoice: 'existing' });
    }
  }

  /** The draft read against the merchants: chosen records, missing values, the request body. */
  get reading(): DraftReading {
    const cached = this.#cachedReading;
    const searchable = this.#searchable;
    if (cached && cached.draft === this.draft && cached.merchants === this.#config.merchants && cached.searchable === searchable) return cached;
    return (this.#cachedReading = new DraftReading(this.draft, this.#config.merchants, searchable));
  }

  get #searchable() {
    return typeof this.#host.searchMerchants === 'function';
  }

  /** Whether "Use existing merchant" is offered: merchants were given, or can be searched. */
  get #hasExisting() {
    return this.#config.merchants.length > 0 || this.#searchable;
  }

  patch(patch: Partial<Draft>) {
    this.draft = this.#fix({ ...this.draft, ...patch });
    this.#host.requestUpdate();
  }

  /** What the scenario fixes (a preset, the connection being edited) stays whatever else changes. */
  #fix(draft: Draft): Draft {
    return this.scenario.fix(draft, this.#config.merchants);
  }

  /** Puts back what the scenario fixes over the current values (after a restored draft). */
  refix() {
    this.draft = this.#fix(this.draft);
    this.#start = this.scenario.start(emptyDraft(this.#hasExisting), this.#config.merchants);
    this.#host.requestUpdate();
  }

  chooseMerchantKind(choice: Draft['merchantChoice']) {
    this.#merchantChoiceMade = true;
    this.patch({ merchantChoice: choice });
  }

  /**
   * Chooses a merchant, from `merchants` or (with its record) from a search's results; its
   * first (or only) warehouse is preselected: nothing else to choose for most.
   */
  chooseMerchant(merchantId: string, searched?: Merchant) {
    const listed = this.#config.merchants.find((m) => String(m.id) === merchantId);
    const merchant = listed ?? searched;
    const warehouses = merchant?.warehouses ?? [];
    const stores = merchant?.stores ?? [];
    const keepWarehouse = warehouses.some((w) => String(w.id) === this.draft.warehouseId);
    const keepStore = stores.some((s) => String(s.id) === this.draft.storeId);
    this.patch({
      merchantId,
      warehouseId: keepWarehouse ? this.draft.warehouseId : warehouses[0] ? String(warehouses[0].id) : '',
      storeId: keepStore ? this.draft.storeId : '',
      merchant: listed ? undefined : searched,
    });
  }

  platformOf(kind: PlatformKind) {
    return kind === 'store' ? this.draft.storePlatform : this.draft.warehousePlatform;
  }

  choosePlatform(kind: PlatformKind, platform: string) {
    this.patch(kind === 'store' ? { storePlatform: platform } : { warehousePlatform: platform });
  }

  /** Whether anything was typed in the wizard's own text fields. */
  get hasInput() {
    const d = this.draft;
    const start = this.#start;
    return d.name !== start.name || d.storeName !== start.storeName || Object.entries(d.customer).some(([k, v]) => v !== start.customer[k as keyof Draft['customer']]);
  }

  /** Puts back values kept in a stored draft. */
  restore(saved: Draft) {
    this.draft = this.#fix({ ...this.draft, ...saved, customer: { ...this.draft.customer, ...saved.customer } });
    this.restored = true;
    this.#host.requestUpdate();
  }

  reset() {
    this.draft = this.#start = this.scenario.start(emptyDraft(this.#hasExisting), this.#config.merchants);
    this.restored = false;
    this.#merchantChoiceMade = false;
    this.#host.requestUpdate();
  }
}
