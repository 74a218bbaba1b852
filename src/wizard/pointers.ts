// The one place that builds and reads JSON Pointers (RFC 6901) into the request body:
// field errors from the schemas, the server and Test connection are all addressed by them,
// and the wizard's field ids, screen order and steps are derived from them here.
import type { StepNumber } from '../events.js';
import { byFieldName, toPointer, type FieldError } from '../schema/errors.js';
import type { PlatformKind } from '../platform/wizard-context.js';
import { customerFields } from './draft.js';

/** Field errors keyed by JSON Pointer into the request body. */
export type Errors = Record<string, string>;

/** `/store/platform` or `/warehouse/platform`. */
export const platformPointer = (kind: PlatformKind) => `/${kind}/platform`;

/** A platform form's field (`/store/adapter/app_name`), or the whole adapter without a name. */
export const adapterPointer = (kind: PlatformKind, name?: string) =>
  name === undefined ? `/${kind}/adapter` : toPointer([kind, 'adapter', name]);

/** The platform form and field a pointer names, if it names one (`name` is '' for the adapter itself). */
export function readAdapterPointer(pointer: string): { kind: PlatformKind; name: string } | undefined {
  for (const kind of ['store', 'warehouse'] as const) {
    const base = adapterPointer(kind);
    if (pointer === base) return { kind, name: '' };
    if (pointer.startsWith(`${base}/`)) return { kind, name: unescapeSegment(pointer.slice(base.length + 1)) };
  }
  return undefined;
}

const unescapeSegment = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** The errors of one platform form, by its own field names. */
export const adapterErrors = (errors: readonly FieldError[], kind: PlatformKind) => byFieldName(errors, adapterPointer(kind));

/**
 * Test connection is answered about its own body (`{ kind, platform, adapter }`): its
 * pointers (`/adapter/password`) read as the same field of the request body's form.
 */
export const fromTestBody = (errors: readonly FieldError[], kind: PlatformKind): FieldError[] =>
  errors.map((error) => ({ ...error, pointer: `/${kind}${error.pointer}` }));

export { fieldId } from './field-id.js';

/** The step that shows a pointer's field. */
export const stepOfPointer = (pointer: string): StepNumber | undefined =>
  pointer === '/name' ? 1
  : /^\/customer(_id)?(\/|$)/.test(pointer) ? 2
  : /^\/warehouse(_id)?(\/|$)/.test(pointer) ? 3
  : /^\/store(_id)?(\/|$)/.test(pointer) ? 4
  : undefined;

/** The wizard's own fields, by pointer, in the order they appear on screen. */
const fieldOrder = [
  '/name', '/customer_id', ...customerFields.map((f) => `/customer/${f}`),
  '/warehouse_id', platformPointer('warehouse'), adapterPointer('warehouse'),
  '/store_id', '/store/name', platformPointer('store'), adapterPointer('store'),
];

/** Pointers sorted in screen order (a platform form's fields where the form sits). */
export function orderedPointers(pointers: readonly string[]) {
  const rank = (pointer: string) => {
    const index = fieldOrder.findIndex((p) => pointer === p || pointer.startsWith(`${p}/`));
    return index === -1 ? fieldOrder.length : index;
  };
  return [...pointers].sort((a, b) => rank(a) - rank(b));
}

/** Whether a pointer names one of the wizard's own fields (not a platform form's). */
export const isWizardField = (pointer: string) => fieldOrder.includes(pointer) && readAdapterPointer(pointer) === undefined;
