// `createConnectionHandler`: the server half of the wizard as one WHATWG fetch handler,
// `(request) => Promise<Response>`. It routes, authorises, reads and validates bodies with
// the package's own schemas, guards creates with Idempotency-Key, and answers problem
// documents; the host's hooks do only what the host alone can.
import { connectionRequestSchema } from '../schema/connection.js';
import { toFieldErrors } from '../schema/errors.js';
import { applyPreset, type Preset } from '../wizard/preset.js';
import { readJson } from './body.js';
import { consentRoutes } from './consent/oauth.js';
import { gone, handoffRoutes, type Handoff } from './consent/handoffs.js';
import { keyedHash, canonicalJson, parseIdempotencyKey } from './idempotency.js';
import { applyMergePatch } from './merge-patch.js';
import { httpProblem, problemResponse, problemTypes } from './problems.js';
import { methodsOf, routeOf, withoutAuthorize } from './routes.js';
import { outstanding, runHook, StoreUnavailable, unavailable, type Answer } from './run-hook.js';
import { withoutSecrets } from './secrets.js';
import { memoryStore } from './store.js';
import { testRequestSchema } from './test-request.js';
import { timedStore } from './timed-store.js';
import type { ConnectionHandlerOptions, CreatedConnection, HandlerLimits, HookContext, Principal, TestRequest } from './types.js';

export const defaultLimits: HandlerLimits = {
  maxBodyBytes: 65_536,
  keyTtlMs: 24 * 60 * 60 * 1000,
  pendingTtlMs: 10 * 60 * 1000,
  hookTimeoutMs: 25_000,
  storeTimeoutMs: 2_000,
};

const json = 'application/json';
const mergePatchJson = 'application/merge-patch+json';
const anonymous: Principal = { id: '' };
/** The signal of a hook that is not run under a timeout (runHook gives the others their own). */
const neverAborted = new AbortController().signal;

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

  const consent = options.consent && consentRoutes(options.consent, store, base, report);
  const handoffs = options.handoffs && handoffRoutes(options.handoffs, store);
  const configured = {
    test: Boolean(options.testConnection), get: Boolean(options.getConnection), update: Boolean(options.updateConnection),
    consent: Boolean(consent), handoffs: Boolean(handoffs),
  };

  /** The Idempotency-Key's record, scoped to the user, the method and the path; and the body's fingerprint. */
  async function guardOf(key: string, user: Principal, request: Request, body: unknown) {
    const scope = `${user.id}\n${request.method}\n${new URL(request.url).pathname}`;
    return {
      recordKey: `idem:${keyedHash('acw-record', scope, key)}`,
      fingerprint: keyedHash(options.fingerprintSecret ?? key, scope, canonicalJson(body)),
    };
  }

  /**
   * A create, by a portal user or, through a hand-off link, by a merchant: then the link's
   * preset is put over whatever the request says (a merchant cannot change a fixed value by
   * editing the request), one create is allowed per link, and only a success uses it up.
   */
  async function create(request: Request, ctx: HookContext, handoff?: Handoff): Promise<Response> {
    const read = await readJson(request, [json], limits.maxBodyBytes);
    if ('problem' in read) return problemResponse(read.problem, read.headers);
    const given = handoff && isObject(read.value) ? applyPreset(read.value, handoff.preset as Preset) : read.value;
    const parsed = connectionRequestSchema.safeParse(given);
    if (!parsed.success) return problemResponse(httpProblem(422, 'The connection is not valid: see each field.', problemTypes.validation, toFieldErrors(parsed.error)));
    if (!ctx.idempotencyKey) {
      return problemResponse(httpProblem(400, 'Send an Idempotency-Key header with each create, the same for every retry of it.', problemTypes.idempotencyKeyMissing));
    }
    const guard = handoff
      ? { recordKey: `idem:handoff:${handoff.id}`, fingerprint: keyedHash(ctx.idempotencyKey, canonicalJson(given)) }
      : await guardOf(ctx.idempotencyKey, ctx.user, request, read.value);
    // A used link replays its create for the same key and body; anything else is told it is used.
    const run = { ...runOptions('createConnection', guard), ...(handoff && { keeps: () => false, mismatch: handoff.status === 'open' ? outstanding : gone }) };
    return runHook(run, async (signal): Promise<Answer> => {
      if (handoff && !(await handoffs!.isOpen(handoff))) return { status: 410, body: JSON.parse(await gone().text()) };
      const created: CreatedConnection = await options.createConnection(parsed.data, { ...ctx, signal, ...(handoff && { handoff: { id: handoff.id, preset: handoff.preset } }) });
      if (!created || (typeof created.id !== 'string' && typeof created.id !== 'number')) {
        throw new TypeError('createConnection must return an object with the new connection’s id.');
      }
      if (handoff) await handoffs!.complete(handoff, created);
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

  async function route(request: Request): Promise<Response> {
    const found = routeOf(base, new URL(request.url).pathname);
    const methods = found ? methodsOf(found, configured) : [];
    if (!found || methods.length === 0) return problemResponse(httpProblem(404, 'There is nothing at this address.'));
    // The provider's redirect comes back without the wizard: who it is for is checked against the state.
    const principal = options.authorize ? await options.authorize(request) : anonymous;
    if (principal instanceof Response && !withoutAuthorize(found)) return principal;
    const user = principal instanceof Response ? undefined : principal;
    if (!methods.includes(request.method)) {
      return problemResponse(httpProblem(405, `Use ${methods.join(' or ')} here.`), { Allow: methods.join(', ') });
    }
    const parsedKey = parseIdempotencyKey(request.headers.get('Idempotency-Key'));
    if (parsedKey.problem) return problemResponse(httpProblem(400, parsedKey.problem));
    const ctx = (who: Principal): HookContext => ({ request, user: who, idempotencyKey: parsedKey.key, signal: neverAborted });
    switch (found.kind) {
      case 'consent-callback': return consent!.callback(request, found.platform, user);
      case 'session': {
        const found2 = await handoffs!.find(found.token);
        if ('response' in found2) return found2.response;
        if (request.method === 'GET') return handoffs!.preset(found2.handoff);
        return create(request, ctx(found2.handoff.user), found2.handoff);
      }
    }
    // Every other route is the portal user's own.
    if (!user) return problemResponse(httpProblem(401, 'Sign in first.'));
    switch (found.kind) {
      case 'collection': return create(request, ctx(user));
      case 'test': return test(request, ctx(user));
      case 'item': return request.method === 'GET' ? show(found.id, ctx(user)) : update(request, found.id, ctx(user));
      case 'consent-start': return consent!.start(request, found.platform, user);
      case 'consent-outcome': return consent!.outcome(request, user);
      case 'handoff': return handoffs!.status(found.id, user);
      case 'handoffs': {
        const read = await readJson(request, [json], limits.maxBodyBytes);
        if ('problem' in read) return problemResponse(read.problem, read.headers);
        return handoffs!.mint(read.value, user, request);
      }
    }
  }

  return async function handle(request: Request): Promise<Response> {
    try {
      return await route(request);
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
