// `createConnectionHandler`: the server half of the wizard as one WHATWG fetch handler,
// `(request) => Promise<Response>`. It routes, authorises, reads and validates bodies with
// the package's own schemas, guards creates with Idempotency-Key, and answers problem
// documents; the host's hooks do only what the host alone can.
import { connectionRequestSchema } from '../schema/connection.js';
import { toFieldErrors } from '../schema/errors.js';
import { readJson } from './body.js';
import { keyedHash, canonicalJson, parseIdempotencyKey } from './idempotency.js';
import { applyMergePatch } from './merge-patch.js';
import { httpProblem, problemResponse, problemTypes } from './problems.js';
import { runHook, StoreUnavailable, unavailable, type Answer } from './run-hook.js';
import { withoutSecrets } from './secrets.js';
import { memoryStore } from './store.js';
import { testRequestSchema } from './test-request.js';
import { timedStore } from './timed-store.js';
import type { ConnectionHandlerOptions, HandlerLimits, HookContext, Principal, TestRequest } from './types.js';

export const defaultLimits: HandlerLimits = {
  maxBodyBytes: 65_536,
  keyTtlMs: 24 * 60 * 60 * 1000,
  pendingTtlMs: 10 * 60 * 1000,
  hookTimeoutMs: 25_000,
  storeTimeoutMs: 2_000,
};

type Route = { kind: 'collection' } | { kind: 'test' } | { kind: 'item'; id: string };

const json = 'application/json';
const mergePatchJson = 'application/merge-patch+json';
const anonymous: Principal = { id: '' };

