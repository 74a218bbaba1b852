// What the wizard is doing: creating a connection (maybe with part of it preset by the
// host) or editing one. It decides which steps show, which values are fixed and shown
// read-only, what a fresh draft starts with, what platform forms are filled with, and what
// the request body is. DOM-free, so every rule here is tested in Node.
import type { StepNumber } from '../events.js';
import type { AdapterValue } from '../schema/connection.js';
import type { PlatformKind } from '../platform/wizard-context.js';
import type { Draft, DraftReading, Merchant } from './draft.js';
import { bodyOf, mergePatch, type EditableConnection } from './editing.js';
import { applyPreset, type Preset } from './preset.js';

export type Mode = 'create' | 'edit';
export const editSteps = { basic: 1, warehouse: 3, store: 4 } as const;
export type EditStep = keyof typeof editSteps;

const allSteps: StepNumber[] = [1, 2, 3, 4];

export class Scenario {
  /**
   * `connection` only in edit mode, `preset` only when creating; a wizard in edit mode
   * without a usable connection edits nothing (see `unusable`).
   */
  constructor(
    readonly mode: Mode = 'create',
    readonly preset?: Preset,
    readonly connection?: EditableConnection,
    readonly editStep?: string,
  ) {}

  /** Edit mode without a connection that can be edited: the wizard says so instead of creating one. */
  get unusable() {
    return this.mode === 'edit' && !this.connection;
  }

  /** The steps shown, in order. */
  visibleSteps(reading: DraftReading): StepNumber[] {
    const c = this.connection;
    if (c) return c.warehouse || (c.warehouse_id !== undefined && reading.warehouses.length > 0) ? [1, 3, 4] : [1, 4];
    if (!this.preset) return allSteps;
    const shown = allSteps.filter((step) => !this.covers(step, reading));
    // Everything preset: the last step stays, to show what will be sent and to send it.
    return shown.length > 0 ? shown : [4];
  }

  /**
   * Whether the preset leaves nothing to ask on a step. Credentials count only by id (an
   * existing warehouse or store): a preset adapter may hold some of a form's values but
   * cannot be known to hold them all, so its form still shows, those values read-only.
   */
  covers(step: StepNumber, reading: DraftReading): boolean {
    const p = this.preset;
    if (!p) return false;
    switch (step) {
      case 1: return p.name !== undefined;
      case 2: return p.customer_id !== undefined || Boolean(p.customer?.company_name);
      // Nothing to choose either with a preset merchant that has no warehouses listed.
      case 3: return p.warehouse_id !== undefined || (!p.warehouse && p.customer_id !== undefined && reading.warehouses.length === 0);
      default: return p.store_id !== undefined;
    }
  }

  /** The step the wizard opens on. */
  firstStep(reading: DraftReading): StepNumber {
    const visible = this.visibleSteps(reading);
    if (!this.connection) return visible[0];
    const wanted = Object.hasOwn(editSteps, this.editStep ?? '') ? editSteps[this.editStep as EditStep] : 4;
    return visible.includes(wanted) ? wanted : 4;
  }

  /** Whether one of the wizard's own fields (by pointer) shows its value read-only. */
  isReadOnly(pointer: string): boolean {
    if (this.connection) return pointer === '/store/platform' || pointer === '/warehouse/platform';
    const p = this.preset;
    if (!p) return false;
    if (pointer.startsWith('/customer/')) return p.customer?.[pointer.slice(10) as keyof Preset['customer']] !== undefined;
    if (pointer === '/warehouse/platform') return Boolean(p.warehouse?.platform);
    if (pointer === '/store/name') return p.store?.name !== undefined;
    if (pointer === '/store/platform') return Boolean(p.store?.platform);
    return false;
  }

  /** Existing or new merchant is not for the user to choose (a preset new merchant). */
  get fixesMerchantKind() {
    return Boolean(this.connection || this.preset?.customer);
  }

  /** Existing or new store is not for the user to choose (edit mode, a preset new store). */
  get fixesStoreKind() {
    return Boolean(this.connection || this.preset?.store);
  }

