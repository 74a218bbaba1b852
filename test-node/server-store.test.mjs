// The HandlerStore contract, one suite run against both stores: memoryStore() and
// redisStore() over a real redis-server this file starts on a free loopback port (and
// stops, pass or fail). Atomicity is checked by racing 50 calls on one key.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { RESP_TYPES } from 'redis';
import { connectClient, startRedis } from './support/redis-server.mjs';
import { server, sleep } from './support/handlers.mjs';

const { memoryStore, redisStore } = server;

let redis;
let client;
before(async () => {
  redis = await startRedis();
  client = await connectClient(redis.url);
});
after(async () => {
  client?.destroy();
  await redis?.close();
});

/** A fresh key, so the tests share one store without seeing each other's keys. */
const fresh = (name = 'k') => `${name}:${crypto.randomUUID()}`;

function contract(name, makeStore) {
  describe(`HandlerStore contract: ${name}`, () => {
    let store;
    before(() => (store = makeStore()));

    it('add sets a key only while it holds nothing', async () => {
      const key = fresh();
      assert.equal(await store.get(key), undefined);
      assert.equal(await store.add(key, 'first', 10_000), true);
      assert.equal(await store.add(key, 'second', 10_000), false);
      assert.equal(await store.get(key), 'first');
    });

    it('replace swaps the value only while it is still the expected one', async () => {
      const key = fresh();
      assert.equal(await store.replace(key, 'nothing', 'x', 10_000), false, 'no value to replace');
      assert.equal(await store.get(key), undefined, 'replace does not create');
      await store.add(key, 'pending', 10_000);
      assert.equal(await store.replace(key, 'other', 'done', 10_000), false);
      assert.equal(await store.get(key), 'pending');
      assert.equal(await store.replace(key, 'pending', 'done', 10_000), true);
      assert.equal(await store.get(key), 'done');
      assert.equal(await store.replace(key, 'pending', 'again', 10_000), false, 'the old value no longer matches');
      assert.equal(await store.get(key), 'done');
    });

    it('remove deletes only while the value is still the expected one', async () => {
      const key = fresh();
      assert.equal(await store.remove(key, 'v'), false);
      await store.add(key, 'v', 10_000);
      assert.equal(await store.remove(key, 'w'), false);
      assert.equal(await store.get(key), 'v');
      assert.equal(await store.remove(key, 'v'), true);
      assert.equal(await store.get(key), undefined);
      assert.equal(await store.add(key, 'again', 10_000), true, 'a removed key is free again');
    });

    it('take reads and deletes at once', async () => {
      const key = fresh();
      assert.equal(await store.take(key), undefined);
      await store.add(key, 'once', 10_000);
      assert.equal(await store.take(key), 'once');
      assert.equal(await store.take(key), undefined);
      assert.equal(await store.get(key), undefined);
    });

    it('keeps values and keys exactly, whatever characters they hold', async () => {
      const key = fresh('idem: ü/ 🔑 "quoted"\n');
      const value = JSON.stringify({ state: 'done', body: `{"name":"Brand X — Infusionsoft → ACME ✓"}\r\n${'x'.repeat(20_000)}` });
      assert.equal(await store.add(key, value, 10_000), true);
      assert.equal(await store.get(key), value);
      assert.equal(await store.replace(key, value, `${value}!`, 10_000), true);
      assert.equal(await store.take(key), `${value}!`);
      const other = fresh();
      await store.add(other, '', 10_000);
      assert.equal(await store.get(other), '', 'an empty string is a value, not nothing');
    });

    it('forgets a key when its TTL passes, and the key is free again', async () => {
      const key = fresh();
      assert.equal(await store.add(key, 'short', 80), true);
      assert.equal(await store.get(key), 'short');
      await sleep(200);
      assert.equal(await store.get(key), undefined);
      assert.equal(await store.replace(key, 'short', 'late', 10_000), false, 'an expired value is not replaced');
      assert.equal(await store.remove(key, 'short'), false);
      assert.equal(await store.add(key, 'new', 10_000), true);
      assert.equal(await store.get(key), 'new');
    });

    it('replace gives the value its new TTL', async () => {
      const longer = fresh();
      await store.add(longer, 'pending', 80);
      assert.equal(await store.replace(longer, 'pending', 'done', 10_000), true);
      const shorter = fresh();
      await store.add(shorter, 'pending', 10_000);
      assert.equal(await store.replace(shorter, 'pending', 'done', 80), true);
      await sleep(200);
      assert.equal(await store.get(longer), 'done', 'kept past its first TTL');
      assert.equal(await store.get(shorter), undefined, 'gone after its new, shorter TTL');
    });

    it('takes a TTL under a millisecond without failing', async () => {
      const key = fresh();
      assert.equal(await store.add(key, 'v', 0.4), true);
      await sleep(20);
      assert.equal(await store.get(key), undefined);
    });

    it('50 concurrent adds of one key: exactly one wins, and its value is kept', async () => {
      const key = fresh();
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.add(key, `v${i}`, 10_000)));
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal(await store.get(key), `v${results.indexOf(true)}`);
    });

    it('50 concurrent replaces, takes and removes of one key: exactly one wins each', async () => {
      const key = fresh();
      await store.add(key, 'pending', 10_000);
      const replaced = await Promise.all(Array.from({ length: 50 }, (_, i) => store.replace(key, 'pending', `done${i}`, 10_000)));
      assert.equal(replaced.filter(Boolean).length, 1);
      const winner = `done${replaced.indexOf(true)}`;
      assert.equal(await store.get(key), winner);

      const removed = await Promise.all(Array.from({ length: 50 }, () => store.remove(key, winner)));
      assert.equal(removed.filter(Boolean).length, 1);

      await store.add(key, 'state', 10_000);
      const taken = await Promise.all(Array.from({ length: 50 }, () => store.take(key)));
      assert.deepEqual(taken.filter((v) => v !== undefined), ['state']);
    });

    it('keys do not interfere', async () => {
      const keys = Array.from({ length: 20 }, () => fresh());
      const added = await Promise.all(keys.map((key, i) => store.add(key, `v${i}`, 10_000)));
      assert.deepEqual(added, keys.map(() => true));
      assert.deepEqual(await Promise.all(keys.map((key) => store.get(key))), keys.map((_, i) => `v${i}`));
    });
  });
}

