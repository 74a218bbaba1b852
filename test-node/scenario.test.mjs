// Edit mode and presets without a browser: which steps show, what is fixed, what a fresh
// draft holds, and the exact bodies (the preset merged in; the merge patch of changes).
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const dist = new URL('../dist/esm/', import.meta.url);
const { emptyDraft, DraftReading } = await import(new URL('wizard/draft.js', dist).href);
const { Scenario } = await import(new URL('wizard/scenario.js', dist).href);
const { presetProblem, applyPreset } = await import(new URL('wizard/preset.js', dist).href);
const { connectionProblem, mergePatch, connectionUrl } = await import(new URL('wizard/editing.js', dist).href);
const { connectionRequestSchema } = await import(new URL('schema/index.js', dist).href);

const merchants = [{ id: 3775, company_name: 'Acme', warehouses: [{ id: 4610, name: 'West Coast DC' }, { id: 4611, name: 'East' }] }];
const connection = {
  id: 981,
  name: 'Acme — Infusionsoft → West Coast DC',
  customer_id: 3775,
  warehouse_id: 4610,
  store: { id: 5603, name: 'Acme Shop', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops@acme.test', pay_status: '1' } },
};
const storeAdapter = { app_name: 'acme', username: 'ops@acme.test', pay_status: '1' };

const started = (scenario, list = merchants) => new DraftReading(scenario.start(emptyDraft(list.length > 0), list), list);

describe('presetProblem', () => {
  it('accepts part of the create body, ids the wizard was not given and contradictions included', () => {
    assert.equal(presetProblem({ name: 'X', customer_id: 1, warehouse_id: 'w', store: { platform: 'infusionsoft' } }), undefined);
    assert.equal(presetProblem({ customer_id: 1, customer: { company_name: 'Y' } }), undefined);
  });
  it('names the unknown or wrong key', () => {
    assert.equal(presetProblem([]), 'preset: expected an object (part of the create body)');
    assert.equal(presetProblem('x'), 'preset: expected an object (part of the create body)');
    assert.equal(presetProblem({ nme: 'x' }), 'preset.nme: unknown key');
    assert.equal(presetProblem({ store: { plaform: 'x' } }), 'preset.store.plaform: unknown key');
    assert.equal(presetProblem({ customer: { company: 'x' } }), 'preset.customer.company: unknown key');
    assert.match(presetProblem({ customer_id: {} }), /^preset\.customer_id: expected a number/);
    assert.match(presetProblem({ store: { adapter: { a: { deep: 1 } } } }), /^preset\.store\.adapter: expected an object of strings/);
    assert.equal(presetProblem({ store: { adapter: { statuses: ['paid'] } } }), undefined);
    assert.match(presetProblem({ store: { platform: 'Not An Id' } }), /^preset\.store\.platform: expected a platform id/);
    assert.equal(presetProblem(JSON.parse('{"__proto__": {"x": 1}}')), 'preset.__proto__: unknown key');
  });
});

describe('applyPreset', () => {
  it('merges: preset values win, adapters merge key by key, an id replaces the new record', () => {
    const typed = {
      name: 'typed',
      customer: { company_name: 'typed co' },
      warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://a:b@c' } },
      store: { name: 'Shop', platform: 'infusionsoft', adapter: { app_name: 'x', pay_status: '1' } },
    };
    const body = applyPreset(typed, { name: 'Fixed', customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft', adapter: { pay_status: 'none' } } });
    assert.deepEqual(body, {
      name: 'Fixed',
      customer_id: 3775,
      warehouse_id: 4610,
      store: { name: 'Shop', platform: 'infusionsoft', adapter: { app_name: 'x', pay_status: 'none' } },
    });
  });
});

describe('Scenario: creating with a preset', () => {
  const preset = { name: 'Brand X — Infusionsoft → ACME WMS', customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft' } };

  it('shows only the steps that still ask for something, and opens on the first of them', () => {
    const scenario = new Scenario('create', preset);
    const reading = started(scenario);
    assert.deepEqual(scenario.visibleSteps(reading), [4]);
    assert.equal(scenario.firstStep(reading), 4);
    assert.deepEqual(new Scenario('create', { store: { platform: 'infusionsoft' } }).visibleSteps(started(new Scenario())), [1, 2, 3, 4]);
    assert.deepEqual(new Scenario('create', { customer_id: 3775 }).visibleSteps(started(new Scenario('create', { customer_id: 3775 }))), [1, 3, 4]);
    // A merchant the wizard was not given has no warehouses to choose from: nothing to ask on step 3.
    const unknown = new Scenario('create', { customer_id: 999 });
    assert.deepEqual(unknown.visibleSteps(started(unknown)), [1, 4]);
  });

  it('shows the fixed platform read-only and builds the exact create body', () => {
    const scenario = new Scenario('create', preset);
    assert.equal(scenario.isReadOnly('/store/platform'), true);
    assert.equal(scenario.isReadOnly('/store/name'), false);
    const draft = { ...scenario.start(emptyDraft(true), merchants), storeName: 'Brand X Shop' };
    const body = scenario.body(new DraftReading(draft, merchants), { store: { app_name: 'brandx', username: 'u', password: 'p', pay_status: '1' } });
    assert.deepEqual(body, {
      name: preset.name,
      customer_id: 3775,
      warehouse_id: 4610,
      store: { name: 'Brand X Shop', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'u', password: 'p', pay_status: '1' } },
    });
    assert.equal(connectionRequestSchema.safeParse(body).success, true);
  });

  it('keeps the preset whatever a restored draft says', () => {
    const scenario = new Scenario('create', preset);
    const restored = scenario.fix({ ...emptyDraft(true), name: 'tampered', storePlatform: 'shopify', storeName: 'kept' }, merchants);
    assert.equal(restored.name, preset.name);
    assert.equal(restored.storePlatform, 'infusionsoft');
    assert.equal(restored.storeName, 'kept');
  });

  it('offers a preset platform form its read-only values', () => {
    const scenario = new Scenario('create', { store: { platform: 'infusionsoft', adapter: { pay_status: 'none' } } });
    assert.deepEqual(scenario.prefill('store', 'infusionsoft'), { values: { pay_status: 'none' }, readOnly: true });
    assert.equal(scenario.prefill('store', 'shopify'), undefined);
    assert.equal(scenario.prefill('warehouse', 'dropstream'), undefined);
  });
});

describe('Scenario: editing', () => {
  const scenario = new Scenario('edit', undefined, connection);

  it('opens on Store Setup, shows the editable steps, and edit-step picks another', () => {
    const reading = started(scenario);
    assert.deepEqual(scenario.visibleSteps(reading), [1, 3, 4]);
    assert.equal(scenario.firstStep(reading), 4);
    assert.equal(new Scenario('edit', undefined, connection, 'basic').firstStep(reading), 1);
    assert.equal(new Scenario('edit', undefined, connection, 'warehouse').firstStep(reading), 3);
    assert.equal(new Scenario('edit', undefined, connection, 'merchant').firstStep(reading), 4);
    // The merchant's warehouses unknown: nothing to choose on step 3.
    assert.deepEqual(scenario.visibleSteps(started(scenario, [])), [1, 4]);
  });

  it('sends nothing when nothing changed', () => {
    const reading = started(scenario);
    assert.equal(scenario.body(reading, { store: { ...storeAdapter } }), undefined);
  });

  it('sends only what changed: a new password', () => {
    const reading = started(scenario);
    assert.deepEqual(scenario.body(reading, { store: { ...storeAdapter, password: 'new-pw' } }), { store: { adapter: { password: 'new-pw' } } });
  });

  it('sends a new name, store name, warehouse and an emptied field as null', () => {
    const draft = { ...scenario.start(emptyDraft(true), merchants), name: 'Renamed', storeName: 'Acme Store', warehouseId: '4611' };
    const body = scenario.body(new DraftReading(draft, merchants), { store: { ...storeAdapter, username: null } });
    assert.deepEqual(body, { name: 'Renamed', warehouse_id: 4611, store: { name: 'Acme Store', adapter: { username: null } } });
  });

  it('compares a warehouse reached by credentials key by key', () => {
    const byCredentials = { ...connection, warehouse_id: undefined, warehouse: { platform: 'dropstream', adapter: {} } };
    const edit = new Scenario('edit', undefined, byCredentials);
    const reading = started(edit);
    assert.deepEqual(edit.visibleSteps(reading), [1, 3, 4]);
    assert.equal(reading.needsWarehouseForm, true);
    assert.deepEqual(edit.body(reading, { warehouse: { connection_string: 'sftp://a:b@new.example.com' }, store: { ...storeAdapter } }), {
      warehouse: { adapter: { connection_string: 'sftp://a:b@new.example.com' } },
    });
  });
});

describe('connectionProblem, mergePatch, connectionUrl', () => {
  it('names what a connection lacks', () => {
    assert.equal(connectionProblem(connection), undefined);
    assert.equal(connectionProblem(null), 'connection: expected an object with id, name, customer_id and store');
    assert.equal(connectionProblem({ ...connection, id: '' }), 'connection.id: expected a number or a non-empty string');
    assert.equal(connectionProblem({ ...connection, store: { name: 'x' } }), 'connection.store.platform: expected a platform id');
    assert.equal(connectionProblem({ ...connection, store: { ...connection.store, adapter: { a: { deep: 1 } } } }), 'connection.store.adapter: expected an object of strings, numbers, booleans, nulls or lists of strings');
    assert.equal(connectionProblem({ ...connection, store: { ...connection.store, adapter: { statuses: ['paid', 'shipped'] } } }), undefined);
  });
  it('patches only differences, recursively', () => {
    assert.equal(mergePatch({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 2 } }), undefined);
    assert.deepEqual(mergePatch({ a: 1, b: { c: 2, d: 3 } }, { a: 2, b: { c: 2, d: 4 } }), { a: 2, b: { d: 4 } });
    assert.equal(mergePatch({ s: ['paid', 'shipped'] }, { s: ['paid', 'shipped'] }), undefined);
    assert.equal(mergePatch({ warehouse_id: '4610' }, { warehouse_id: 4610 }), undefined);
    assert.equal(mergePatch({ warehouse_id: 4610 }, { warehouse_id: '4610' }), undefined);
    assert.deepEqual(mergePatch({ s: ['paid'] }, { s: ['paid', 'shipped'] }), { s: ['paid', 'shipped'] });
  });
  it('keeps odd keys as keys', () => {
    const before = JSON.parse('{"adapter": {"__proto__": "a", "constructor": "b"}}');
    const after = JSON.parse('{"adapter": {"__proto__": "A", "constructor": "b", "toString": "c"}}');
    const patch = mergePatch(before, after);
    assert.equal(JSON.stringify(patch), '{"adapter":{"__proto__":"A","toString":"c"}}');
  });
  it('puts the id into the path as one encoded segment', () => {
    assert.equal(connectionUrl('/api/connections/', 981), '/api/connections/981');
    assert.equal(connectionUrl('/api/connections', 'a/b?c'), '/api/connections/a%2Fb%3Fc');
  });
});
