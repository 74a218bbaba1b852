// The Idempotency-Key protocol of the IETF httpapi draft (-07), as Stripe runs it: one
// record per key and user, claimed before the host runs, holding the first completed
// answer afterwards. The body itself is never kept (it holds secrets): only a keyed hash
// of it, to tell the same request from a different one under a reused key.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { HandlerStore } from './store.js';

/** The most characters a key may have; the wizard's are UUIDs (36). */
export const maxKeyLength = 255;

/**
 * The key from an `Idempotency-Key` header. The draft makes it a Structured Field string
 * (`"8e03…"`); the wizard, like Stripe's clients, sends it bare (`8e03…`). Both are taken:
 * a quoted one is unquoted, a bare one must be visible ASCII without quotes or spaces.
 */
export function parseIdempotencyKey(header: string | null): { key?: string; problem?: string } {
  if (header === null) return {};
  const value = header.trim();
  let key = value;
  if (value.startsWith('"')) {
    const match = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/.exec(value);
    if (!match) return { problem: 'The Idempotency-Key header is not a valid quoted string.' };
    key = match[1].replace(/\\(["\\])/g, '$1');
  } else if (!/^[\x21\x23-\x7e]*$/.test(value)) {
    return { problem: 'The Idempotency-Key header holds characters other than visible ASCII.' };
  }
  if (key.length === 0) return { problem: 'The Idempotency-Key header is empty.' };
  if (key.length > maxKeyLength) return { problem: `The Idempotency-Key header is longer than ${maxKeyLength} characters.` };
  return { key };
}

/** JSON with every object's keys in one order, so equal bodies have equal text (RFC 8785's idea). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const encoder = new TextEncoder();

/**
 * HMAC-SHA-256 of `parts` under `secret`, as hex: with the key (or a host's own secret) as
 * the HMAC key, a stolen store holds no hash that one dictionary attack could match against
 * every record's password at once. @noble/hashes, not WebCrypto: synchronous and five
 * times cheaper per request (20 µs against 107 µs measured), and it runs wherever the
 * handler does (Node, Deno, Workers, the browser under msw).
 */
export function keyedHash(secret: string, ...parts: string[]): string {
  return bytesToHex(hmac(sha256, encoder.encode(secret), encoder.encode(parts.join('\n'))));
}

/** A request claimed and not yet answered; `owner` tells this attempt from a later one. */
interface Pending {
  state: 'pending';
  fingerprint: string;
  owner: string;
}
/** The first completed answer, to replay. */
export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
  /** Headers to send again on a replay (`Location`). */
  headers?: Record<string, string>;
}
interface Done extends StoredAnswer {
  state: 'done';
  fingerprint: string;
}
type IdempotencyRecord = Pending | Done;

export interface IdempotencyTimes {
  /** How long a completed answer is replayed. */
  keyTtlMs: number;
  /** How long a claim holds without an answer: a process that died mid-request frees its keys after this. */
  pendingTtlMs: number;
}

/** What came of claiming a key. */
export type Claim =
  | { kind: 'claimed'; finish: (answer: StoredAnswer | undefined) => Promise<void> }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'outstanding' }
  | { kind: 'mismatch' };

const read = (text: string | undefined): IdempotencyRecord | undefined => {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as IdempotencyRecord;
  } catch {
    return undefined;
  }
};

/**
 * Claims `recordKey` for a request whose body hashes to `fingerprint`. The winner gets
 * `finish`: with an answer, that answer is kept for `keyTtlMs` and replayed; with
 * `undefined` (the host failed unexpectedly), the claim is released, so a retry runs again.
 * Every other request with the key sees the first one's answer, `outstanding` while it
 * runs, or `mismatch` when its body differs.
 */
export async function claim(store: HandlerStore, recordKey: string, fingerprint: string, times: IdempotencyTimes): Promise<Claim> {
  const pending = JSON.stringify({ state: 'pending', fingerprint, owner: crypto.randomUUID() } satisfies Pending);
  // Twice at most: a record that expires between the failed add and the get is free again.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await store.add(recordKey, pending, times.pendingTtlMs)) {
      return {
        kind: 'claimed',
        finish: async (answer) => {
          if (answer) await store.replace(recordKey, pending, JSON.stringify({ state: 'done', fingerprint, ...answer } satisfies Done), times.keyTtlMs);
          else await store.remove(recordKey, pending);
        },
      };
    }
    const record = read(await store.get(recordKey));
    if (!record) continue;
    if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (record.state === 'pending') return { kind: 'outstanding' };
    return { kind: 'replay', answer: { status: record.status, contentType: record.contentType, body: record.body, ...(record.headers && { headers: record.headers }) } };
  }
  return { kind: 'outstanding' };
}
