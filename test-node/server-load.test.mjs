// 1,000 concurrent creates carrying 100 distinct Idempotency-Keys, over real HTTP on
// loopback: with memoryStore() in one handler process, and with redisStore() in TWO handler
// processes sharing one real redis-server (started here on a free port). createConnection
// must run exactly 100 times, and every duplicate must get the first answer of its key, or,
// while that one was outstanding, a 409 whose retry then replays it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startRedis } from './support/redis-server.mjs';
import { createBody, httpClient, outstandingType, spawnHandler } from './support/handlers.mjs';

const requests = 1000;
const distinctKeys = 100;

/** A fixed shuffle (mulberry32), so a failure can be run again in the same order. */
function shuffled(items, seed = 20) {
  const out = [...items];
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Sends the 1,000 creates at once, spread over `origins` (each key's duplicates alternate
 * between them), then checks every answer and retries every 409. Resolves the figures.
 */
async function run(origins) {
  const keys = Array.from({ length: distinctKeys }, () => crypto.randomUUID());
  // Key n's ten duplicates are shuffled among its neighbours' (windows of ten keys), so they
  // arrive close together and alternate between the origins.
  const perKey = requests / distinctKeys;
  const window = 10 * perKey;
  const plan = Array.from({ length: requests / window }, (_, w) =>
    shuffled(Array.from({ length: window }, (_, j) => ({ n: w * 10 + (j % 10), origin: origins[Math.floor(j / 10) % origins.length] })), w + 1),
  ).flat();
  const client = httpClient();
  try {
    // Warm-up: 1,000 GETs at once (405: the handler has no getConnection) open the keep-alive
    // sockets, so that the creates below reach both processes at once.
    const warm = await Promise.all(plan.map((item) => client.get(item.origin)));
    assert.ok(warm.every((a) => a.status === 405), 'GET is not allowed without getConnection');

    const started = performance.now();
    const answers = await Promise.all(plan.map(async (item) => ({ ...item, ...(await client.post(item.origin, createBody(item.n), keys[item.n])) })));
    const duration = performance.now() - started;

    const byKey = Array.from({ length: distinctKeys }, () => []);
    for (const answer of answers) byKey[answer.n].push(answer);
    const statuses = {};
    for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    assert.ok(Object.keys(statuses).every((s) => s === '201' || s === '409'), `only 201 and 409 answered: ${JSON.stringify(statuses)}`);

    const first = [];
    for (const [n, list] of byKey.entries()) {
      const created = list.filter((a) => a.status === 201);
      assert.ok(created.length >= 1, `key ${n} has a 201`);
      const originals = created.filter((a) => a.headers['idempotent-replayed'] !== 'true');
      assert.equal(originals.length, 1, `key ${n}: exactly one answer is not a replay`);
      const [original] = originals;
      assert.equal(original.body.name, createBody(n).name, `key ${n} answered its own connection`);
      assert.match(String(original.body.id), /^[a-z]-\d+$/);
      assert.equal(original.headers.location, `/api/connections/${encodeURIComponent(original.body.id)}`);
      for (const replay of created) {
        assert.equal(replay.text, original.text, `key ${n}: a duplicate got the first answer, byte for byte`);
        assert.match(replay.headers['content-type'], /^application\/json/);
      }
      for (const refused of list.filter((a) => a.status === 409)) {
        assert.equal(refused.body.type, outstandingType);
        assert.equal(refused.body.status, 409);
        assert.ok(Number(refused.headers['retry-after']) > 0, 'a 409 says when to retry');
      }
      first[n] = original;
    }

    // Every 409, retried now that every first attempt has settled, replays the first answer.
    const refused = answers.filter((a) => a.status === 409);
    const retried = await Promise.all(refused.map((a) => client.post(a.origin, createBody(a.n), keys[a.n])));
    for (const [i, retry] of retried.entries()) {
      const { n } = refused[i];
      assert.equal(retry.status, 201, `the retry of a 409 for key ${n}`);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.text, first[n].text);
    }
    const ids = new Set(first.map((a) => String(a.body.id)));
    assert.equal(ids.size, distinctKeys, 'every key created its own connection');
    return { duration, statuses, refused: refused.length, originsByKey: byKey.map((list) => new Set(list.map((a) => a.origin))) };
  } finally {
    client.close();
  }
}

