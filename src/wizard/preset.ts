// A preset: the part of the create body a host fixes, so that a merchant-facing page asks
// only for what the merchant alone knows. Checked when set (a wrong preset is refused
// whole, naming the key, and the wizard runs its full flow), and merged into the body the
// user's steps build, so the request is exactly the one a person going through all four
// steps would have sent.
import { connectionNameSchema, customerSchema, storeNameSchema, type AdapterValue } from '../schema/connection.js';
import { customerFields, type CustomerField } from './draft.js';

export type RecordId = string | number;

/** Part of the create body (see `ConnectionRequest`) that the host fixes. */
export interface Preset {
  name?: string;
  customer_id?: RecordId;
  customer?: Partial<Record<CustomerField, string>>;
  warehouse_id?: RecordId;
  warehouse?: { platform?: string; adapter?: Record<string, AdapterValue> };
  store_id?: RecordId;
  store?: { name?: string; platform?: string; adapter?: Record<string, AdapterValue> };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
};

export const isRecordId = (value: unknown): value is RecordId =>
  (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));

/** A flat adapter value, or a list of strings (a multiselect sent as an array). */
export const isAdapterValue = (value: unknown): value is AdapterValue =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

const platformPattern = /^[a-z0-9][a-z0-9_-]*$/;

/** What is wrong with one value of a preset (by its dotted key), or `undefined`. */
type Check = (value: unknown) => string | undefined;
/** A preset value is checked by the rule its field has: a value the user could not correct must be right. */
const rule = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }): Check => (v) => {
  const result = schema.safeParse(v);
  return result.success ? undefined : `expected a string the create request accepts: ${result.error?.issues[0]?.message ?? 'invalid'}`;
};
const id: Check = (v) => (isRecordId(v) ? undefined : 'expected a number or a non-empty string');
const platform: Check = (v) => (typeof v === 'string' && platformPattern.test(v) ? undefined : 'expected a platform id (lower-case letters, digits, “_” or “-”)');
const adapter: Check = (v) =>
  isPlainObject(v) && Object.values(v).every(isAdapterValue) ? undefined : 'expected an object of strings, numbers, booleans, nulls or lists of strings';

const shapes: Record<string, Check | Record<string, Check>> = {
  name: rule(connectionNameSchema),
  customer_id: id,
  customer: Object.fromEntries(customerFields.map((f) => [f, rule(customerSchema.shape[f])])),
  warehouse_id: id,
  warehouse: { platform, adapter },
  store_id: id,
  store: { name: rule(storeNameSchema), platform, adapter },
};

/**
 * The problem with a preset, naming its key (`preset.store.plaform: unknown key`), or
 * `undefined` when it can be used. Ids the wizard was not given, or a preset that fixes both
 * an existing record and a new one, are allowed: the host knows its ids (an id wins).
 */
export function presetProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'preset: expected an object (part of the create body)';
  for (const [key, item] of Object.entries(value)) {
    const shape = Object.hasOwn(shapes, key) ? shapes[key] : undefined;
    if (!shape) return `preset.${key}: unknown key`;
    if (typeof shape === 'function') {
      const problem = shape(item);
      if (problem) return `preset.${key}: ${problem}`;
      continue;
    }
    if (!isPlainObject(item)) return `preset.${key}: expected an object`;
    for (const [inner, innerValue] of Object.entries(item)) {
      const check = Object.hasOwn(shape, inner) ? shape[inner] : undefined;
      if (!check) return `preset.${key}.${inner}: unknown key`;
      const problem = check(innerValue);
      if (problem) return `preset.${key}.${inner}: ${problem}`;
    }
  }
  return undefined;
}

type Body = Record<string, unknown>;
const objectOr = (value: unknown): Body => (isPlainObject(value) ? value : {});

/**
 * The create body with the preset merged in: a preset id replaces the new record the steps
 * built (and a preset record the id), preset values win over typed ones, adapters merge
 * key by key.
 */
export function applyPreset<T extends Body>(body: T, preset: Preset | undefined): T {
  if (!preset) return body;
  const out: Body = { ...body };
  if (preset.name !== undefined) out.name = preset.name;
  for (const [idKey, recordKey] of [['customer_id', 'customer'], ['warehouse_id', 'warehouse'], ['store_id', 'store']] as const) {
    const presetId = preset[idKey];
    const presetRecord = preset[recordKey] as Body | undefined;
    if (presetId !== undefined) {
      delete out[recordKey];
      out[idKey] = presetId;
    } else if (presetRecord) {
      delete out[idKey];
      const typed = objectOr(out[recordKey]);
      const merged: Body = { ...typed, ...presetRecord };
      if (presetRecord.adapter || typed.adapter) merged.adapter = { ...objectOr(typed.adapter), ...objectOr(presetRecord.adapter) };
      out[recordKey] = merged;
    }
  }
  return out as T;
}
