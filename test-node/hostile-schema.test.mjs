// A hostile body sent to a backend that validates with the `schema` entry (as the README
// says to): nested thousands deep, huge, or keyed by names of Object.prototype. safeParse
// must never throw, must answer quickly, and must not touch Object.prototype. Needs
// `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';

const { connectionRequestSchema, toFieldErrors, adapterLimits } = await import(new URL('../dist/esm/schema/index.js', import.meta.url).href);

/** Generous for a loaded two-core machine: a parse takes about a millisecond. */
const timeBoundMs = 250;

const valid = () => ({
  name: 'Brand X — Acme',
  customer_id: 7,
  store: { name: 'Brand X Store', platform: 'acme', adapter: { api_key: 'k-123', region: 'eu', sandbox: false, limit: 5, note: null } },
});

const nested = (depth, kind, leaf) => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
};

const oddKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '');
const key = fc.oneof(oddKey, fc.string({ maxLength: 12 }), fc.string({ minLength: 101, maxLength: 200 }));
const deep = fc
  .tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.constantFrom('object', 'array'), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, kind, leaf]) => nested(depth, kind, leaf));
const huge = fc.oneof(
  fc.integer({ min: 10_001, max: 500_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 101, max: 20_000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
);
const odd = fc.anything({ key, maxDepth: 3, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true });
const hostile = fc.oneof(deep, huge, odd);
/** Built from entries, so that `__proto__` is an own key, as JSON.parse makes it. */
const objectOf = (value) => fc.array(fc.tuple(key, value), { maxLength: 8 }).map((entries) => Object.fromEntries(entries));
const maybe = (good) => fc.oneof(fc.constant(good), hostile);

const adapter = fc.oneof(hostile, objectOf(hostile), objectOf(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null))));
const part = (platform) =>
  fc.oneof(hostile, fc.record({ name: maybe('A name'), platform: fc.oneof(fc.constantFrom(platform, 'acme', 'constructor', '__proto__', 'toString'), hostile), adapter }));
const body = fc
  .tuple(
    fc.record(
      { name: maybe('Conn'), customer_id: maybe(7), customer: maybe({ company_name: 'Co' }), warehouse_id: maybe(3), warehouse: part('dropstream'), store_id: maybe(9), store: part('infusionsoft') },
      { requiredKeys: [] },
    ),
    objectOf(hostile),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));

/** Parses, timing it; fails the property on a throw, a slow answer or a polluted prototype. */
function parseInTime(input) {
  const start = performance.now();
  const result = connectionRequestSchema.safeParse(input);
  const ms = performance.now() - start;
  slowest = Math.max(slowest, ms);
  assert.ok(ms < timeBoundMs, `safeParse took ${ms.toFixed(1)} ms`);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).filter((name) => !builtins.has(name)), []);
  return result;
}
// REPORT_MS=1 prints the slowest parse seen, to compare with the bound.
let slowest = 0;
process.on('exit', () => process.env.REPORT_MS && console.log(`slowest safeParse: ${slowest.toFixed(1)} ms`));
const builtins = new Set(Object.getOwnPropertyNames(Object.prototype));

const isScalar = (value) => value === null || ['string', 'boolean'].includes(typeof value) || Number.isFinite(value);
// Or a multiselect's list of strings, within the limits.
const isFlat = (value) =>
  isScalar(value) ||
  (Array.isArray(value) && value.length <= adapterLimits.keys && value.every((item) => typeof item === 'string' && item.length <= adapterLimits.stringLength));

