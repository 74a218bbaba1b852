// A store call that fails or hangs (Redis down, a network partition) must not hold the
// request or run the host without a claim: each call gets a deadline, and any failure
// becomes `StoreUnavailable`, which the handler answers 503 with Retry-After.
import { StoreUnavailable } from './run-hook.js';
import type { HandlerStore } from './store.js';

export function timedStore(store: HandlerStore, timeoutMs: number): HandlerStore {
  const timed = <T>(operation: string, call: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new StoreUnavailable(`The store's ${operation} took longer than ${timeoutMs} ms.`)), timeoutMs);
      Promise.resolve()
        .then(call)
        .then(resolve, (error: unknown) => reject(new StoreUnavailable(`The store's ${operation} failed: ${error instanceof Error ? error.message : String(error)}`)))
        .finally(() => clearTimeout(timer));
    });
  return {
    add: (key, value, ttlMs) => {
      const adding = store.add(key, value, ttlMs);
      // A claim that lands after the request was answered 503 ("nothing was created") is
      // nobody's: released, or the retry would be told "outstanding" for pendingTtlMs.
      return timed('add', () => adding).catch((error: unknown) => {
        adding.then((won) => won && store.remove(key, value)).catch(() => {});
        throw error;
      });
    },
    get: (key) => timed('get', () => store.get(key)),
    replace: (key, expected, value, ttlMs) => timed('replace', () => store.replace(key, expected, value, ttlMs)),
    remove: (key, expected) => timed('remove', () => store.remove(key, expected)),
    take: (key) => timed('take', () => store.take(key)),
  };
}
