// Faults, over real HTTP on loopback (node:http + toNodeListener): Redis stopped mid-run
// and hung, a store that hangs or throws, and a host createConnection that throws or hangs.
// Each must answer as documented (503/500/504/409 with Retry-After), never create twice,
// and recover. The real redis-server is started here on a free port and stopped after.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectClient, startRedis, waitReady } from './support/redis-server.mjs';
import { createBody, httpClient, outstandingType, serve, server, sleep, timeoutType, unavailableType } from './support/handlers.mjs';

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

const deferred = () => {
  let resolve, reject;
  const promise = new Promise((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
};

/** A createConnection that records each call and, per call, does what `behave(n)` says. */
function hostHook(behave = () => undefined) {
  const calls = [];
  const signals = [];
  const createConnection = async (body, ctx) => {
    calls.push(body.name);
    signals.push(ctx.signal);
    await behave(calls.length, body);
    return { id: `c-${calls.length}`, name: body.name };
  };
  return { calls, signals, createConnection };
}

/** Serves a handler, runs `body(origin)`, closes the server whatever happens. */
async function withHandler(options, body) {
  const served = await serve({ onError: () => {}, ...options });
  try {
    return await body(served.origin);
  } finally {
    await served.close();
  }
}

const assertProblem = (answer, status, type) => {
  assert.equal(answer.status, status, answer.text);
  assert.match(answer.headers['content-type'], /^application\/problem\+json/);
  if (type) assert.equal(answer.body.type, type);
  if (status === 503 || status === 409 || status === 504) assert.ok(Number(answer.headers['retry-after']) > 0, `${status} says when to retry`);
};
const post = (origin, n, key) => http.post(origin, createBody(n), key);
/** Retries while the answer is 409 outstanding (the settled hook's answer is being kept), 5 s at most. */
async function postSettled(origin, n, key) {
  for (const deadline = Date.now() + 5_000; ; await sleep(20)) {
    const answer = await post(origin, n, key);
    if (answer.status !== 409 || Date.now() > deadline) return answer;
  }
}
const keys = (count) => Array.from({ length: count }, () => crypto.randomUUID());

describe('Redis stopped mid-run', () => {
  it('answers 503 with Retry-After while down, creates nothing twice, and recovers when Redis is back', { timeout: 20_000 }, async (t) => {
    const gate = deferred();
    const inFlight = new Set([20, 21, 22, 23, 24]);
    const hook = hostHook((_, body) => (inFlight.has(Number(/Brand X (\d+)/.exec(body.name)[1])) ? gate.promise : sleep(2)));
    await withHandler({ createConnection: hook.createConnection, store: server.redisStore(redisClient), limits: { storeTimeoutMs: 500 } }, async (origin) => {
      // Before: 20 creates answered and recorded in Redis.
      const done = keys(20);
      const firsts = await Promise.all(done.map((key, n) => post(origin, n, key)));
      assert.deepEqual(firsts.map((a) => a.status), done.map(() => 201));

      // Mid-run: five creates claimed, their hooks still running, when Redis stops.
      const pending = keys(5);
      const pendingAnswers = Promise.all(pending.map((key, i) => post(origin, 20 + i, key)));
      for (const deadline = Date.now() + 5_000; hook.calls.length < 25; await sleep(5)) {
        assert.ok(Date.now() < deadline, `only ${hook.calls.length} of 25 creates reached the hook`);
      }
      await redis.stop();
      await waitReady(redisClient, false);
      gate.resolve();
      // The host did create them: their answers go out, though Redis could not keep them.
      for (const answer of await pendingAnswers) assert.equal(answer.status, 201);

      // While down: new keys, and retries of every earlier key, are refused at once.
      const fresh = keys(10);
      const started = performance.now();
      const down = await Promise.all([
        ...fresh.map((key, i) => post(origin, 30 + i, key)),
        ...done.map((key, n) => post(origin, n, key)),
        ...pending.map((key, i) => post(origin, 20 + i, key)),
      ]);
      const downMs = performance.now() - started;
      for (const answer of down) {
        assertProblem(answer, 503, unavailableType);
        assert.match(answer.body.detail, /nothing was created/);
      }
      assert.ok(downMs < 1_000, `refused in ${downMs.toFixed(0)} ms, not after a wait`);
      assert.equal(hook.calls.length, 25, 'nothing ran while Redis was down');

      // Back: Redis restarts on its port with its keys; the client reconnects by itself.
      await redis.start();
      await waitReady(redisClient, true);
      const retriedFresh = await Promise.all(fresh.map((key, i) => post(origin, 30 + i, key)));
      assert.deepEqual(retriedFresh.map((a) => a.status), fresh.map(() => 201), 'the refused creates go through');
      const replayed = await Promise.all(done.map((key, n) => post(origin, n, key)));
      for (const [n, answer] of replayed.entries()) {
        assert.equal(answer.status, 201);
        assert.equal(answer.headers['idempotent-replayed'], 'true');
        assert.equal(answer.text, firsts[n].text, 'the answer from before the outage');
      }
      // Claimed before the outage, answered during it: the claim survived, the answer did not,
      // so a retry is told the key is outstanding (until pendingTtlMs) rather than run twice.
      const retriedPending = await Promise.all(pending.map((key, i) => post(origin, 20 + i, key)));
      for (const answer of retriedPending) assertProblem(answer, 409, outstandingType);

      assert.equal(hook.calls.length, 35, 'each of the 35 keys was created once');
      assert.equal(new Set(hook.calls).size, 35);
      t.diagnostic(`down: ${down.length} requests answered 503 in ${downMs.toFixed(0)} ms; after restart 10 created, 20 replayed, 5 outstanding; createConnection ×${hook.calls.length}`);
    });
  });

  it('answers 503 after storeTimeoutMs while Redis hangs, and serves again once it answers', { timeout: 10_000 }, async (t) => {
    const hook = hostHook();
    await withHandler({ createConnection: hook.createConnection, store: server.redisStore(redisClient), limits: { storeTimeoutMs: 200 } }, async (origin) => {
      const [key, later] = keys(2);
      redis.pause();
      let answer;
      const started = performance.now();
      try {
        answer = await post(origin, 1, key);
      } finally {
        redis.resume();
      }
      const ms = performance.now() - started;
      assertProblem(answer, 503, unavailableType);
      assert.ok(ms >= 190 && ms < 1_500, `answered after ${ms.toFixed(0)} ms`);
      assert.equal(hook.calls.length, 0);
      const next = await post(origin, 2, later);
      assert.equal(next.status, 201, 'a new key goes through once Redis answers');
      t.diagnostic(`hung Redis: 503 after ${ms.toFixed(0)} ms (storeTimeoutMs 200)`);
    });
  });
});

describe('a store that hangs or fails', () => {
  const broken = (operation) => ({
    ...server.memoryStore(),
    add: operation,
  });

  it('answers 503 after storeTimeoutMs when the store never answers, and runs nothing', async () => {
    const hook = hostHook();
    await withHandler({ createConnection: hook.createConnection, store: broken(() => new Promise(() => {})), limits: { storeTimeoutMs: 100 } }, async (origin) => {
      const started = performance.now();
      const answer = await post(origin, 1, crypto.randomUUID());
      const ms = performance.now() - started;
      assertProblem(answer, 503, unavailableType);
      assert.ok(ms >= 95 && ms < 1_000, `answered after ${ms.toFixed(0)} ms`);
      assert.equal(hook.calls.length, 0);
    });
  });

  it('answers 503 at once when the store throws', async () => {
    const hook = hostHook();
    const errors = [];
    const store = broken(async () => {
      throw new Error('ECONNREFUSED');
    });
    await withHandler({ createConnection: hook.createConnection, store, onError: (error, info) => errors.push(info.operation) }, async (origin) => {
      assertProblem(await post(origin, 1, crypto.randomUUID()), 503, unavailableType);
      assert.equal(hook.calls.length, 0);
      assert.deepEqual(errors, ['store']);
    });
  });
});

for (const kind of ['memory', 'redis']) {
  const store = () => (kind === 'redis' ? server.redisStore(redisClient) : server.memoryStore());

  describe(`a host createConnection that throws or hangs (${kind} store)`, () => {
    it('throws: 500, the key is released, a retry runs the hook again and succeeds', async () => {
      const hook = hostHook((n) => {
        if (n === 1) throw new Error('the upstream API failed');
      });
      const errors = [];
      await withHandler({ createConnection: hook.createConnection, store: store(), onError: (error, info) => errors.push([error.message, info.operation]) }, async (origin) => {
        const key = crypto.randomUUID();
        const failed = await post(origin, 1, key);
        assertProblem(failed, 500);
        assert.doesNotMatch(failed.text, /upstream API|hunter2/, 'neither the error nor a secret is answered');
        assert.deepEqual(errors, [['the upstream API failed', 'createConnection']]);
        const retried = await post(origin, 1, key);
        assert.equal(retried.status, 201);
        assert.equal(retried.body.id, 'c-2');
        const again = await post(origin, 1, key);
        assert.equal(again.headers['idempotent-replayed'], 'true');
        assert.equal(again.text, retried.text);
        assert.equal(hook.calls.length, 2);
      });
    });

    it('hangs: 504 after hookTimeoutMs, 409 outstanding meanwhile, its answer replayed once it settles', async () => {
      const gate = deferred();
      const hook = hostHook((n) => (n === 1 ? gate.promise : undefined));
      await withHandler({ createConnection: hook.createConnection, store: store(), limits: { hookTimeoutMs: 150 } }, async (origin) => {
        const key = crypto.randomUUID();
        const started = performance.now();
        const timedOut = await post(origin, 1, key);
        const ms = performance.now() - started;
        assertProblem(timedOut, 504, timeoutType);
        assert.ok(ms >= 145 && ms < 1_500, `504 after ${ms.toFixed(0)} ms`);
        assert.equal(hook.signals[0].aborted, true, 'the hook is told the handler stopped waiting');
        assertProblem(await post(origin, 1, key), 409, outstandingType);
        assert.equal(hook.calls.length, 1, 'the retry did not run the hook again');

        gate.resolve();
        const replayed = await postSettled(origin, 1, key);
        assert.equal(replayed.status, 201);
        assert.equal(replayed.headers['idempotent-replayed'], 'true');
        assert.equal(replayed.body.id, 'c-1', 'the answer the hung hook came to');
        assert.equal(hook.calls.length, 1);
      });
    });

    it('hangs then throws: 504, then the key is released and a retry runs again', async () => {
      const gate = deferred();
      const hook = hostHook((n) => (n === 1 ? gate.promise : undefined));
      await withHandler({ createConnection: hook.createConnection, store: store(), limits: { hookTimeoutMs: 100 } }, async (origin) => {
        const key = crypto.randomUUID();
        assertProblem(await post(origin, 1, key), 504, timeoutType);
        assertProblem(await post(origin, 1, key), 409, outstandingType);
        gate.reject(new Error('gave up on the signal'));
        const retried = await postSettled(origin, 1, key);
        assert.equal(retried.status, 201);
        assert.equal(retried.body.id, 'c-2');
        assert.equal(hook.calls.length, 2);
      });
    });
  });
}
