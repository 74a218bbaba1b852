// Under Node: checkCatalogue() as a host's CI runs it on a catalogue file, and the
// published JSON Schema, generated from the same zod schema. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const { checkCatalogue, parseAdapter, fieldProblem, usableDefinitions } = await import(new URL('../dist/esm/schema/index.js', import.meta.url).href);
const { shippedPlatforms } = await import(new URL('../dist/esm/platforms/index.js', import.meta.url).href);
const { render } = await import(new URL('../scripts/catalogue-schema.mjs', import.meta.url).href);

const definition = (fields, extra = {}) => ({ id: 'acme', label: 'Acme', kind: 'store', fields, ...extra });
const messages = (catalogue) => checkCatalogue(catalogue).problems.map((p) => p.message);

describe('checkCatalogue', () => {
  it('accepts the shipped definitions and every new key', () => {
    const acme = definition([
      { name: 'statuses', label: 'Statuses', type: 'multiselect', default: ['paid'], send: 'array', options: [{ value: 'paid', label: 'Paid' }, { value: 'shipped', label: 'Shipped' }] },
      { name: 'days', label: 'Days', type: 'number', integer: true, min: 0, max: 30, step: 1, unit: 'days', default: 0 },
      { name: 'note', label: 'Note', type: 'text', showWhen: { field: 'statuses', equals: ['paid', 'shipped'] } },
    ]);
    const code = { id: 'code', label: 'Code', kind: 'store', element: 'acme-store-form' };
    const { platforms, problems } = checkCatalogue([...shippedPlatforms, acme, code]);
    assert.deepEqual(problems, []);
    assert.deepEqual(platforms.map((p) => p.id), ['infusionsoft', 'shopify', 'woo_commerce', 'dropstream', 'acme', 'code']);
  });

  it('names index, id, JSON path and expectation for each bad input, and never throws', () => {
    const catalogue = [
      definition([{ name: 'n', label: 'N', type: 'number', default: '0' }]),
      definition([{ name: 'a', label: 'A', type: 'select' }], { id: 'b' }),
      definition([{ name: 'a', label: 'A', type: 'boolean', default: 'yes' }], { id: 'c' }),
      definition([{ name: 'a', label: 'A', type: 'text', pattern: '(a)\\1' }], { id: 'd' }),
      definition([], { id: 'e', helpUrl: 'javascript:alert(1)' }),
      { id: 'f', label: 'F', kind: 'store' },
      definition([], { id: 'g', element: 'g-form' }),
      definition([{ name: 'a', label: 'A', type: 'number', min: 5, max: 1 }], { id: 'h' }),
      definition([{ name: 'a', label: 'A', type: 'multiselect', options: [{ value: 'x,y', label: 'X' }], default: 'z' }], { id: 'i' }),
      definition([{ name: 'a', label: 'A', type: 'text', check: 'nope' }], { id: 'j' }),
      // Also "l" below: a key of the wrong type, and a select's default that is not an option.
      definition([{ name: 'a', label: 'A', type: 'number', step: 0 }], { id: 'k' }),
      null,
      definition('fields', { id: 'l' }),
      definition([{ name: 'a', label: 'A', type: 'select', options: [{ value: 'x', label: 'X' }], default: 'y' }], { id: 'm' }),
    ];
    assert.deepEqual(messages(catalogue), [
      'platforms[0] "acme": fields[0].default: expected a number, got "0"',
      'platforms[1] "b": fields[0].options: expected at least one option',
      'platforms[2] "c": fields[0].default: expected a boolean, got "yes"',
      'platforms[3] "d": fields[0].pattern: the pattern "(a)\\\\1" is refused: backreferences are not supported',
      'platforms[4] "e": helpUrl: expected an http(s) address, got "javascript:alert(1)"',
      'platforms[5] "f": fields: expected either fields or element',
      'platforms[6] "g": fields: expected either fields or element',
      'platforms[7] "h": fields[0].max: expected at least min, got 1',
      'platforms[8] "i": fields[0].options: expected values without “,”',
      'platforms[8] "i": fields[0].default: expected option values, got "z"',
      'platforms[9] "j": fields[0].check: expected one of ftp-connection-string, got "nope"',
      'platforms[10] "k": fields[0].step: expected more than 0, got 0',
      'platforms[11] (no id): expected an object, got null',
      'platforms[12] "l": fields: expected an array, got "fields"',
      'platforms[13] "m": fields[0].default: expected an option value, got "y"',
    ]);
    assert.equal(checkCatalogue(catalogue).platforms.length, 0);
  });

  it('keeps the first of two platforms with one id and kind, and takes one id for a store and a warehouse', () => {
    const store = definition([]);
    const { platforms, problems } = checkCatalogue([store, { ...store, label: 'Second' }, { ...store, kind: 'warehouse' }]);
    assert.deepEqual(platforms.map((p) => `${p.kind}:${p.label}`), ['store:Acme', 'warehouse:Acme']);
    assert.deepEqual(problems.map((p) => p.message), ['platforms[1] "acme": id: expected an id no other store platform has, got "acme" (also platforms[0])']);
  });

  it('says what a catalogue that is not a list is', () => {
    assert.deepEqual(checkCatalogue({ platforms: [] }).problems, [{ index: -1, path: '', message: 'platforms: expected an array of definitions, got {"platforms":[]}' }]);
  });

  it('keeps usableDefinitions, warning in the same words', () => {
    const warn = console.warn;
    const warnings = [];
    console.warn = (line) => warnings.push(line);
    try {
      assert.deepEqual(usableDefinitions([definition([{ name: 'n', label: 'N', type: 'number', default: '0' }])]), []);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, ['add-connection-wizard: platforms[0] "acme": fields[0].default: expected a number, got "0" (left out)']);
  });
});

