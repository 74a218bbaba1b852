// Edit mode: the connection a host hands the wizard (never with secrets), and the JSON
// Merge Patch (RFC 7396) of what the user changed, in the create body's shape.
import type { AdapterValue } from '../schema/connection.js';
import { isAdapterValue, isPlainObject, isRecordId, type RecordId } from './preset.js';

/** A connection to edit, as the host has it: no secrets in its adapters. */
export interface EditableConnection {
  id: RecordId;
  name: string;
  customer_id: RecordId;
  /** The merchant's warehouse it uses (or `warehouse`, reached by credentials; or neither: the default). */
  warehouse_id?: RecordId;
  warehouse?: { platform: string; adapter?: Record<string, AdapterValue> };
  store: { id?: RecordId; name: string; platform: string; adapter?: Record<string, AdapterValue> };
}

/** The problem with a `connection`, naming its key, or `undefined` when it can be edited. */
export function connectionProblem(value: unknown): string | undefined {
  if (!isPlainObject(value)) return 'connection: expected an object with id, name, customer_id and store';
  if (!isRecordId(value.id)) return 'connection.id: expected a number or a non-empty string';
  if (typeof value.name !== 'string') return 'connection.name: expected a string';
  if (!isRecordId(value.customer_id)) return 'connection.customer_id: expected a number or a non-empty string';
  if (value.warehouse_id !== undefined && !isRecordId(value.warehouse_id)) return 'connection.warehouse_id: expected a number or a non-empty string';
  const part = (key: 'warehouse' | 'store', needsName: boolean) => {
    const record = value[key];
    if (!isPlainObject(record)) return `connection.${key}: expected an object with ${needsName ? 'name, ' : ''}platform and adapter`;
    if (needsName && typeof record.name !== 'string') return `connection.${key}.name: expected a string`;
    if (typeof record.platform !== 'string' || record.platform === '') return `connection.${key}.platform: expected a platform id`;
    if (record.adapter !== undefined && !(isPlainObject(record.adapter) && Object.values(record.adapter).every(isAdapterValue))) {
      return `connection.${key}.adapter: expected an object of strings, numbers, booleans, nulls or lists of strings`;
    }
    return undefined;
  };
  if (value.warehouse !== undefined) {
    const problem = part('warehouse', false);
    if (problem) return problem;
  }
  return part('store', true);
}

type Body = Record<string, unknown>;

/** The connection as a create body: what the edited values are compared with. */
export function bodyOf(connection: EditableConnection): Body {
  const body: Body = { name: connection.name };
  if (connection.warehouse) body.warehouse = { platform: connection.warehouse.platform, adapter: { ...connection.warehouse.adapter } };
  else if (connection.warehouse_id !== undefined) body.warehouse_id = connection.warehouse_id;
  const { name, platform, adapter } = connection.store;
  body.store = { name, platform, adapter: { ...adapter } };
  return body;
}

/** Equal as the server sees them: an id may come as 4610 from one list and "4610" from another. */
const isId = (v: unknown) => typeof v === 'number' || typeof v === 'string';
const same = (a: unknown, b: unknown) =>
  a === b || (isId(a) && isId(b) && typeof a !== typeof b && String(a) === String(b)) ||
  (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));

/**
 * The merge patch that turns `before` into `after`: only changed values, objects compared
 * key by key. A key `after` lacks is left as it is: secrets left empty were never in
 * `before` and stay as they are on the server; a field the user emptied comes from its form
 * as `null`, which removes it. `undefined` when nothing changed.
 */
export function mergePatch(before: Body, after: Body): Body | undefined {
  // Entries, not assignments: an adapter key `__proto__` stays a key.
  const changed: [string, unknown][] = [];
  for (const [key, value] of Object.entries(after)) {
    const old = Object.hasOwn(before, key) ? before[key] : undefined;
    if (isPlainObject(value) && isPlainObject(old)) {
      const inner = mergePatch(old, value);
      if (inner) changed.push([key, inner]);
    } else if (!same(old, value) && !(value === null && old === undefined)) {
      changed.push([key, value]);
    }
  }
  return changed.length > 0 ? Object.fromEntries(changed) : undefined;
}

/** `{endpoint}/{id}`, the id encoded as one path segment. */
export const connectionUrl = (endpoint: string, id: RecordId) => `${endpoint.replace(/\/+$/, '')}/${encodeURIComponent(String(id))}`;
