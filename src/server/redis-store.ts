// The store for several server processes behind a load balancer: one Redis that they all
// share. Every operation is one atomic Redis command or script, so two processes racing on
// one Idempotency-Key cannot both claim it.
import type { HandlerStore } from './store.js';

/**
 * The few commands of a node-redis client (`createClient()` from `redis`, v4 or v5) that
 * the store uses; a cluster client or another library wrapped to this shape works as well.
 * Redis 6.2 or later (`GETDEL`).
 */
export interface RedisLike {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null | unknown>;
  get(key: string): Promise<string | null | unknown>;
  getDel(key: string): Promise<string | null | unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** Put before every key, so that the wizard's keys stay apart from the host's own. Default `acw:`. */
  prefix?: string;
}

// Compare-and-set and compare-and-delete: Redis 7 has no SET IFEQ (8.4 has), so a script,
// which Redis runs without interleaving any other command.
const replaceScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end return 0`;
const removeScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

// A client may map replies to Buffers (`withTypeMapping`, `returnBuffers`): they are text too.
const decoder = new TextDecoder();
const text = (reply: unknown) => (typeof reply === 'string' ? reply : reply instanceof Uint8Array ? decoder.decode(reply) : undefined);
const ms = (ttlMs: number) => Math.max(1, Math.ceil(ttlMs));

/**
 * A `HandlerStore` in Redis: `SET NX PX` to claim, `GETDEL` to take, scripts to compare
 * and swap. Pass a connected client; the store never connects, quits or retries itself,
 * so a Redis that is down fails the request at once (the handler answers 503), rather
 * than holding it. That needs the client's offline queue off: by default node-redis keeps
 * commands sent while it is disconnected and sends them on reconnect, so a request would
 * wait (up to `limits.storeTimeoutMs`) and its claim could land after it was answered 503.
 *
 * ```js
 * import { createClient } from 'redis';
 * const client = createClient({
 *   url: process.env.REDIS_URL,
 *   disableOfflineQueue: true, // while Redis is down every command fails at once: 503, Retry-After
 *   socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 100, 2_000) },
 * });
 * client.on('error', (error) => console.error('redis:', error.message)); // without a listener an error ends the process
 * await client.connect();
 * const handler = createConnectionHandler({ store: redisStore(client), createConnection });
 * ```
 *
 * Keep Redis's keys across a restart (RDB or AOF persistence, or a replica that takes
 * over): a Redis that comes back empty has forgotten every answer, and a retry of a create
 * answered before the restart would run it again.
 */
export function redisStore(client: RedisLike, options: RedisStoreOptions = {}): HandlerStore {
  const prefix = options.prefix ?? 'acw:';
  return {
    async add(key, value, ttlMs) {
      return text(await client.set(prefix + key, value, { NX: true, PX: ms(ttlMs) })) === 'OK';
    },
    async get(key) {
      return text(await client.get(prefix + key));
    },
    async replace(key, expected, value, ttlMs) {
      return Number(await client.eval(replaceScript, { keys: [prefix + key], arguments: [expected, value, String(ms(ttlMs))] })) === 1;
    },
    async remove(key, expected) {
      return Number(await client.eval(removeScript, { keys: [prefix + key], arguments: [expected] })) === 1;
    },
    async take(key) {
      return text(await client.getDel(prefix + key));
    },
  };
}