/** The 100 names createConnection was called with must be the 100 keys' bodies, once each. */
function assertCreatedOnce(calls) {
  assert.equal(calls.length, distinctKeys, `createConnection ran ${calls.length} times`);
  assert.deepEqual([...calls].sort(), Array.from({ length: distinctKeys }, (_, n) => createBody(n).name).sort());
}

describe('1,000 concurrent creates, 100 keys: memoryStore, one process', () => {
  let handler;
  before(async () => {
    handler = await spawnHandler({ store: 'memory', delayMs: 20, tag: 'm' });
  });
  after(() => handler?.close());

  it('creates exactly 100 times and gives every duplicate the first answer', { timeout: 25_000 }, async (t) => {
    const figures = await run([handler.origin]);
    const calls = await handler.calls();
    assertCreatedOnce(calls);
    t.diagnostic(`memory: ${requests} requests in ${figures.duration.toFixed(0)} ms, createConnection ×${calls.length}, answers ${JSON.stringify(figures.statuses)}, ${figures.refused} 409s retried`);
    assert.ok(figures.duration < 20_000, `took ${figures.duration.toFixed(0)} ms`);
  });
});

describe('1,000 concurrent creates, 100 keys: redisStore, two processes, one Redis', () => {
  let redis;
  const processes = [];
  before(async () => {
    redis = await startRedis();
    for (const tag of ['a', 'b']) processes.push(await spawnHandler({ store: 'redis', redisUrl: redis.url, delayMs: 20, tag }));
  });
  after(async () => {
    await Promise.all(processes.map((p) => p.close()));
    await redis?.close();
  });

  it('creates exactly 100 times across both and gives every duplicate the first answer', { timeout: 25_000 }, async (t) => {
    const figures = await run(processes.map((p) => p.origin));
    const [a, b] = await Promise.all(processes.map((p) => p.calls()));
    assertCreatedOnce([...a, ...b]);
    // Which process creates a key is a race (a busy one can lose them all); that each key's
    // duplicates reached both, and still ran once, is what shows the claim held across them.
    for (const [n, origins] of figures.originsByKey.entries()) assert.equal(origins.size, 2, `key ${n} reached both processes`);
    t.diagnostic(`redis: ${requests} requests in ${figures.duration.toFixed(0)} ms, createConnection ×${a.length} + ×${b.length}, answers ${JSON.stringify(figures.statuses)}, ${figures.refused} 409s retried`);
    assert.ok(figures.duration < 20_000, `took ${figures.duration.toFixed(0)} ms`);
  });

  it('a second round with the same keys replays from Redis and creates nothing', async () => {
    // Keys claimed by process a are answered by process b from Redis, and the other way round.
    const client = httpClient();
    try {
      const keys = Array.from({ length: 10 }, () => crypto.randomUUID());
      const firsts = await Promise.all(keys.map((key, n) => client.post(processes[n % 2].origin, createBody(n), key)));
      const seconds = await Promise.all(keys.map((key, n) => client.post(processes[(n + 1) % 2].origin, createBody(n), key)));
      for (const [n, second] of seconds.entries()) {
        assert.equal(firsts[n].status, 201);
        assert.equal(second.status, 201);
        assert.equal(second.headers['idempotent-replayed'], 'true');
        assert.equal(second.text, firsts[n].text);
      }
      const [a, b] = await Promise.all(processes.map((p) => p.calls()));
      assert.equal(a.length + b.length, distinctKeys + keys.length);
    } finally {
      client.close();
    }
  });
});
