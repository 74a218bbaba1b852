// What the handler never answers: a stored connection is sent back (GET, and whatever a
// host hook returns) without the values a person typed as credentials.
import { isCredentialName, isCredentialValue } from '../schema/credentials.js';

/** Adapter keys of the package's own platforms that hold a secret without being named like one. */
const knownSecretKeys = new Set(['connection_string']);

/** Whether `key: value` is a credential: by its name, by its shape, or because the host says so. */
export const isSecret = (key: string, value: unknown, extra: ReadonlySet<string>) =>
  knownSecretKeys.has(key) || extra.has(key) || isCredentialName(key) || (typeof value === 'string' && isCredentialValue(value));

/** A copy of `value` with every secret entry left out, at any depth. Own keys only: `__proto__` stays a key. */
export function withoutSecrets<T>(value: T, extra: ReadonlySet<string> = new Set()): T {
  if (Array.isArray(value)) return value.map((item) => withoutSecrets(item, extra)) as T;
  if (value === null || typeof value !== 'object') return value;
  const kept: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    if (!isSecret(key, item, extra)) kept.push([key, withoutSecrets(item, extra)]);
  }
  return Object.fromEntries(kept) as T;
}