  /** The values a fresh draft starts with: the fixed ones and, in edit mode, the connection's. */
  start(draft: Draft, merchants: readonly Merchant[]): Draft {
    const c = this.connection;
    const fixed = this.fix(draft, merchants);
    if (!c) return fixed;
    return { ...fixed, name: c.name, warehouseId: c.warehouse_id !== undefined ? String(c.warehouse_id) : '', storeName: c.store.name };
  }

  /** A draft (a restored one too) with the values the scenario fixes put back. */
  fix(draft: Draft, merchants: readonly Merchant[]): Draft {
    const c = this.connection;
    const p = this.preset;
    if (c) {
      return {
        ...draft,
        ...this.#merchant(c.customer_id, merchants),
        newWarehouse: Boolean(c.warehouse),
        warehousePlatform: c.warehouse?.platform ?? '',
        storeChoice: 'new',
        storeId: '',
        storePlatform: c.store.platform,
      };
    }
    if (!p) return draft;
    const out: Draft = { ...draft };
    if (p.name !== undefined) out.name = p.name;
    if (p.customer_id !== undefined) Object.assign(out, this.#merchant(p.customer_id, merchants));
    else if (p.customer) Object.assign(out, { merchantChoice: 'new', customer: { ...draft.customer, ...p.customer } });
    if (p.warehouse_id !== undefined) out.warehouseId = String(p.warehouse_id);
    else if (p.warehouse) Object.assign(out, { newWarehouse: true, warehousePlatform: p.warehouse.platform ?? draft.warehousePlatform });
    if (p.store_id !== undefined) Object.assign(out, { storeChoice: 'existing', storeId: String(p.store_id) });
    else if (p.store) Object.assign(out, { storeChoice: 'new', storeName: p.store.name ?? draft.storeName, storePlatform: p.store.platform ?? draft.storePlatform });
    return out;
  }

  /** An existing merchant by id: from `merchants` when listed, else a record of its id alone (the host knows its ids). */
  #merchant(id: string | number, merchants: readonly Merchant[]): Partial<Draft> {
    const listed = merchants.some((m) => String(m.id) === String(id));
    return { merchantChoice: 'existing', merchantId: String(id), merchant: listed ? undefined : { id, company_name: '' } };
  }

  /** A platform form's starting values, and whether they are read-only (preset) or editable (the connection's). */
  prefill(kind: PlatformKind, platform: string): { values: Record<string, AdapterValue>; readOnly: boolean } | undefined {
    const part = this.connection ? this.connection[kind] : this.preset?.[kind];
    if (!part?.adapter || (part.platform !== undefined && part.platform !== platform)) return undefined;
    return { values: part.adapter, readOnly: !this.connection };
  }

  /**
   * The request body: when creating, the steps' body with the preset merged in; when
   * editing, the merge patch of what changed (`undefined` when nothing did).
   */
  body(
    reading: DraftReading,
    adapters: Partial<Record<PlatformKind, Record<string, unknown>>>,
    changed: Partial<Record<PlatformKind, readonly string[]>> = {},
  ): Record<string, unknown> | undefined {
    const c = this.connection;
    if (!c) return applyPreset(reading.payload(adapters) as unknown as Record<string, unknown>, this.preset);
    // Only what the user changed in a form that can tell (see `PlatformForm.changedFields`).
    const only = (kind: PlatformKind) => {
      const adapter = adapters[kind] ?? {};
      const names = changed[kind];
      return names ? Object.fromEntries(Object.entries(adapter).filter(([key]) => names.includes(key))) : adapter;
    };
    const d = reading.draft;
    const after: Record<string, unknown> = { name: d.name.trim() };
    if (c.warehouse) after.warehouse = { platform: c.warehouse.platform, adapter: only('warehouse') };
    else {
      const warehouse = reading.warehouses.find((w) => String(w.id) === d.warehouseId);
      if (warehouse) after.warehouse_id = warehouse.id;
    }
    after.store = { name: d.storeName.trim(), platform: c.store.platform, adapter: only('store') };
    return mergePatch(bodyOf(c), after);
  }
}