describe('the new field kinds’ values', () => {
  const acme = definition([
    { name: 'statuses', label: 'Statuses', type: 'multiselect', required: true, options: [{ value: 'paid', label: 'Paid' }, { value: 'shipped', label: 'Shipped' }] },
    { name: 'list', label: 'List', type: 'multiselect', send: 'array', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { name: 'days', label: 'Days', type: 'number', integer: true, min: 0, max: 30 },
    { name: 'kg', label: 'Kg', type: 'number', min: 0.5, step: 0.25 },
  ]);

  it('sends choices in the options’ order, comma-separated or as an array, and numbers as numbers', () => {
    assert.deepEqual(parseAdapter(acme, { statuses: 'shipped,paid', list: 'b,a', days: '3', kg: '1.25' }), {
      ok: true,
      adapter: { statuses: 'paid,shipped', list: ['a', 'b'], days: 3, kg: 1.25 },
    });
    assert.deepEqual(parseAdapter(acme, { statuses: 'paid', list: '', days: '', kg: '' }), { ok: true, adapter: { statuses: 'paid' } });
  });

  it('refuses a fraction for a whole number, a value out of range or off its step, and an unknown choice', () => {
    const [statuses, , days, kg] = acme.fields;
    assert.equal(fieldProblem(days, '1.5'), 'Enter a whole number.');
    assert.equal(fieldProblem(days, '31'), 'Enter a number from 0 to 30.');
    assert.equal(fieldProblem(days, '-1'), 'Enter a number from 0 to 30.');
    assert.equal(fieldProblem(kg, '0.25'), 'Enter 0.5 or more.');
    assert.equal(fieldProblem(kg, '0.6'), 'Enter a multiple of 0.25.');
    assert.equal(fieldProblem(kg, '0.75'), undefined);
    assert.equal(fieldProblem(statuses, ''), 'Choose at least one of the statuses options.');
    assert.equal(fieldProblem(statuses, 'paid,refunded'), 'Choose one of the statuses options.');
  });
});

describe('catalogue.schema.json', () => {
  it('is the one generated from the zod schema', async () => {
    assert.equal(await readFile(new URL('../catalogue.schema.json', import.meta.url), 'utf8'), await render());
  });

  it('describes every key of a definition and of a field', async () => {
    const schema = JSON.parse(await render());
    assert.equal(schema.type, 'array');
    assert.deepEqual(Object.keys(schema.items.properties), ['id', 'label', 'kind', 'rank', 'aliases', 'help', 'helpUrl', 'element', 'auth', 'fields']);
    const field = schema.items.properties.fields.items;
    for (const key of ['multiselect', 'number']) assert.ok(field.properties.type.enum.includes(key));
    for (const key of ['send', 'integer', 'min', 'max', 'step', 'unit', 'showWhen', 'default']) assert.ok(key in field.properties, key);
  });
});
