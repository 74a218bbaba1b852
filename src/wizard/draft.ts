import type { StepNumber } from '../events.js';
import { basicInformationSchema, customerSchema, storeNameSchema, type ConnectionRequest } from '../schema/connection.js';
import { toFieldErrors } from '../schema/errors.js';
import { withoutEmpty } from '../schema/text.js';

export interface Merchant {
  id: string | number;
  company_name: string;
  warehouses?: { id: string | number; name: string }[];
  stores?: { id: string | number; name: string; platform: string }[];
}

/** A host's own search of its merchants: the merchants matching `query`, with their warehouses and stores. */
export type MerchantSearch = (query: string, options: { signal: AbortSignal }) => Promise<Merchant[]>;

export const customerFields = ['company_name', 'address1', 'address2', 'address3', 'city', 'state', 'zip', 'country'] as const;
export type CustomerField = (typeof customerFields)[number];

/** Everything the user typed or chose in the wizard's own fields (not in platform forms). */
export interface Draft {
  name: string;
  merchantChoice: 'existing' | 'new';
  merchantId: string;
  customer: Record<CustomerField, string>;
  warehouseId: string;
  warehousePlatform: string;
  storeChoice: 'new' | 'existing';
  storeId: string;
  storeName: string;
  storePlatform: string;
  /**
   * The chosen merchant's record when it came from the host's `searchMerchants` (not from
   * `merchants`): its warehouses and stores come with it. No secrets.
   */
  merchant?: Merchant;
  /**
   * The warehouse is reached by credentials even though the merchant exists (a preset or an
   * edited connection says so).
   */
  newWarehouse?: boolean;
}

export const emptyDraft = (hasMerchants: boolean): Draft => ({
  name: '',
  merchantChoice: hasMerchants ? 'existing' : 'new',
  merchantId: '',
  customer: Object.fromEntries(customerFields.map((f) => [f, ''])) as Record<CustomerField, string>,
  warehouseId: '',
  warehousePlatform: '',
  storeChoice: 'new',
  storeId: '',
  storeName: '',
  storePlatform: '',
});

/** A draft read against the host's merchants: which records the user has chosen, what is missing, the request body. */
export class DraftReading {
  /** `searchable`: the host searches its merchants itself, so "existing" is offered without a list. */
  constructor(readonly draft: Draft, readonly merchants: readonly Merchant[], readonly searchable = false) {}

  get usesExistingMerchant() {
    const { draft } = this;
    return draft.merchantChoice === 'existing' && (this.merchants.length > 0 || this.searchable || draft.merchant !== undefined);
  }

  #merchant?: { found: Merchant | undefined };

  /** The chosen merchant: looked up once per reading (a list may hold thousands). */
  get merchant(): Merchant | undefined {
    this.#merchant ??= { found: this.#findMerchant() };
    return this.#merchant.found;
  }

  #findMerchant(): Merchant | undefined {
    if (!this.usesExistingMerchant) return undefined;
    const id = this.draft.merchantId;
    if (id === '') return undefined;
    return this.merchants.find((m) => String(m.id) === id) ?? (this.draft.merchant && String(this.draft.merchant.id) === id ? this.draft.merchant : undefined);
  }

  get warehouses() {
    return this.merchant?.warehouses ?? [];
  }

  get stores() {
    return this.merchant?.stores ?? [];
  }

  get usesExistingStore() {
    return this.draft.storeChoice === 'existing' && this.stores.length > 0;
  }

  /** The wizard's own field errors of one step; platform forms report their own. */
  errorsOf(step: StepNumber, messages: { chooseMerchant: string; chooseWarehouse: string; chooseStore: string; choosePlatform: string }): Record<string, string> {
    const { draft } = this;
    const errors: Record<string, string> = {};
    const add = (list: { pointer: string; detail: string }[]) => {
      for (const { pointer, detail } of list) errors[pointer] ??= detail;
    };
    if (step === 1) {
      const result = basicInformationSchema.safeParse({ name: draft.name });
      if (!result.success) add(toFieldErrors(result.error));
    } else if (step === 2) {
      if (this.usesExistingMerchant) {
        if (!this.merchant) errors['/customer_id'] = messages.chooseMerchant;
      } else {
        const result = customerSchema.safeParse(withoutEmpty(draft.customer));
        if (!result.success) add(toFieldErrors(result.error, ['customer']));
      }
    } else if (step === 3) {
      if (this.needsWarehouseForm) {
        if (!draft.warehousePlatform) errors['/warehouse/platform'] = messages.choosePlatform;
      } else {
        const chosen = this.warehouses.some((w) => String(w.id) === draft.warehouseId);
        if (this.warehouses.length > 0 && !chosen) errors['/warehouse_id'] = messages.chooseWarehouse;
      }
    } else if (this.usesExistingStore) {
      if (!this.stores.some((s) => String(s.id) === draft.storeId)) errors['/store_id'] = messages.chooseStore;
    } else {
      const name = storeNameSchema.safeParse(draft.storeName);
      if (!name.success) errors['/store/name'] = name.error.issues[0].message;
      if (!draft.storePlatform) errors['/store/platform'] = messages.choosePlatform;
    }
    return errors;
  }

  /** Whether step 3 needs a new warehouse's platform form. */
  get needsWarehouseForm() {
    return Boolean(this.draft.newWarehouse) || !this.usesExistingMerchant;
  }

  /** The request body, before the schema trims it and fills defaults. */
  payload(adapters: { warehouse?: Record<string, unknown>; store?: Record<string, unknown> }): ConnectionRequest {
    const { draft } = this;
    const body: Record<string, unknown> = { name: draft.name };
    const merchant = this.merchant;
    if (merchant) body.customer_id = merchant.id;
    else body.customer = withoutEmpty(draft.customer);
    if (merchant && !draft.newWarehouse) {
      const warehouse = this.warehouses.find((w) => String(w.id) === draft.warehouseId);
      if (warehouse) body.warehouse_id = warehouse.id;
    } else {
      body.warehouse = { platform: draft.warehousePlatform, adapter: adapters.warehouse ?? {} };
    }
    const store = this.usesExistingStore ? this.stores.find((s) => String(s.id) === draft.storeId) : undefined;
    if (store) body.store_id = store.id;
    else body.store = { name: draft.storeName, platform: draft.storePlatform, adapter: adapters.store ?? {} };
    return body as ConnectionRequest;
  }
}
