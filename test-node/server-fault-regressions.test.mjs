// Two defects of src/server that the store and fault suites found, kept as the tests that
// found them: a claim that landed after a store timeout, and a replay without Location.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectClient, startRedis } from './support/redis-server.mjs';
import { createBody, httpClient, serve, server, sleep } from './support/handlers.mjs';

let redis;
let redisClient;
const http = httpClient();
before(async () => {
  redis = await startRedis();
  redisClient = await connectClient(redis.url);
});
after(async () => {
  http.close();
  redisClient?.destroy();
  await redis?.close();
});

describe('server handler: fault regressions', () => {
  // timed-store.ts gives up on a store call after storeTimeoutMs and the handler answers 503
  // "Try again in a moment: nothing was created". But the SET NX PX it gave up on is still
  // queued on the socket, and Redis runs it once it answers: the key is then claimed by a
  // request that is gone. Every retry gets 409 "outstanding" until pendingTtlMs (10 min by
  // default) — the opposite of what the 503 told the user. Fix (timed-store.ts): when `add`
  // times out and later resolves `true`, `remove(key, value)` it.
  it('a retry after a 503 for a hung Redis goes through once Redis answers again', async () => {
    let calls = 0;
    const served = await serve({ createConnection: async () => ({ id: `c-${++calls}` }), store: server.redisStore(redisClient), limits: { storeTimeoutMs: 200 }, onError: () => {} });
    try {
      const key = crypto.randomUUID();
      redis.pause();
      let first;
      try {
        first = await http.post(served.origin, createBody(1), key);
      } finally {
        redis.resume();
      }
      assert.equal(first.status, 503);
      await sleep(100);
      const retry = await http.post(served.origin, createBody(1), key);
      assert.equal(retry.status, 201, `the retry was answered ${retry.status} ${retry.body?.type}`);
      assert.equal(calls, 1);
    } finally {
      await served.close();
    }
  });

  // run-hook.ts keeps only status, content type and body of an answer: a replayed 201 has no
  // Location header, though the first one had. Fix: keep the answer's headers (Location) in
  // the Done record and send them again on replay.
  it('a replayed 201 carries the same Location as the first', async () => {
    const served = await serve({ createConnection: async () => ({ id: 'c-1' }) });
    try {
      const key = crypto.randomUUID();
      const first = await http.post(served.origin, createBody(1), key);
      const replay = await http.post(served.origin, createBody(1), key);
      assert.equal(first.headers.location, '/api/connections/c-1');
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(replay.headers.location, first.headers.location);
    } finally {
      await served.close();
    }
  });
});
