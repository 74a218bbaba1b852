import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  adapterSchemas,
  connectionRequestSchema,
  connectionStringProblem,
  dropstreamAdapterSchema,
  infusionsoftAdapterSchema,
} from '../src/schema/index.js';

// The schemas also guard a host's server, so they get random and hostile input here:
// fast-check writes what we would otherwise list by hand, and shrinks any failure to
// its smallest example (printed with the seed that reproduces it).
const numRuns = 300;
// The error goes into the message: the runner's report shows no `cause`.
fc.configureGlobal({ includeErrorInReport: true });

const markup = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>', '"><svg onload=alert(1)>', '${alert(1)}', "'; DROP TABLE connections; --"];
const protoKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const oddities = ['', ' ', '\t\n', '\u0000', '\u200b', '\u202e', '\ud800', '💥', 'é', 'İ'];
const fragments = [...markup, ...protoKeys, ...oddities, 'a', 'Z', '9', '-', '.', '@', ':', '/', '%40', '%zz', 'sftp://', 'ftp://'];

const text: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 250, maxLength: 1100 }), // around the 255 and 1024 limits
  fc.constantFrom(...fragments),
  fc.array(fc.constantFrom(...fragments), { maxLength: 8 }).map((parts) => parts.join('')),
);
const realKeys = ['name', 'customer', 'customer_id', 'company_name', 'warehouse', 'warehouse_id', 'store', 'store_id', 'platform', 'adapter', 'app_name', 'username', 'password', 'pay_status', 'connection_string'];
const key = fc.oneof(fc.constantFrom(...protoKeys, ...realKeys), fc.string());
const anything = fc.anything({
  key,
  values: [text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt()],
  maxDepth: 3,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
});
/** What a server receives: JSON text, parsed (own `__proto__` keys included). */
const fromJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 })).map((v) => JSON.parse(JSON.stringify(v)));
/** What only JavaScript can hand over: a platform form's adapter, say. */
const notJson = fc.constantFrom<unknown>(NaN, Infinity, 10n, new Date(0), new Map([['k', 'v']]));
const hostile = fc.oneof(text, anything, fromJson, notJson);

/** Mostly the valid value, sometimes something hostile in its place. */
const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: hostile });
/** Extra keys, prototype-pollution keys among them, spread in as own properties. */
const extras = fc.dictionary(key, hostile, { maxKeys: 2 });
const withExtras = <T extends object>(valid: fc.Arbitrary<T>) => fc.tuple(extras, valid).map(([extra, value]) => ({ ...extra, ...value }));

const name = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom(...markup));
const userInfo = fc.stringMatching(/^[A-Za-z0-9\-._~]{1,10}$/);
const host = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?(\.[a-z]{2,6}){0,2}$/);
const connectionString = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('sftp', 'ftps', 'ftp', 'SFTP', 'http', ''), userInfo, userInfo, host, fc.constantFrom('', ':22', ':0', ':65536', ':x'), fc.constantFrom('', '/in', '?a=1'))
    .map(([scheme, user, password, h, port, path]) => `${scheme}://${user}:${password}@${h}${port}${path}`) },
  { weight: 1, arbitrary: text },
);
const dropstreamAdapter = withExtras(fc.record({ connection_string: mostly(connectionString) }));
const infusionsoftAdapter = withExtras(
  fc.record(
    {
      app_name: mostly(fc.stringMatching(/^[a-z0-9-]{1,20}$/)),
      username: mostly(name),
      password: mostly(fc.string({ minLength: 1, maxLength: 40 })),
      tracking_number_custom_field_name: mostly(name),
      pay_status: mostly(fc.constantFrom('1', 'none')),
    },
    { requiredKeys: ['app_name', 'username', 'password'] },
  ),
);
// Platform ids that are also names of Object.prototype members, for the lookup of adapter schemas.
const protoPlatforms = ['constructor', 'valueOf', 'hasOwnProperty', '__proto__'];
const isNotProtoName = (value: unknown) => typeof value !== 'string' || !(value in Object.prototype);
const adapterOf = (platform: string) =>
  platform === 'dropstream' ? dropstreamAdapter : platform === 'infusionsoft' ? infusionsoftAdapter : fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
const newPart = (platforms: string[], extra: Record<string, fc.Arbitrary<unknown>>) =>
  fc.constantFrom(...platforms).chain((platform) => withExtras(fc.record({ ...extra, platform: isNotProtoName(platform) ? mostly(fc.constant(platform)).filter(isNotProtoName) : fc.constant(platform), adapter: mostly(adapterOf(platform)) })));
const recordId = fc.oneof(fc.integer({ min: -2, max: 1e6 }), fc.string({ maxLength: 6 }));
const connectionRequestWith = (platforms: string[]) =>
  fc
    .tuple(
      extras,
      mostly(name),
      fc.oneof(fc.record({ customer_id: mostly(recordId) }), fc.record({ customer: mostly(withExtras(fc.record({ company_name: mostly(name), zip: mostly(fc.string({ maxLength: 40 })) }, { requiredKeys: ['company_name'] }))) })),
      fc.oneof(fc.constant({}), fc.record({ warehouse_id: mostly(recordId) }), fc.record({ warehouse: mostly(newPart(platforms, {})) })),
      fc.oneof(fc.record({ store_id: mostly(recordId) }), fc.record({ store: mostly(newPart(platforms, { name: mostly(name) })) })),
    )
    .map(([extra, n, merchant, warehouse, store]) => ({ ...extra, name: n, ...merchant, ...warehouse, ...store }));
