// Proves a rewrite of the schemas kept their rules: parses the same generated values with a
// previous build's schema entry and with the current one, and reports every value on which
// they differ (acceptance, output, or the field errors a backend would answer with).
//   cp -r dist/esm /tmp/before        # before the change, after `npm run build`
//   npm run build && node scripts/compare-schemas.mjs /tmp/before
// Exits 1 when a difference is found. Not a test: it needs the previous build.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';

const beforeDir = process.argv[2];
if (!beforeDir) {
  console.error('usage: node scripts/compare-schemas.mjs <a previous build of dist/esm>');
  process.exit(2);
}
const before = await import(pathToFileURL(`${beforeDir.replace(/\/$/, '')}/schema/index.js`).href);
const after = await import(new URL('../dist/esm/schema/index.js', import.meta.url).href);

const outcome = (schema, value) => {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: before.toFieldErrors(result.error) };
};

const anything = fc.oneof(
  fc.anything(),
  fc.constantFrom(undefined, null, true, false, 0, -1, 1, 1.5, 2 ** 53, 2 ** 53 - 1, NaN, Infinity, '', ' ', ' 7 ', '1', 'none', 'trim', 'url', [], {}, { subdomainOf: 'x' }, JSON.parse('{"__proto__": "p", "a": 1}')),
  fc.dictionary(fc.constantFrom('', 'ok', '__proto__', 'constructor', 'x'.repeat(101)), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant({}))),
);
const text = fc.oneof(fc.constantFrom('C', '', '  ', ' x ', 'x'.repeat(255), 'x'.repeat(256), 'Bad', 'ok-1', 1, null), fc.string({ maxLength: 5 }), fc.string({ minLength: 250, maxLength: 260 }));
const record = (shape) => fc.record(shape, { requiredKeys: [] });

const field = record({
  name: fc.oneof(text, fc.constant('x'.repeat(101))), label: text, type: fc.oneof(fc.constantFrom('text', 'secret', 'select', 'boolean', 'url', 'email', 'number'), anything),
  required: anything, keepInDraft: anything, default: anything, clean: anything, maxLength: anything, pattern: text,
  showWhen: fc.oneof(record({ field: text, equals: anything }), anything), options: fc.oneof(fc.array(record({ value: text, label: text }), { maxLength: 2 }), anything),
});
const cases = {
  recordIdSchema: anything,
  infusionsoftAdapterSchema: record({ app_name: fc.oneof(text, fc.constant('a.b')), username: text, password: fc.oneof(text, fc.string({ minLength: 1020, maxLength: 1030 })), pay_status: anything, tracking_number_custom_field_name: text }),
  platformDefinitionSchema: record({ id: text, label: text, kind: fc.oneof(fc.constantFrom('store', 'warehouse'), anything), rank: anything, aliases: anything, fields: fc.oneof(fc.array(field, { maxLength: 3 }), anything) }),
  connectionRequestSchema: record({
    name: text, customer_id: anything, warehouse_id: anything, store_id: anything,
    customer: fc.oneof(anything, record({ company_name: text, city: text, zip: text })),
    warehouse: record({ platform: fc.oneof(text, fc.constant('dropstream')), adapter: fc.oneof(anything, record({ connection_string: fc.constantFrom('sftp://a:b@h.example.com', 'x') })) }),
    store: record({ name: text, platform: fc.oneof(text, fc.constantFrom('infusionsoft', 'acme')), adapter: fc.oneof(anything, record({ app_name: text, username: text, password: text, pay_status: anything })) }),
  }),
};

let failed = false;
for (const [name, values] of Object.entries(cases)) {
  if (!before[name] || !after[name]) continue;
  let differences = 0;
  fc.assert(
    fc.property(values, (value) => {
      const was = outcome(before[name], value);
      const is = outcome(after[name], value);
      if (isDeepStrictEqual(was, is)) return;
      if (differences++ < 3) console.log(`${name} differs on ${JSON.stringify(value)?.slice(0, 300)}\n  before: ${JSON.stringify(was).slice(0, 300)}\n  now:    ${JSON.stringify(is).slice(0, 300)}`);
    }),
    { numRuns: 20_000 },
  );
  console.log(`${name}: ${differences} differences in 20,000 values`);
  failed ||= differences > 0;
}
process.exit(failed ? 1 : 0);
