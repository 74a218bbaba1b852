import * as z from 'zod/mini';
import { dropstreamAdapterSchema } from './dropstream.js';
import { infusionsoftAdapterSchema } from './infusionsoft.js';
import { adapterLimits } from './limits.js';
import { optionalText, requiredText } from './text.js';

/** The adapter schemas this package knows; a backend may add its own. */
export const adapterSchemas: Record<string, z.ZodMiniType> = {
  infusionsoft: infusionsoftAdapterSchema,
  dropstream: dropstreamAdapterSchema,
};

/** Ids of existing records: integers in DropStream, strings in some hosts' own stores. */
export const recordIdSchema = z.union([
  z.int().check(z.positive()),
  z.string().check(z.trim(), z.minLength(1)),
]);

export const connectionNameSchema = requiredText('Enter a name for the connection.');

/** Step 1, Basic Information. */
export const basicInformationSchema = z.object({ name: connectionNameSchema });

/** A new merchant (the API calls it a customer). */
export const customerSchema = z.object({
  company_name: requiredText('Enter the company name of the merchant.'),
  address1: optionalText(),
  address2: optionalText(),
  address3: optionalText(),
  city: optionalText(),
  state: optionalText(),
  zip: optionalText(32),
  country: optionalText(),
});

export const platformIdSchema = z.string('Choose a platform.').check(
  z.minLength(1, 'Choose a platform.'),
  z.regex(/^[a-z0-9][a-z0-9_-]*$/, 'A platform id is lower-case letters, digits, “_” or “-”.'),
);

export { adapterLimits } from './limits.js';

/** One value of an adapter. */
export type AdapterValue = string | number | boolean | null | string[];

const isRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
};

const isFlat = (value: unknown): value is AdapterValue =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** A list of strings, not nested: what a multiselect sends when its definition says `"send": "array"`. */
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= adapterLimits.keys && value.every((item) => typeof item === 'string');

// A custom schema with an overwrite, not z.pipe of z.unknown and z.transform: the same
// rule without the pipe's and transform's code in the browser bundle.
const adapterSchema = z.custom<Record<string, AdapterValue>>().check(
  z.superRefine((value, ctx) => {
    const problem = (message: string, path: string[] = []) => {
      ctx.issues.push({ code: 'custom', message, path, input: value });
    };
    if (!isRecord(value)) return problem('Give the adapter as an object of strings, numbers, booleans or nulls.');
    const tooLong = (text: string) => text.length > adapterLimits.stringLength;
    const keys = Object.keys(value);
    if (keys.length > adapterLimits.keys) return problem(`Give at most ${adapterLimits.keys} adapter values.`);
    for (const key of keys) {
      const item = value[key];
      if (key.length === 0 || key.length > adapterLimits.keyLength) problem(`An adapter key has 1 to ${adapterLimits.keyLength} characters.`, [key.slice(0, adapterLimits.keyLength)]);
      else if (!isFlat(item) && !isStringList(item)) problem('Give a string, number, true, false, null or a list of strings.', [key]);
      else if (typeof item === 'string' ? tooLong(item) : Array.isArray(item) && item.some(tooLong)) problem(`Use at most ${adapterLimits.stringLength} characters.`, [key]);
    }
  }),
  // Own keys copied as entries: an adapter key `__proto__` stays a key. Runs after a failed
  // check too, so only a record is copied (the output of a failed parse is never used).
  z.overwrite((value) => (isRecord(value) ? Object.fromEntries(Object.entries(value)) : value)),
);

export const newWarehouseSchema = z.object({ platform: platformIdSchema, adapter: adapterSchema });

export const storeNameSchema = requiredText('Enter the store’s name as customers see it.');

export const newStoreSchema = z.object({
  name: storeNameSchema,
  platform: platformIdSchema,
  adapter: adapterSchema,
});

/** The schema of a known platform's adapter (own keys only: `constructor` is no platform). */
const knownAdapter = (platform: string) => (Object.hasOwn(adapterSchemas, platform) ? adapterSchemas[platform] : undefined);

function checkAdapter(
  part: { platform: string; adapter: Record<string, unknown> } | undefined,
  key: 'warehouse' | 'store',
  ctx: z.core.$RefinementCtx<unknown>,
) {
  const schema = part && knownAdapter(part.platform);
  if (!part || !schema) return;
  const result = schema.safeParse(part.adapter);
  if (result.success) return;
  for (const issue of result.error.issues) {
    ctx.issues.push({ code: 'custom', message: issue.message, path: [key, 'adapter', ...issue.path], input: part.adapter });
  }
}

/** A known platform's adapter as its schema outputs it: trimmed, defaults filled, unknown keys dropped. */
function parsedAdapter<T extends { platform: string; adapter: Record<string, unknown> }>(part: T | undefined): T | undefined {
  const schema = part && knownAdapter(part.platform);
  if (!part || !schema) return part;
  const result = schema.safeParse(part.adapter);
  return result.success ? { ...part, adapter: result.data as Record<string, unknown> } : part;
}

/**
 * The body of DropStream's create-connection request. A merchant is either an existing
 * `customer_id` or a new `customer`; likewise the warehouse (or neither: the merchant's
 * default warehouse) and the store. Adapters of platforms in `adapterSchemas` are checked
 * too, so a backend that imports this schema validates exactly what the wizard does.
 */
export const connectionRequestSchema = z
  .object({
    name: connectionNameSchema,
    customer_id: z.optional(recordIdSchema),
    customer: z.optional(customerSchema),
    warehouse_id: z.optional(recordIdSchema),
    warehouse: z.optional(newWarehouseSchema),
    store_id: z.optional(recordIdSchema),
    store: z.optional(newStoreSchema),
  })
  .check(
    z.superRefine((body, ctx) => {
      const exactlyOne = (a: unknown, b: unknown) => (a === undefined) !== (b === undefined);
      if (!exactlyOne(body.customer_id, body.customer)) {
        ctx.issues.push({ code: 'custom', message: 'Give either customer_id or customer, not both or neither.', path: ['customer'], input: body });
      }
      if (body.warehouse_id !== undefined && body.warehouse !== undefined) {
        ctx.issues.push({ code: 'custom', message: 'Give warehouse_id or warehouse, not both.', path: ['warehouse'], input: body });
      }
      if (body.customer !== undefined && body.warehouse_id !== undefined) {
        ctx.issues.push({ code: 'custom', message: 'A new merchant has no warehouses yet: give warehouse credentials.', path: ['warehouse_id'], input: body });
      }
      if (!exactlyOne(body.store_id, body.store)) {
        ctx.issues.push({ code: 'custom', message: 'Give either store_id or store, not both or neither.', path: ['store'], input: body });
      }
      checkAdapter(body.warehouse, 'warehouse', ctx);
      checkAdapter(body.store, 'store', ctx);
    }),
    // Only keys that were given: a host checking `'store' in payload` sees what was sent.
    z.overwrite((body) => ({
      ...body,
      ...(body.warehouse && { warehouse: parsedAdapter(body.warehouse) }),
      ...(body.store && { store: parsedAdapter(body.store) }),
    })),
  );

export type ConnectionRequest = z.infer<typeof connectionRequestSchema>;
export type NewCustomer = z.infer<typeof customerSchema>;
