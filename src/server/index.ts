// `add-connection-wizard/server`: the endpoint the wizard talks to, as a standard fetch
// handler. No DOM, no framework, no Node built-ins: it runs in Node, Deno, Bun, Workers
// and, under msw, in the browser. `add-connection-wizard/server/node` adapts it to
// `node:http`; `redisStore` shares Idempotency-Keys between processes.
export { createConnectionHandler, defaultLimits } from './handler.js';
export { ConnectionError, problemTypes, type ConnectionErrorInit, type Problem } from './problems.js';
export { memoryStore, type HandlerStore, type MemoryStoreOptions } from './store.js';
export { redisStore, type RedisLike, type RedisStoreOptions } from './redis-store.js';
export { applyMergePatch } from './merge-patch.js';
export { parseIdempotencyKey, canonicalJson } from './idempotency.js';
export { withoutSecrets } from './secrets.js';
export { testRequestSchema } from './test-request.js';
export type * from './types.js';
export { shopifyProvider, shopifyHmacValid, type OAuthProvider, type TokenSet, type ConsentParams } from './consent/providers.js';
export { consentChannel, type ConsentMessage } from './consent/callback-page.js';
export type { ConsentOptions } from './consent/oauth.js';
export type { HandoffOptions, Handoff } from './consent/handoffs.js';
