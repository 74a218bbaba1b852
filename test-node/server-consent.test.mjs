// Consent (OAuth 2, authorization code with PKCE) through the handler and a real loopback
// provider: state and PKCE rules, single use, expiry, the user a state belongs to, every
// failure's outcome, and no token in anything that reaches a browser.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { serve, server } from './server-http.mjs';
import { startProvider } from './server-oauth-provider.mjs';

const { memoryStore } = server;
const newState = () => crypto.getRandomValues(new Uint8Array(32)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');
const userOf = (request) => ({ id: request.headers.get('X-User') ?? 'anonymous' });

describe('server handler: consent (OAuth 2)', () => {
  let provider;
  let app;
  let now = Date.now();
  const grants = [];
  before(async () => {
    provider = await startProvider();
    app = await serve({
      authorize: (request) => (request.headers.get('X-User') ? userOf(request) : new Response(null, { status: 401 })),
      createConnection: async () => ({ id: 1 }),
      store: memoryStore({ now: () => now }),
      consent: {
        providers: { acme: provider.config(), refuser: provider.config({ authorizeParams: { login_hint: 'deny' } }), broken: { ...provider.config(), tokenUrl: 'http://127.0.0.1:9/token' } },
        saveGrant: async (grant) => {
          grants.push(grant);
          return { grantId: `grant-${grants.length}`, account: 'shop@acme.test' };
        },
      },
    });
  });
  after(async () => {
    await app.close();
    await provider.close();
  });

  const get = (url, user = 'alice') => fetch(url, { redirect: 'manual', headers: user ? { 'X-User': user } : {} });
  const startUrl = (state, extra = '', platform = 'acme') => app.url(`/api/connections/oauth/${platform}/start?state=${state}&origin=${encodeURIComponent(app.origin)}${extra}`);

  /** start → provider → callback, as the popup goes; the callback's answer. */
  async function consent(state, { user = 'alice', callbackUser = user, extra = '', platform } = {}) {
    const started = await get(startUrl(state, extra, platform), user);
    assert.equal(started.status, 302);
    const atProvider = await fetch(started.headers.get('Location'), { redirect: 'manual' });
    const callback = await get(atProvider.headers.get('Location'), callbackUser);
    return { started, callback, text: await callback.text() };
  }
  const outcome = async (state, user = 'alice') => {
    const response = await get(app.url(`/api/connections/oauth/outcome?state=${state}`), user);
    return { status: response.status, text: await response.clone().text(), body: await response.json() };
  };

  it('redirects to the provider with the state, the client and a PKCE S256 challenge', async () => {
    const state = newState();
    const started = await get(startUrl(state));
    const target = new URL(started.headers.get('Location'));
    assert.equal(target.origin + target.pathname, `${provider.origin}/authorize`);
    assert.equal(target.searchParams.get('state'), state);
    assert.equal(target.searchParams.get('response_type'), 'code');
    assert.equal(target.searchParams.get('client_id'), 'acw-client');
    assert.equal(target.searchParams.get('scope'), 'orders:read fulfillments:write');
    assert.equal(target.searchParams.get('code_challenge_method'), 'S256');
    assert.match(target.searchParams.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
    assert.equal(target.searchParams.get('redirect_uri'), app.url('/api/connections/oauth/acme/callback'));
    assert.equal((await outcome(state)).body.status, 'pending');
  });

  it('connects: the code is exchanged with the verifier and secret, the host keeps the tokens, the browser gets a grant reference', async () => {
    const state = newState();
    const { callback, text } = await consent(state);
    assert.equal(callback.status, 200);
    const csp = callback.headers.get('Content-Security-Policy');
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9_-]+'/);
    assert.match(csp, /default-src 'none'/);
    assert.equal(callback.headers.get('Referrer-Policy'), 'no-referrer');
    assert.match(text, /"grant_id":"grant-\d+"/);
    assert.match(text, new RegExp(`"targetOrigin":"${app.origin}"`));
    const exchange = provider.exchanges.at(-1);
    assert.equal(createHash('sha256').update(exchange.code_verifier).digest('base64url').length, 43);
    assert.equal(grants.at(-1).tokens.refresh_token, 'rt-very-secret');
    assert.equal(grants.at(-1).user.id, 'alice');
    const result = await outcome(state);
    assert.deepEqual(result.body, { state, status: 'connected', grant_id: `grant-${grants.length}`, account: 'shop@acme.test' });
    for (const answer of [text, result.text]) assert.doesNotMatch(answer, /at-[0-9a-f]{16}|rt-very-secret|provider-client-secret|code_verifier/);
  });

  it('uses a state once: a replayed callback and a second start with it are refused', async () => {
    const state = newState();
    const { started } = await consent(state);
    const atProvider = await fetch(started.headers.get('Location'), { redirect: 'manual' });
    const replayed = await (await get(atProvider.headers.get('Location'))).text();
    assert.match(replayed, /"error":"unknown_state"/);
    assert.equal((await get(startUrl(state))).status, 409);
    assert.equal((await outcome(state)).body.status, 'connected', 'the replay did not overwrite the outcome');
  });

  it('refuses a state the wizard did not make well, an origin not allowed, a return_to elsewhere', async () => {
    assert.equal((await get(app.url('/api/connections/oauth/acme/start?state=short'))).status, 400);
    const evil = await get(app.url(`/api/connections/oauth/acme/start?state=${newState()}&origin=${encodeURIComponent('https://evil.example')}`));
    assert.equal(evil.status, 400);
    const away = await get(startUrl(newState(), `&return_to=${encodeURIComponent('https://evil.example/steal')}`));
    assert.equal(away.status, 400);
    assert.equal((await get(app.url(`/api/connections/oauth/nowhere/start?state=${newState()}`))).status, 404);
  });

  it('expires a state after stateTtlMs (10 minutes by default)', async () => {
    const state = newState();
    const started = await get(startUrl(state));
    const atProvider = await fetch(started.headers.get('Location'), { redirect: 'manual' });
    now += 10 * 60 * 1000 + 1;
    const late = await (await get(atProvider.headers.get('Location'))).text();
    assert.match(late, /"error":"unknown_state"/);
  });

  it('binds a state to its user: another user’s callback fails it, and its outcome is only its own user’s', async () => {
    const state = newState();
    const { text } = await consent(state, { callbackUser: 'mallory' });
    assert.match(text, /"status":"failed"/);
    assert.match(text, /"error":"wrong_user"/);
    assert.equal((await outcome(state)).body.error, 'wrong_user');
    assert.equal((await outcome(state, 'mallory')).status, 404);
    // A state no start has claimed yet (the wizard asks as the popup opens) is pending, not an error.
    const unseen = 'a'.repeat(64);
    assert.deepEqual(await outcome(unseen).then((r) => [r.status, r.body.status]), [200, 'pending']);
    assert.equal(grants.filter((g) => g.user.id === 'mallory').length, 0);
  });

  it('says "denied" for access_denied, and "failed" when the exchange is refused or the provider is down', async () => {
    const denied = newState();
    assert.match((await consent(denied, { platform: 'refuser' })).text, /"status":"denied"/);
    assert.equal((await outcome(denied)).body.error, 'access_denied');

    provider.failTokens(400);
    const refused = newState();
    assert.match((await consent(refused)).text, /"error":"exchange_failed"/);
    provider.failTokens(503);
    const down = newState();
    assert.match((await consent(down)).text, /"error":"provider_unavailable"/);
    provider.failTokens(200);

    const unreachable = newState();
    const started = await get(app.url(`/api/connections/oauth/broken/start?state=${unreachable}&origin=${encodeURIComponent(app.origin)}`));
    const atProvider = await fetch(started.headers.get('Location'), { redirect: 'manual' });
    assert.match(await (await get(atProvider.headers.get('Location'))).text(), /"error":"provider_unavailable"/);
  });

  it('after a full-page redirect, sends the person back to return_to with the state in the fragment', async () => {
    const state = newState();
    const back = `${app.origin}/portal/connect?step=store`;
    const { callback } = await consent(state, { extra: `&return_to=${encodeURIComponent(back)}` });
    assert.equal(callback.status, 303);
    assert.equal(callback.headers.get('Location'), `${back}#acw-consent=${state}`);
    assert.equal((await outcome(state)).body.status, 'connected');
  });
});

describe('shopifyProvider', () => {
  const { shopifyProvider, shopifyHmacValid } = server;
  const secret = 'shpss_test';
  const sign = async (query) => {
    const message = [...new URLSearchParams(query)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join('&');
    const { createHmac } = await import('node:crypto');
    return createHmac('sha256', secret).update(message).digest('hex');
  };

  it('uses the shop’s own URLs and checks the shop subdomain', () => {
    const shopify = shopifyProvider({ clientId: 'id', clientSecret: secret, scopes: ['read_orders'] });
    assert.deepEqual(shopify.params({ shop: 'https://My-Store.myshopify.com/' }), { params: { shop: 'my-store' } });
    assert.equal(shopify.params({ shop: 'evil.com/x' }).field, 'shop');
    assert.equal(shopify.authorizeUrl({ shop: 'my-store' }), 'https://my-store.myshopify.com/admin/oauth/authorize');
    assert.equal(shopify.scopeSeparator, ',');
  });

  it('accepts a callback signed with the client secret for the shop consent was asked of, and nothing else', async () => {
    const shopify = shopifyProvider({ clientId: 'id', clientSecret: secret, scopes: [] });
    const query = 'code=abc&shop=my-store.myshopify.com&state=xyz&timestamp=1700000000';
    const url = new URL(`https://app.example/cb?${query}&hmac=${await sign(query)}`);
    assert.equal(await shopifyHmacValid(url, secret), true);
    assert.equal(await shopify.verifyCallback(url, shopify, { shop: 'my-store' }), true);
    assert.equal(await shopify.verifyCallback(url, shopify, { shop: 'other-store' }), false);
    const tampered = new URL(url);
    tampered.searchParams.set('code', 'abd');
    assert.equal(await shopifyHmacValid(tampered, secret), false);
  });
});