describe('connectionRequestSchema against hostile bodies (fast-check)', () => {
  it('never throws, answers within the bound and leaves Object.prototype alone', () => {
    fc.assert(
      fc.property(body, (input) => {
        const result = parseInTime(input);
        assert.equal(typeof result.success, 'boolean');
        if (!result.success) toFieldErrors(result.error);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts only flat adapters (or lists of strings) within the limits, and gives them back with every own key', () => {
    fc.assert(
      fc.property(adapter, (value) => {
        const result = parseInTime({ ...valid(), store: { ...valid().store, adapter: value } });
        if (!result.success) return;
        const out = result.data.store.adapter;
        const keys = Object.keys(out);
        assert.ok(keys.length <= adapterLimits.keys);
        for (const k of keys) {
          assert.ok(k.length >= 1 && k.length <= adapterLimits.keyLength, `key ${JSON.stringify(k)}`);
          assert.ok(isFlat(out[k]), `value of ${JSON.stringify(k)}`);
          assert.ok(typeof out[k] !== 'string' || out[k].length <= adapterLimits.stringLength);
        }
        assert.deepEqual(keys, Object.keys(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('connectionRequestSchema against the reported bodies', () => {
  it('answers a value nested 10,000 deep in an adapter (about 10 KB of JSON) with a field error, not a RangeError', () => {
    const json = `{"name":"Conn","customer_id":7,"store":{"name":"S","platform":"acme","adapter":{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}}`;
    const result = parseInTime(JSON.parse(json));

    assert.equal(result.success, false);
    assert.deepEqual(toFieldErrors(result.error).map((e) => e.pointer), ['/store/adapter/x']);
  });

  it('keeps adapter keys named after Object.prototype as own keys, and sends them', () => {
    const adapterValue = JSON.parse('{"__proto__":"p","constructor":"c","toString":"t","hasOwnProperty":"h"}');
    const result = parseInTime({ ...valid(), store: { ...valid().store, adapter: adapterValue } });

    assert.equal(result.success, true);
    const out = result.data.store.adapter;
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.deepEqual(Object.entries(out), [['__proto__', 'p'], ['constructor', 'c'], ['toString', 't'], ['hasOwnProperty', 'h']]);
    assert.equal(JSON.stringify(out), '{"__proto__":"p","constructor":"c","toString":"t","hasOwnProperty":"h"}');
  });

  it('draws the limits where they are documented', () => {
    const withAdapter = (value) => parseInTime({ ...valid(), store: { ...valid().store, adapter: value } });
    const keys = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    const cases = [
      [keys(100), true],
      [keys(101), false],
      [{ ['k'.repeat(100)]: 1 }, true],
      [{ ['k'.repeat(101)]: 1 }, false],
      [{ '': 1 }, false],
      [{ s: 'x'.repeat(10_000) }, true],
      [{ s: 'x'.repeat(10_001) }, false],
      [{ n: Infinity }, false],
      [{ n: NaN }, false],
      // A multiselect sent as an array: strings only, flat, at most 100, each within the string limit.
      [{ list: ['a'] }, true],
      [{ list: Array.from({ length: 100 }, () => 'x'.repeat(10_000)) }, true],
      [{ list: Array.from({ length: 101 }, () => 'a') }, false],
      [{ list: ['x'.repeat(10_001)] }, false],
      [{ list: [1] }, false],
      [{ list: [['a']] }, false],
      [{ list: [null] }, false],
      [{ object: {} }, false],
      [Object.assign(Object.create(null), { a: 1 }), true],
      [new Map([['a', 1]]), false],
      [['a'], false],
    ];
    for (const [value, accepted] of cases) {
      assert.equal(withAdapter(value).success, accepted, JSON.stringify(value)?.slice(0, 60) ?? String(value));
    }
  });

  it('answers a known platform’s adapter with a huge connection string quickly', () => {
    const input = { ...valid(), warehouse: { platform: 'dropstream', adapter: { connection_string: `sftp://${'@:'.repeat(500_000)}` } } };
    const result = parseInTime(input);

    assert.deepEqual(toFieldErrors(result.error).map((e) => [e.pointer, e.detail]), [['/warehouse/adapter/connection_string', 'Use at most 10000 characters.']]);
  });
});