contract('memoryStore()', () => memoryStore());
contract('redisStore(client)', () => redisStore(client));
// A client that maps replies to Buffers: the store must read them as text (it did not: every
// add answered false, so every create was "outstanding").
contract('redisStore(client with replies as Buffers)', () =>
  redisStore(client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer, [RESP_TYPES.SIMPLE_STRING]: Buffer })));

describe('redisStore: in Redis', () => {
  it('claims with SET NX PX under its prefix: the key carries its TTL', async () => {
    const store = redisStore(client);
    const key = fresh();
    await store.add(key, 'v', 5_000);
    assert.equal(await client.get(`acw:${key}`), 'v');
    const ttl = await client.pTTL(`acw:${key}`);
    assert.ok(ttl > 4_000 && ttl <= 5_000, `PTTL ${ttl}`);
    await store.replace(key, 'v', 'w', 60_000);
    assert.ok((await client.pTTL(`acw:${key}`)) > 55_000, 'replace sets the new TTL');
  });

  it('keeps stores with different prefixes apart on one Redis', async () => {
    const a = redisStore(client, { prefix: 'a:' });
    const b = redisStore(client, { prefix: 'b:' });
    const key = fresh();
    assert.equal(await a.add(key, 'from a', 10_000), true);
    assert.equal(await b.add(key, 'from b', 10_000), true);
    assert.equal(await a.get(key), 'from a');
    assert.equal(await b.take(key), 'from b');
    assert.equal(await a.get(key), 'from a');
  });

  it('a store on a second client sees the first one’s claim (two processes, one Redis)', async () => {
    const other = await connectClient(redis.url);
    try {
      const key = fresh();
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => redisStore(i % 2 ? other : client).add(key, `v${i}`, 10_000)));
      assert.equal(results.filter(Boolean).length, 1);
    } finally {
      other.destroy();
    }
  });

  it('rejects, rather than waits, while Redis is down', async () => {
    const lone = await startRedis();
    const lonely = await connectClient(lone.url);
    try {
      const store = redisStore(lonely);
      await lone.kill();
      const started = Date.now();
      await assert.rejects(store.add(fresh(), 'v', 1_000));
      await assert.rejects(store.get(fresh()));
      assert.ok(Date.now() - started < 500, `failed in ${Date.now() - started} ms`);
    } finally {
      lonely.destroy();
      await lone.close();
    }
  });
});

describe('memoryStore: its own options', () => {
  it('expires on the clock it is given', async () => {
    let time = 1_000;
    const store = memoryStore({ now: () => time });
    await store.add('k', 'v', 100);
    time += 99;
    assert.equal(await store.get('k'), 'v');
    time += 1;
    assert.equal(await store.get('k'), undefined);
  });

  it('drops the oldest entries past maxEntries', async () => {
    const store = memoryStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.add(key, key, 10_000);
    assert.equal(await store.get('a'), undefined);
    assert.deepEqual(await Promise.all(['b', 'c', 'd'].map((k) => store.get(k))), ['b', 'c', 'd']);
  });
});
