// The server side of "Connect with …": `start` remembers a PKCE verifier under the
// wizard's `state` and sends the popup to the provider; `callback` consumes that state
// once, exchanges the code server to server, lets the host keep the tokens, and answers a
// page that hands the wizard only a grant reference; `outcome` tells the wizard what came
// of its state when no message could reach it (a Cross-Origin-Opener-Policy, a redirect).
import type { HandlerStore } from '../store.js';
import type { Principal } from '../types.js';
import { callbackPage, type ConsentMessage } from './callback-page.js';
import { challengeOf, isState, randomToken } from './pkce.js';
import type { ConsentParams, OAuthProvider, TokenSet } from './providers.js';

export interface ConsentOptions {
  /** The providers by platform id: `{ shopify: shopifyProvider({...}), etsy: {...} }`. */
  providers: Record<string, OAuthProvider>;
  /** Keeps the tokens (encrypted, in the host's store) and answers the grant reference put into the adapter. */
  saveGrant(grant: { platform: string; tokens: TokenSet; params: ConsentParams; user: Principal }): Promise<{ grantId: string; account?: string }>;
  /** The callback URL registered with the provider. Default: `{request origin}{base}/oauth/{platform}/callback`. */
  redirectUri?(platform: string, request: Request): string;
  /** Origins of the pages that embed the wizard, which may receive the outcome. Default: the handler's own origin. */
  allowedOrigins?: string[];
  /** How long a consent may take, from start to callback. Default 10 minutes. */
  stateTtlMs?: number;
  /** How long the token exchange may take. Default 10 s. */
  exchangeTimeoutMs?: number;
  /** The fetch used for the token exchange (default `globalThis.fetch`). */
  fetch?: typeof fetch;
}

interface Pending {
  platform: string;
  user: string;
  verifier: string;
  params: ConsentParams;
  origin: string;
  returnTo?: string;
  redirectUri: string;
}
type Outcome = Omit<ConsentMessage, 'source' | 'type' | 'state'> & { user: string };

const reserved = new Set(['state', 'origin', 'return_to', 'mode']);

