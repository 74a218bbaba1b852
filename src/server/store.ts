// What the handler keeps between requests (idempotency records today, a consent flow's
// `state` tomorrow), as a key-value store of strings in which every key expires. Five
// operations, each atomic, so that two requests racing on the same key, in one process or
// in several sharing one Redis, can never both win.

/** A key-value store of strings with expiry; `memoryStore()` and `redisStore()` implement it. */
export interface HandlerStore {
  /** Sets `key` only if it holds nothing; `true` when this call set it (Redis `SET NX PX`). */
  add(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value, or `undefined` when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Replaces the value only while it is still `expected`; `true` when replaced. */
  replace(key: string, expected: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes the value only while it is still `expected`; `true` when deleted. */
  remove(key: string, expected: string): Promise<boolean>;
  /** Reads and deletes at once: for a value that may be used only once (Redis `GETDEL`). */
  take(key: string): Promise<string | undefined>;
}

export interface MemoryStoreOptions {
  /** The clock, in milliseconds; tests pass their own to step over an expiry. */
  now?: () => number;
  /** Entries kept at most; past it the oldest are dropped first. Default 100,000. */
  maxEntries?: number;
}

/**
 * The default store: a `Map` in this process. Right for one server process (and for the
 * browser, under msw); several processes behind a load balancer need `redisStore()`, or a
 * retry that reaches the other process creates twice.
 */
export function memoryStore(options: MemoryStoreOptions = {}): HandlerStore {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 100_000;
  const entries = new Map<string, { value: string; expires: number }>();
  let nextSweep = 0;

  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expires <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const put = (key: string, value: string, ttlMs: number) => {
    entries.delete(key); // re-inserted last: the Map then runs from the oldest write to the newest
    entries.set(key, { value, expires: now() + ttlMs });
    sweep();
  };
  // Expired entries are dropped on read and, at most once a second, all at once; the oldest
  // go first when the store is full, so a flood of keys cannot fill the process's memory.
  const sweep = () => {
    const time = now();
    if (time >= nextSweep) {
      nextSweep = time + 1000;
      for (const [key, entry] of entries) if (entry.expires <= time) entries.delete(key);
    }
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    async add(key, value, ttlMs) {
      if (live(key)) return false;
      put(key, value, ttlMs);
      return true;
    },
    async get(key) {
      return live(key)?.value;
    },
    async replace(key, expected, value, ttlMs) {
      if (live(key)?.value !== expected) return false;
      put(key, value, ttlMs);
      return true;
    },
    async remove(key, expected) {
      if (live(key)?.value !== expected) return false;
      entries.delete(key);
      return true;
    },
    async take(key) {
      const entry = live(key);
      entries.delete(key);
      return entry?.value;
    },
  };
}
