// Edit mode and Test connection on the server: GET answers the stored connection without
// secrets, PATCH applies RFC 7396 to it and validates the result as a create, Test
// connection fills the secrets edit mode left empty from the stored connection.
import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { createBody, send, serve, server } from './server-http.mjs';

const { applyMergePatch } = server;
const patchType = 'application/merge-patch+json';

describe('server handler: GET, PATCH and Test connection', () => {
  const connections = new Map();
  const tests = [];
  let app;
  beforeEach(() => {
    const stored = createBody();
    delete stored.customer;
    stored.customer_id = 101;
    stored.store.adapter.tracking_number_custom_field_name = 'Tracking';
    connections.set('42', stored);
  });
  const ready = serve({
    getConnection: async (id) => connections.get(id),
    updateConnection: async (id, { connection }) => {
      connections.set(id, connection);
      return { name: connection.name, store: connection.store };
    },
    testConnection: async (test) => {
      tests.push(test);
      return { ok: test.adapter.password === 'hunter2-secret', detail: 'Signed in.' };
    },
    createConnection: async () => ({ id: 1 }),
  }).then((served) => (app = served));
  after(async () => (await ready).close());

  it('GET answers the stored connection without a secret', async () => {
    await ready;
    const response = await fetch(app.url('/api/connections/42'));
    const text = await response.text();
    assert.equal(response.status, 200);
    const body = JSON.parse(text);
    assert.equal(body.id, '42');
    assert.equal(body.store.adapter.username, 'admin@example.com');
    assert.doesNotMatch(text, /hunter2|s3cret-wh|password|connection_string/);
    assert.equal((await fetch(app.url('/api/connections/404'))).status, 404);
  });

  it('PATCH changes only what the patch says; a secret left out keeps its stored value; null removes', async () => {
    await ready;
    const patch = { name: 'Renamed', store: { adapter: { username: 'ops@example.com', tracking_number_custom_field_name: null } } };
    const answer = await send(app.url('/api/connections/42'), patch, { method: 'PATCH', type: patchType });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.id, '42');
    assert.doesNotMatch(answer.text, /hunter2/);
    const saved = connections.get('42');
    assert.equal(saved.name, 'Renamed');
    assert.equal(saved.store.adapter.username, 'ops@example.com');
    assert.equal(saved.store.adapter.password, 'hunter2-secret');
    assert.equal('tracking_number_custom_field_name' in saved.store.adapter, false);
    assert.equal(saved.warehouse.adapter.connection_string, 'sftp://wh1:s3cret-wh@ftp.example.com');
  });

  it('PATCH validates the patched connection as a create and points at the field', async () => {
    await ready;
    const answer = await send(app.url('/api/connections/42'), { name: '', store: { adapter: { password: null } } }, { method: 'PATCH', type: patchType });
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body.errors.map((e) => e.pointer).sort(), ['/name', '/store/adapter/password']);
    assert.equal(connections.get('42').name, createBody().name, 'nothing saved');
  });

  it('PATCH refuses another media type (415 with Accept-Patch), a merchant change, and an unknown id', async () => {
    await ready;
    const json = await send(app.url('/api/connections/42'), { name: 'x' }, { method: 'PATCH' });
    assert.equal(json.status, 415);
    assert.equal(json.headers.get('Accept-Patch'), patchType);
    const merchant = await send(app.url('/api/connections/42'), { customer_id: 999 }, { method: 'PATCH', type: patchType });
    assert.equal(merchant.status, 422);
    assert.equal(merchant.body.errors[0].pointer, '/customer_id');
    const missing = await send(app.url('/api/connections/nope'), { name: 'x' }, { method: 'PATCH', type: patchType });
    assert.equal(missing.status, 404);
    const wrong = await fetch(app.url('/api/connections/42'), { method: 'PUT' });
    assert.equal(wrong.headers.get('Allow'), 'GET, PATCH');
  });

  it('PATCH with an Idempotency-Key is replayed, not applied twice', async () => {
    await ready;
    let updates = 0;
    const counting = await serve({
      getConnection: async (id) => connections.get(id),
      updateConnection: async (id, { connection }) => {
        updates += 1;
        connections.set(id, connection);
      },
      createConnection: async () => ({ id: 1 }),
    });
    try {
      const first = await send(counting.url('/api/connections/42'), { name: 'Once' }, { method: 'PATCH', type: patchType, key: 'p1' });
      const again = await send(counting.url('/api/connections/42'), { name: 'Once' }, { method: 'PATCH', type: patchType, key: 'p1' });
      assert.equal(first.status, 200);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(updates, 1);
    } finally {
      await counting.close();
    }
  });

  it('an adapter key "__proto__" in a patch stays a key, never a prototype', async () => {
    await ready;
    connections.set('7', { name: 'Acme', customer_id: 1, store: { name: 'S', platform: 'acme', adapter: { token_hint: 'a' } } });
    const raw = '{"store":{"adapter":{"__proto__":{"polluted":true},"region":"eu"}}}';
    const answer = await send(app.url('/api/connections/7'), raw, { method: 'PATCH', type: patchType });
    // A nested object is no adapter value: refused on its own pointer.
    assert.equal(answer.status, 422);
    assert.equal(answer.body.errors[0].pointer, '/store/adapter/__proto__');
    assert.equal({}.polluted, undefined);
    const merged = applyMergePatch({ a: 1 }, JSON.parse('{"__proto__":"x","b":null}'));
    assert.deepEqual(Object.keys(merged), ['a', '__proto__']);
    assert.equal(Object.getPrototypeOf(merged), Object.prototype);
  });

  it('Test connection validates the adapter, and fills secrets left empty from the stored connection', async () => {
    await ready;
    const invalid = await send(app.url('/api/connections/test'), { kind: 'store', platform: 'infusionsoft', adapter: { app_name: 'brandx' } });
    assert.equal(invalid.status, 422);
    assert.ok(invalid.body.errors.some((e) => e.pointer === '/adapter/username'));
    const edit = await send(app.url('/api/connections/test'), {
      kind: 'store', platform: 'infusionsoft', connection_id: 42,
      adapter: { app_name: 'brandx', username: 'admin@example.com', pay_status: '1' },
    });
    assert.equal(edit.status, 200);
    assert.deepEqual(edit.body, { ok: true, detail: 'Signed in.' });
    assert.equal(tests.at(-1).adapter.password, 'hunter2-secret');
  });
});