/** The wizard's endpoint, served: `POST {base}`, `GET`/`PATCH {base}/{id}`, `POST {base}/test`. */
export function createConnectionHandler(options: ConnectionHandlerOptions): (request: Request) => Promise<Response> {
  const base = (options.basePath ?? '/api/connections').replace(/\/+$/, '');
  const limits = { ...defaultLimits, ...options.limits };
  const store = timedStore(options.store ?? memoryStore(), limits.storeTimeoutMs);
  const secretKeys = new Set(options.secretKeys ?? []);
  const report = (error: unknown, operation: string) => {
    if (options.onError) options.onError(error, { operation });
    else console.error(`add-connection-wizard/server: ${operation} failed:`, error);
  };
  const runOptions = (operation: string, guard?: { recordKey: string; fingerprint: string }) => ({
    store, times: limits, hookTimeoutMs: limits.hookTimeoutMs, onError: report, operation, guard,
  });
  const clean = <T>(value: T) => withoutSecrets(value, secretKeys);

  function routeOf(pathname: string): Route | undefined {
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
    const rest = pathname.slice(base.length).replace(/^\/|\/$/g, '');
    if (rest === '') return { kind: 'collection' };
    if (rest === 'test') return { kind: 'test' };
    if (rest.includes('/')) return undefined;
    try {
      return { kind: 'item', id: decodeURIComponent(rest) };
    } catch {
      return undefined;
    }
  }

  const allowed = (route: Route): string[] =>
    route.kind === 'collection' ? ['POST']
    : route.kind === 'test' ? (options.testConnection ? ['POST'] : [])
    : [...(options.getConnection ? ['GET'] : []), ...(options.getConnection && options.updateConnection ? ['PATCH'] : [])];

  /** The Idempotency-Key's record, scoped to the user, the method and the path; and the body's fingerprint. */
  async function guardOf(key: string, user: Principal, request: Request, body: unknown) {
    const scope = `${user.id}\n${request.method}\n${new URL(request.url).pathname}`;
    return {
      recordKey: `idem:${await keyedHash('acw-record', scope, key)}`,
      fingerprint: await keyedHash(options.fingerprintSecret ?? key, scope, canonicalJson(body)),
    };
  }

  async function create(request: Request, ctx: HookContext): Promise<Response> {
    const read = await readJson(request, [json], limits.maxBodyBytes);
    if ('problem' in read) return problemResponse(read.problem, read.headers);
    const parsed = connectionRequestSchema.safeParse(read.value);
    if (!parsed.success) return problemResponse(httpProblem(422, 'The connection is not valid: see each field.', problemTypes.validation, toFieldErrors(parsed.error)));
    if (!ctx.idempotencyKey) {
      return problemResponse(httpProblem(400, 'Send an Idempotency-Key header with each create, the same for every retry of it.', problemTypes.idempotencyKeyMissing));
    }
    const guard = await guardOf(ctx.idempotencyKey, ctx.user, request, read.value);
    return runHook(runOptions('createConnection', guard), async (signal): Promise<Answer> => {
      const created = await options.createConnection(parsed.data, { ...ctx, signal });
      if (!created || (typeof created.id !== 'string' && typeof created.id !== 'number')) {
        throw new TypeError('createConnection must return an object with the new connection’s id.');
      }
      return { status: 201, body: clean(created), headers: { Location: `${base}/${encodeURIComponent(String(created.id))}` } };
    });
  }

  async function fetchStored(id: string, ctx: HookContext) {
    return options.getConnection!(id, ctx);
  }

  async function show(id: string, ctx: HookContext): Promise<Response> {
    return runHook(runOptions('getConnection'), async () => {
      const stored = await fetchStored(id, ctx);
      if (!stored) return { status: 404, body: httpProblem(404, 'There is no such connection.') };
      return { status: 200, body: clean({ id, ...stored }) };
    });
  }

  async function update(request: Request, id: string, ctx: HookContext): Promise<Response> {
    const read = await readJson(request, [mergePatchJson], limits.maxBodyBytes);
    if ('problem' in read) return problemResponse(read.problem, read.headers);
    const patch = read.value;
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
      return problemResponse(httpProblem(422, 'Send the changes as a JSON object (RFC 7396 merge patch).', problemTypes.validation, [{ pointer: '', detail: 'Send an object.' }]));
    }
    for (const key of ['customer_id', 'customer']) {
      if (Object.hasOwn(patch, key)) {
        return problemResponse(httpProblem(422, 'The merchant of a connection cannot change.', problemTypes.validation, [{ pointer: `/${key}`, detail: 'The merchant of a connection cannot change.' }]));
      }
    }
    const guard = ctx.idempotencyKey ? await guardOf(ctx.idempotencyKey, ctx.user, request, patch) : undefined;
    return runHook(runOptions('updateConnection', guard), async (signal): Promise<Answer> => {
      const hookCtx = { ...ctx, signal };
      const stored = await fetchStored(id, hookCtx);
      if (!stored) return { status: 404, body: httpProblem(404, 'There is no such connection.') };
      const parsed = connectionRequestSchema.safeParse(applyMergePatch(stored, patch));
      if (!parsed.success) return { status: 422, body: httpProblem(422, 'The changed connection is not valid: see each field.', problemTypes.validation, toFieldErrors(parsed.error)) };
      const saved = await options.updateConnection!(id, { patch: patch as Record<string, unknown>, connection: parsed.data }, hookCtx);
      return { status: 200, body: clean({ ...(saved ?? {}), id }) };
    }, { 'Content-Type': json });
  }

  async function test(request: Request, ctx: HookContext): Promise<Response> {
    const read = await readJson(request, [json], limits.maxBodyBytes);
    if ('problem' in read) return problemResponse(read.problem, read.headers);
    return runHook(runOptions('testConnection'), async (signal): Promise<Answer> => {
      const hookCtx = { ...ctx, signal };
      const filled = await withStoredSecrets(read.value, hookCtx);
      const parsed = testRequestSchema.safeParse(filled);
      if (!parsed.success) return { status: 422, body: httpProblem(422, 'These values cannot be tested: see each field.', problemTypes.validation, toFieldErrors(parsed.error)) };
      const result = await options.testConnection!(parsed.data as TestRequest, hookCtx);
      return { status: 200, body: { ok: result.ok === true, ...(typeof result.detail === 'string' && { detail: result.detail }) } };
    });
  }

  /** Edit mode tests with secrets left empty: they are taken from the stored connection, never from the browser. */
  async function withStoredSecrets(body: unknown, ctx: HookContext): Promise<unknown> {
    if (typeof body !== 'object' || body === null || !options.getConnection) return body;
    const { connection_id: id, kind, platform, adapter } = body as Record<string, unknown>;
    if ((typeof id !== 'string' && typeof id !== 'number') || (kind !== 'store' && kind !== 'warehouse')) return body;
    const stored = await fetchStored(String(id), ctx);
    const part = stored?.[kind];
    if (!part || part.platform !== platform || typeof adapter !== 'object' || adapter === null) return body;
    return { ...body, adapter: { ...part.adapter, ...adapter } };
  }

  return async function handle(request: Request): Promise<Response> {
    const route = routeOf(new URL(request.url).pathname);
    if (!route) return problemResponse(httpProblem(404, 'There is nothing at this address.'));
    try {
      const principal = options.authorize ? await options.authorize(request) : anonymous;
      if (principal instanceof Response) return principal;
      const methods = allowed(route);
      if (methods.length === 0) return problemResponse(httpProblem(404, 'There is nothing at this address.'));
      if (!methods.includes(request.method)) {
        return problemResponse(httpProblem(405, `Use ${methods.join(' or ')} here.`), { Allow: methods.join(', ') });
      }
      const parsedKey = parseIdempotencyKey(request.headers.get('Idempotency-Key'));
      if (parsedKey.problem) return problemResponse(httpProblem(400, parsedKey.problem));
      const ctx: HookContext = { request, user: principal, idempotencyKey: parsedKey.key, signal: new AbortController().signal };
      if (route.kind === 'collection') return await create(request, ctx);
      if (route.kind === 'test') return await test(request, ctx);
      return await (request.method === 'GET' ? show(route.id, ctx) : update(request, route.id, ctx));
    } catch (error) {
      if (error instanceof StoreUnavailable) {
        report(error, 'store');
        return unavailable();
      }
      report(error, 'handler');
      return problemResponse(httpProblem(500, 'The request could not be handled because of an error on the server.'));
    }
  };
}