const connectionRequest = connectionRequestWith(['dropstream', 'infusionsoft', 'acme']);

/**
 * What JSON keeps of a value. It has no `undefined`: a key holding it means the key left out,
 * as the wizard leaves out empty fields. And it writes -0 as 0 (a number in an adapter may be -0).
 */
const asJsonKeepsIt = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(asJsonKeepsIt)
  : Object.prototype.toString.call(value) === '[object Object]'
    ? Object.fromEntries(Object.entries(value as object).filter(([, v]) => v !== undefined).map(([k, v]) => [k, asJsonKeepsIt(v)]))
    : Object.is(value, -0) ? 0 : value;

type Schema = { safeParse(input: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } };

function expectExplained(schema: Schema, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return;
  expect(result.error!.issues, 'issues of a rejection').to.not.be.empty;
  for (const { message } of result.error!.issues) {
    expect(message).to.be.a('string').and.match(/\p{L}{2}/u, 'a message in words');
    expect(message).not.to.match(/\[object |^\s|\s$/);
  }
}

/** Checks an accepted value parses to itself and survives JSON; tells whether it was accepted. */
function expectStable(schema: Schema, input: unknown) {
  const result = schema.safeParse(input);
  if (!result.success) return false;
  const again = schema.safeParse(result.data);
  expect(again.success, 'an accepted value parses again').to.equal(true);
  expect(again.data).to.deep.equal(result.data);
  expect(JSON.parse(JSON.stringify(result.data)), 'an accepted value survives JSON').to.deep.equal(asJsonKeepsIt(result.data));
  return true;
}

const schemas = [
  { title: 'connectionRequestSchema', schema: connectionRequestSchema, nearlyValid: connectionRequest, withProtoNames: connectionRequestWith(protoPlatforms) },
  { title: 'infusionsoftAdapterSchema', schema: infusionsoftAdapterSchema, nearlyValid: infusionsoftAdapter, withProtoNames: infusionsoftAdapter },
  { title: 'dropstreamAdapterSchema', schema: dropstreamAdapterSchema, nearlyValid: dropstreamAdapter, withProtoNames: dropstreamAdapter },
];

for (const { title, schema, nearlyValid, withProtoNames } of schemas) {
  describe(`${title} under random and hostile input`, () => {
    it('never throws from safeParse, whatever the platform id', () => {
      fc.assert(fc.property(fc.oneof(hostile, nearlyValid, withProtoNames), (input) => {
        expect(schema.safeParse(input).success).to.be.a('boolean');
      }), { numRuns });
    });

    it('explains every rejection in words, on every issue', () => {
      fc.assert(fc.property(fc.oneof(hostile, nearlyValid), (input) => expectExplained(schema, input)), { numRuns });
    });

    it('parses what it accepted to itself, and it survives JSON', () => {
      let accepted = 0;
      fc.assert(fc.property(nearlyValid, (input) => void (accepted += Number(expectStable(schema, input)))), { numRuns });
      // Enough accepted values for the property to mean something. The share is random
      // (about one in seven): a floor of one in ten failed once at exactly 30 of 300.
      expect(accepted, 'accepted inputs').to.be.at.least(numRuns / 20);
    });
  });
}

describe('connectionRequestSchema and the adapters inside it', () => {
  it('hands on a known platform’s adapter as that platform’s schema parses it, unknown keys dropped', () => {
    fc.assert(
      fc.property(connectionRequest, (input) => {
        const result = connectionRequestSchema.safeParse(input);
        if (!result.success) return;
        for (const kind of ['warehouse', 'store'] as const) {
          const part = result.data[kind];
          if (!part || !Object.hasOwn(adapterSchemas, part.platform)) continue;
          const adapter = adapterSchemas[part.platform].parse((input as Record<string, { adapter: unknown }>)[kind].adapter);
          expect(part.adapter, `${kind} adapter`).to.deep.equal(adapter);
        }
      }),
      { numRuns },
    );
  });
});

describe('connectionStringProblem under random and hostile input', () => {
  it('never throws and answers nothing or a message, the same one the schema gives', () => {
    fc.assert(
      fc.property(connectionString, (value) => {
        const problem = connectionStringProblem(value);
        const parsed = dropstreamAdapterSchema.safeParse({ connection_string: value });
        if (problem === undefined) return void expect(parsed.success, value).to.equal(true);
        expect(problem).to.match(/\p{L}{2}/u);
        expect(parsed.error?.issues.map((i) => i.message)).to.deep.equal([problem]);
      }),
      { numRuns },
    );
  });

  it('ignores whitespace around the value, as pasting adds it', () => {
    fc.assert(fc.property(connectionString, fc.constantFrom(' ', '\n', '\t '), (value, pad) => {
      expect(connectionStringProblem(`${pad}${value}${pad}`)).to.equal(connectionStringProblem(value));
    }), { numRuns });
  });
});

describe('the schemas and prototype pollution', () => {
  it('leave Object.prototype untouched whatever keys the input has', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const polluting = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}');
    fc.assert(
      fc.property(connectionRequest, (body) => {
        for (const input of [{ ...polluting, ...body }, { ...body, store: { ...polluting, name: 'S', platform: 'acme', adapter: polluting } }]) {
          for (const { schema } of schemas) {
            try {
              schema.safeParse(input);
            } catch {
              // Throwing is the concern of the tests above; this one is about the prototype.
            }
          }
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns: 100 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
  });
});