export function consentRoutes(options: ConsentOptions, store: HandlerStore, base: string, report: (error: unknown, operation: string) => void) {
  const ttl = options.stateTtlMs ?? 10 * 60 * 1000;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const stateKey = (state: string) => `consent:state:${state}`;
  const outcomeKey = (state: string) => `consent:outcome:${state}`;
  const allowed = (origin: string, request: Request) => (options.allowedOrigins ?? [new URL(request.url).origin]).includes(origin);
  const resolve = (value: string | ((p: ConsentParams) => string), params: ConsentParams) => (typeof value === 'function' ? value(params) : value);

  /** Answers a consent that ended, in the popup (a page) or, after a full-page redirect, back on the wizard's page. */
  async function finish(state: string, pending: Pending | undefined, outcome: Omit<Outcome, 'user'>, fallbackOrigin: string): Promise<Response> {
    if (pending) await store.add(outcomeKey(state), JSON.stringify({ ...outcome, user: pending.user }), ttl);
    if (pending?.returnTo) return new Response(null, { status: 303, headers: { Location: `${pending.returnTo}#acw-consent=${state}`, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
    return callbackPage({ source: 'add-connection-wizard', type: 'consent-result', state, ...outcome }, pending?.origin ?? fallbackOrigin);
  }

  async function start(request: Request, platform: string, user: Principal): Promise<Response> {
    const provider = Object.hasOwn(options.providers, platform) ? options.providers[platform] : undefined;
    const url = new URL(request.url);
    const state = url.searchParams.get('state');
    const origin = url.searchParams.get('origin') ?? url.origin;
    const returnTo = url.searchParams.get('return_to') ?? undefined;
    // Nothing to tell a wizard that gave no valid state or origin: a plain refusal.
    if (!provider) return new Response('This platform does not connect by consent here.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    if (!isState(state) || !allowed(origin, request) || (returnTo !== undefined && !allowedReturn(returnTo, request))) {
      return new Response('The sign-in link is not valid. Close this window and try again.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    const given = Object.fromEntries([...url.searchParams].filter(([name]) => !reserved.has(name)));
    const checked = provider.params ? provider.params(given) : { params: {} };
    const redirectUri = options.redirectUri?.(platform, request) ?? `${url.origin}${base}/oauth/${encodeURIComponent(platform)}/callback`;
    const pending: Pending = { platform, user: user.id, verifier: randomToken(48), params: 'params' in checked ? checked.params : {}, origin, redirectUri, ...(returnTo && { returnTo }) };
    if ('problem' in checked) return finish(state, undefined, { status: 'failed', error: `invalid_${checked.field}` }, origin);
    // A state is used once: a second start with it (a replayed link) is refused, before
    // its consent ends (the claim) and after (its outcome).
    if ((await store.get(outcomeKey(state))) !== undefined || !(await store.add(stateKey(state), JSON.stringify(pending), ttl))) {
      return new Response('This sign-in was started already. Close this window and try again.', { status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    const target = new URL(resolve(provider.authorizeUrl, pending.params));
    const query = {
      response_type: 'code', client_id: provider.clientId, redirect_uri: redirectUri, state,
      ...(provider.scopes && { scope: provider.scopes.join(provider.scopeSeparator ?? ' ') }),
      ...(provider.pkce !== false && { code_challenge: await challengeOf(pending.verifier), code_challenge_method: 'S256' }),
      ...provider.authorizeParams,
    };
    for (const [name, value] of Object.entries(query)) target.searchParams.set(name, value);
    return new Response(null, { status: 302, headers: { Location: target.href, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
  }

  function allowedReturn(returnTo: string, request: Request) {
    try {
      const url = new URL(returnTo);
      return (url.protocol === 'https:' || url.protocol === 'http:') && allowed(url.origin, request) && url.hash === '';
    } catch {
      return false;
    }
  }

  async function callback(request: Request, platform: string, user: Principal | undefined): Promise<Response> {
    const url = new URL(request.url);
    const state = url.searchParams.get('state') ?? '';
    const fallback = url.origin;
    // Taken, not read: a callback replayed with the same state finds nothing.
    const pending = isState(state) ? (JSON.parse((await store.take(stateKey(state))) ?? 'null') as Pending | null) ?? undefined : undefined;
    if (!pending || pending.platform !== platform) return finish(state, undefined, { status: 'failed', error: 'unknown_state' }, fallback);
    if (!user || user.id !== pending.user) return finish(state, pending, { status: 'failed', error: 'wrong_user' }, fallback);
    const error = url.searchParams.get('error');
    if (error) return finish(state, pending, { status: error === 'access_denied' ? 'denied' : 'failed', error: /^[\w.-]{1,64}$/.test(error) ? error : 'provider_error' }, fallback);
    const provider = options.providers[platform];
    const code = url.searchParams.get('code');
    if (!code || (provider.verifyCallback && !(await provider.verifyCallback(url, provider, pending.params)))) {
      return finish(state, pending, { status: 'failed', error: 'invalid_callback' }, fallback);
    }
    const exchanged = await exchange(provider, pending, code);
    if (!exchanged.ok) return finish(state, pending, { status: 'failed', error: exchanged.failure }, fallback);
    const { tokens } = exchanged;
    try {
      const grant = await options.saveGrant({ platform, tokens, params: pending.params, user: user });
      const account: string | undefined = grant.account ?? provider.account?.(tokens, pending.params) ?? Object.values(pending.params)[0];
      return finish(state, pending, { status: 'connected', grant_id: grant.grantId, ...(account && { account }) }, fallback);
    } catch (failure) {
      report(failure, 'saveGrant');
      return finish(state, pending, { status: 'failed', error: 'save_failed' }, fallback);
    }
  }

  /** The code for tokens, server to server with the client secret and the PKCE verifier. */
  async function exchange(provider: OAuthProvider, pending: Pending, code: string): Promise<{ ok: true; tokens: TokenSet } | { ok: false; failure: string }> {
    const body = new URLSearchParams({
      grant_type: 'authorization_code', code, redirect_uri: pending.redirectUri,
      client_id: provider.clientId, client_secret: provider.clientSecret,
      ...(provider.pkce !== false && { code_verifier: pending.verifier }),
    });
    let response: Response;
    try {
      response = await doFetch(resolve(provider.tokenUrl, pending.params), {
        method: 'POST', body, redirect: 'error',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        signal: AbortSignal.timeout(options.exchangeTimeoutMs ?? 10_000),
      });
    } catch (failure) {
      report(failure, 'token exchange');
      return { ok: false, failure: 'provider_unavailable' };
    }
    const tokens = (await response.json().catch(() => undefined)) as TokenSet | undefined;
    if (!response.ok || typeof tokens?.access_token !== 'string') return { ok: false, failure: response.status >= 500 ? 'provider_unavailable' : 'exchange_failed' };
    return { ok: true, tokens };
  }

  /** What came of a state, for its own user only: pending, or the outcome; never a token. */
  async function outcome(request: Request, user: Principal): Promise<Response> {
    const state = new URL(request.url).searchParams.get('state');
    const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
    if (!isState(state)) return answer(404, { status: 'unknown' });
    const done = JSON.parse((await store.get(outcomeKey(state))) ?? 'null') as Outcome | null;
    if (done && done.user === user.id) {
      const { user: _owner, ...result } = done;
      return answer(200, { state, ...result });
    }
    const pending = JSON.parse((await store.get(stateKey(state))) ?? 'null') as Pending | null;
    // Another user's attempt is not theirs to see. A state not seen at all is pending too: the
    // wizard asks as it opens the popup, before the popup's start route has claimed it, and a
    // 404 then would be an error in every browser console. (An expired one ends by the wizard's timeout.)
    if ((done && done.user !== user.id) || (pending && pending.user !== user.id)) return answer(404, { status: 'unknown' });
    return answer(200, { state, status: 'pending' });
  }

  return { start, callback, outcome };
}
