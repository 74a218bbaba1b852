// The host's half of the handler: the hooks only the host can implement, and what the
// handler hands each of them.
import type { ConnectionRequest } from '../schema/connection.js';
import type { Preset } from '../wizard/preset.js';
import type { HandoffOptions } from './consent/handoffs.js';
import type { ConsentOptions } from './consent/oauth.js';
import type { HandlerStore } from './store.js';

/** Who is asking, as the host's `authorize` found: Idempotency-Keys are scoped to `id`. */
export interface Principal {
  id: string;
  [other: string]: unknown;
}

/** What every host hook receives besides its input. */
export interface HookContext {
  request: Request;
  user: Principal;
  /** The request's Idempotency-Key, for the hook to forward upstream (DropStream, Stripe-like APIs). */
  idempotencyKey?: string;
  /**
   * Aborted when the handler stops waiting (`limits.hookTimeoutMs`). A hook that stops on it
   * must throw, so the key is released; one that goes on and succeeds still has its answer
   * kept for the retry.
   */
  signal: AbortSignal;
  /** On a create through a hand-off link: which one, and the preset that was enforced. `user` is then the 3PL who minted it. */
  handoff?: { id: string; preset: Preset };
}

/** What `createConnection` returns: the new connection's `id` and anything else to answer. */
export interface CreatedConnection {
  id: string | number;
  [other: string]: unknown;
}

/** A stored connection in the create body's shape, secrets included, as the host keeps it. */
export type StoredConnection = ConnectionRequest;

/** What `PATCH {base}/{id}` asks of `updateConnection`. */
export interface ConnectionUpdate {
  /** The merge patch as sent, already checked. */
  patch: Record<string, unknown>;
  /** The stored connection with the patch applied, validated as a create body. */
  connection: StoredConnection;
}

/** The body of `POST {base}/test`. */
export interface TestRequest {
  kind: 'warehouse' | 'store';
  platform: string;
  adapter: Record<string, unknown>;
  connection_id?: string | number;
}

export interface TestResult {
  ok: boolean;
  detail?: string;
}

export interface HandlerLimits {
  /** Largest request body read, in bytes; past it 413. Default 65,536. */
  maxBodyBytes: number;
  /** How long a completed answer is replayed for its Idempotency-Key. Default 24 hours. */
  keyTtlMs: number;
  /** How long a claimed key holds with no answer (a process that died mid-request). Default 10 minutes. */
  pendingTtlMs: number;
  /** How long the handler waits for a host hook before answering 504. Default 25 s (the wizard waits 30 s). */
  hookTimeoutMs: number;
  /** How long one store operation may take before the request is answered 503. Default 2 s. */
  storeTimeoutMs: number;
}

export interface ConnectionHandlerOptions {
  /** The path the wizard's `endpoint` points at. Default `/api/connections`. */
  basePath?: string;
  /** Creates the connection in the host's system (or DropStream's API). Runs once per Idempotency-Key. */
  createConnection(body: ConnectionRequest, ctx: HookContext): Promise<CreatedConnection>;
  /** The stored connection, secrets included, or `undefined` (404). Enables `GET` and, with `updateConnection`, `PATCH {base}/{id}`. */
  getConnection?(id: string, ctx: HookContext): Promise<StoredConnection | undefined>;
  /** Saves an edited connection; what it returns (without secrets) is answered with the `id`. */
  updateConnection?(id: string, update: ConnectionUpdate, ctx: HookContext): Promise<Record<string, unknown> | void>;
  /** Answers Test connection: signs in with the adapter and says whether it worked. Enables `POST {base}/test`. */
  testConnection?(test: TestRequest, ctx: HookContext): Promise<TestResult>;
  /** Checks the portal user before anything else: a `Principal`, or a `Response` (401, 403) to answer instead. */
  authorize?(request: Request): Principal | Response | Promise<Principal | Response>;
  /** Where Idempotency-Keys are kept. Default `memoryStore()`: one process only. */
  store?: HandlerStore;
  /** Size and time limits; each has a default. */
  limits?: Partial<HandlerLimits>;
  /** Adapter keys to treat as secrets besides those named like one (`password`, `api_key`, …). */
  secretKeys?: string[];
  /**
   * A secret of the host's, shared by every instance, that body fingerprints are keyed with.
   * Without it the Idempotency-Key itself is the HMAC key.
   */
  fingerprintSecret?: string;
  /** Platforms that connect by consent (OAuth 2): `GET {base}/oauth/{platform}/start`, `…/callback`, `GET {base}/oauth/outcome`. */
  consent?: ConsentOptions;
  /** "Send to merchant" links: `POST {base}/handoffs`, `GET {base}/handoffs/{id}`, `GET`/`POST {base}/sessions/{token}`. */
  handoffs?: HandoffOptions;
  /** Told of unexpected failures (a hook that threw, a store that is down); by default `console.error`. Never given a body. */
  onError?(error: unknown, info: { operation: string }): void;
}
