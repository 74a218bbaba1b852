// Idempotency-Key as the IETF draft (-07) and Stripe run it, through real HTTP: a retry
// replays, a reused key with other values is refused, a concurrent duplicate never runs
// the host twice, an unexpected failure frees the key, keys expire and belong to a user.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBody, send, serve, server } from './server-http.mjs';

const { ConnectionError, memoryStore } = server;

/** A handler whose createConnection counts its calls and does what `behave` says. */
async function counted(options = {}, behave = async () => {}) {
  const calls = [];
  const app = await serve({
    createConnection: async (body, ctx) => {
      calls.push({ body, ctx });
      await behave(body, ctx, calls.length);
      return { id: 7000 + calls.length, name: body.name };
    },
    ...options,
  });
  return { app, calls };
}

describe('server handler: Idempotency-Key', () => {
  it('replays the first completed answer for the same key and body, without calling the host again', async () => {
    const { app, calls } = await counted();
    try {
      const first = await send(app.url(), createBody(), { key: 'key-1' });
      const again = await send(app.url(), createBody(), { key: 'key-1' });
      assert.equal(first.status, 201);
      assert.equal(again.status, 201);
      assert.equal(again.text, first.text);
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(first.headers.get('Idempotent-Replayed'), null);
      assert.equal(calls.length, 1);
      assert.equal(calls[0].ctx.idempotencyKey, 'key-1', 'the key is handed to the hook to forward upstream');
    } finally {
      await app.close();
    }
  });

  it('takes the key bare (as the wizard sends it) or as a Structured Field string, as one key', async () => {
    const { app, calls } = await counted();
    try {
      await send(app.url(), createBody(), { key: '8e03-bare' });
      const quoted = await send(app.url(), createBody(), { key: '"8e03-bare"' });
      assert.equal(quoted.headers.get('Idempotent-Replayed'), 'true');
      const escaped = await send(app.url(), createBody(), { key: String.raw`"with \"quote\""` });
      assert.equal(escaped.status, 201);
      assert.equal(calls.at(-1).ctx.idempotencyKey, 'with "quote"');
      assert.equal(calls.length, 2);
    } finally {
      await app.close();
    }
  });

  it('compares bodies by content, not by key order or spacing', async () => {
    const { app, calls } = await counted();
    try {
      const body = createBody();
      await send(app.url(), body, { key: 'order' });
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const replay = await send(app.url(), JSON.stringify(reordered, null, 4), { key: 'order' });
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(calls.length, 1);
    } finally {
      await app.close();
    }
  });

  it('refuses the same key with a different body: 422 "Idempotency-Key is already used"', async () => {
    const { app, calls } = await counted();
    try {
      await send(app.url(), createBody(), { key: 'reused' });
      const changed = { ...createBody(), name: 'Another name' };
      const refused = await send(app.url(), changed, { key: 'reused' });
      assert.equal(refused.status, 422);
      assert.match(refused.body.detail, /^Idempotency-Key is already used/);
      assert.match(refused.body.type, /idempotency-key-reused/);
      assert.equal(calls.length, 1);
    } finally {
      await app.close();
    }
  });

  it('refuses a second request while the first runs (409 outstanding), and never runs the host twice', async () => {
    let release;
    const gate = new Promise((resolve) => (release = resolve));
    const { app, calls } = await counted({}, () => gate);
    try {
      const first = send(app.url(), createBody(), { key: 'busy' });
      while (calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const during = await Promise.all([1, 2, 3].map(() => send(app.url(), createBody(), { key: 'busy' })));
      for (const answer of during) {
        assert.equal(answer.status, 409);
        assert.match(answer.body.detail, /^A request is outstanding for this Idempotency-Key/);
        assert.equal(answer.headers.get('Retry-After'), '2');
      }
      release();
      assert.equal((await first).status, 201);
      const after = await send(app.url(), createBody(), { key: 'busy' });
      assert.equal(after.text, (await first).text);
      assert.equal(calls.length, 1);
    } finally {
      await app.close();
    }
  });

  it('frees the key when the host failed unexpectedly, so the retry runs again', async () => {
    const { app, calls } = await counted({ onError: () => {} }, async (_body, _ctx, n) => {
      if (n === 1) throw new Error('upstream timed out');
    });
    try {
      const failed = await send(app.url(), createBody(), { key: 'flaky' });
      assert.equal(failed.status, 500);
      const retry = await send(app.url(), createBody(), { key: 'flaky' });
      assert.equal(retry.status, 201);
      assert.equal(calls.length, 2);
    } finally {
      await app.close();
    }
  });

  it('keeps a host refusal under 500 as final (replayed), and frees the key after a 5xx ConnectionError', async () => {
    const { app, calls } = await counted({}, async (body) => {
      if (body.name === 'refuse') throw ConnectionError.fields([{ pointer: '/store/adapter/password', detail: 'Wrong password.' }]);
      if (body.name === 'unavailable') throw new ConnectionError(503, { detail: 'DropStream is down.' });
    });
    try {
      const refuse = { ...createBody(), name: 'refuse' };
      assert.equal((await send(app.url(), refuse, { key: 'r' })).status, 422);
      const replay = await send(app.url(), refuse, { key: 'r' });
      assert.equal(replay.status, 422);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      const down = { ...createBody(), name: 'unavailable' };
      assert.equal((await send(app.url(), down, { key: 'u' })).status, 503);
      assert.equal((await send(app.url(), down, { key: 'u' })).status, 503);
      assert.equal(calls.length, 3, 'refusal once, the 5xx twice');
    } finally {
      await app.close();
    }
  });

  it('expires keys after keyTtlMs (24 hours by default)', async () => {
    let now = 1_000_000;
    const { app, calls } = await counted({ store: memoryStore({ now: () => now }) });
    try {
      await send(app.url(), createBody(), { key: 'old' });
      now += 24 * 60 * 60 * 1000 - 1;
      assert.equal((await send(app.url(), createBody(), { key: 'old' })).headers.get('Idempotent-Replayed'), 'true');
      now += 2;
      const fresh = await send(app.url(), createBody(), { key: 'old' });
      assert.equal(fresh.headers.get('Idempotent-Replayed'), null);
      assert.equal(calls.length, 2);
    } finally {
      await app.close();
    }
  });

  it('scopes a key to the authorised user', async () => {
    const { app, calls } = await counted({ authorize: (request) => ({ id: request.headers.get('X-User') }) });
    try {
      const alice = await send(app.url(), createBody(), { key: 'shared', headers: { 'X-User': 'alice' } });
      const bob = await send(app.url(), createBody(), { key: 'shared', headers: { 'X-User': 'bob' } });
      assert.notEqual(alice.body.id, bob.body.id, 'bob does not get alice’s connection');
      assert.equal(calls.length, 2);
    } finally {
      await app.close();
    }
  });

  it('stores neither the body nor a secret in clear: only a keyed fingerprint and the answer', async () => {
    const stored = [];
    const inner = memoryStore();
    const spying = { ...inner, add: (k, v, t) => (stored.push(k, v), inner.add(k, v, t)), replace: (k, e, v, t) => (stored.push(k, v), inner.replace(k, e, v, t)) };
    const { app } = await counted({ store: spying });
    try {
      await send(app.url(), createBody(), { key: 'secretive' });
      const everything = stored.join('\n');
      assert.ok(stored.length >= 4);
      assert.doesNotMatch(everything, /hunter2|s3cret-wh|admin@example\.com|secretive/);
    } finally {
      await app.close();
    }
  });
});
