// The wizard's consent helpers without a browser: the URLs it opens and asks, the messages
// it believes, and the catalogue rules of a definition's `auth`. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const dist = new URL('../dist/esm/', import.meta.url);
const { acceptConsentMessage, consentOutcomeUrl, consentStartUrl, newConsentState, popupFeatures, readConsentResult } = await import(new URL('wizard/consent.js', dist).href);
const { checkCatalogue } = await import(new URL('schema/index.js', dist).href);
const { shopifyByConsent, etsyByConsent } = await import(new URL('platforms/index.js', dist).href);

const base = 'https://portal.example/connections/new';
const state = 'ab'.repeat(32);

describe('consent URLs', () => {
  it('fills {endpoint} and {platform} and adds the params, state and origin', () => {
    const url = new URL(consentStartUrl({ type: 'oauth2' }, { platform: 'shopify', endpoint: '/api/connections/', state, origin: 'https://portal.example', params: { shop: 'my store' } }, base));
    assert.equal(url.pathname, '/api/connections/oauth/shopify/start');
    assert.equal(url.searchParams.get('shop'), 'my store');
    assert.equal(url.searchParams.get('state'), state);
    assert.equal(url.searchParams.get('origin'), 'https://portal.example');
    assert.equal(url.searchParams.get('return_to'), null);
  });

  it('keeps a definition’s own start URL and query, and asks the outcome where told', () => {
    const auth = { type: 'oauth2', start: 'https://connect.example/{platform}?via=portal', outcome: '{endpoint}/consent/status' };
    const start = new URL(consentStartUrl(auth, { platform: 'etsy', endpoint: '/api', state, origin: 'https://portal.example', params: {}, returnTo: base }, base));
    assert.equal(start.origin + start.pathname, 'https://connect.example/etsy');
    assert.equal(start.searchParams.get('via'), 'portal');
    assert.equal(start.searchParams.get('return_to'), base);
    assert.equal(consentOutcomeUrl(auth, '/api', 'etsy', state, base), `https://portal.example/api/consent/status?state=${state}`);
  });

  it('makes a new 64-hex-digit state each time, and a popup that fits the screen', () => {
    const a = newConsentState();
    assert.match(a, /^[0-9a-f]{64}$/);
    assert.notEqual(a, newConsentState());
    assert.equal(popupFeatures({ width: 400, height: 600, left: 0, top: 0 }), 'popup,width=400,height=600,left=0,top=0');
    assert.equal(popupFeatures({ width: 1920, height: 1080, left: 100, top: 0 }), 'popup,width=520,height=720,left=800,top=180');
  });
});

describe('consent messages', () => {
  const origin = 'https://portal.example';
  const good = { source: 'add-connection-wizard', type: 'consent-result', state, status: 'connected', grant_id: 'g-1', account: 'shop' };
  it('believes only its own state from the start URL’s origin', () => {
    assert.deepEqual(acceptConsentMessage({ origin, data: good }, origin, state), { status: 'connected', grantId: 'g-1', account: 'shop' });
    assert.equal(acceptConsentMessage({ origin: 'https://evil.example', data: good }, origin, state), undefined);
    assert.equal(acceptConsentMessage({ origin, data: { ...good, state: 'cd'.repeat(32) } }, origin, state), undefined);
    assert.equal(acceptConsentMessage({ origin, data: { ...good, type: 'other' } }, origin, state), undefined);
    assert.equal(acceptConsentMessage({ origin, data: { ...good, status: 'pending' } }, origin, state), undefined);
    assert.equal(acceptConsentMessage({ origin, data: null }, origin, state), undefined);
  });

  it('reads results in the handler’s shape only', () => {
    assert.deepEqual(readConsentResult({ status: 'denied', error: 'access_denied' }), { status: 'denied', error: 'access_denied' });
    assert.deepEqual(readConsentResult({ status: 'pending' }), { status: 'pending' });
    assert.equal(readConsentResult({ status: 'connected' }), undefined, 'connected without a grant is no result');
    assert.equal(readConsentResult({ status: 'connected', grant_id: 'x'.repeat(201) }), undefined);
    assert.equal(readConsentResult({ status: 'hacked' }), undefined);
  });
});

describe('a definition’s auth in a catalogue', () => {
  it('takes the shipped consent definitions', () => {
    assert.deepEqual(checkCatalogue([shopifyByConsent, etsyByConsent]).problems, []);
  });

  it('names each wrong auth value by its path', () => {
    const entry = (auth, extra = {}) => ({ id: 'acme', label: 'Acme', kind: 'store', fields: [{ name: 'shop', label: 'Shop', type: 'text' }], auth, ...extra });
    const messages = (auth, extra) => checkCatalogue([entry(auth, extra)]).problems.map((p) => p.message);
    assert.deepEqual(messages({ type: 'oauth2', params: ['shp'] }), ['platforms[0] "acme": auth.params[0]: expected the name of a field, got "shp"']);
    assert.deepEqual(messages({ type: 'oauth2', grantField: 'shop' }), ['platforms[0] "acme": auth.grantField: expected a name no field has, got "shop"']);
    assert.deepEqual(messages({ type: 'oauth2', start: 'javascript:alert(1)' }), ['platforms[0] "acme": auth.start: expected an http(s) or root-relative address, got "javascript:alert(1)"']);
    assert.match(messages({ type: 'saml' })[0], /auth\.type/);
    assert.match(messages({ type: 'oauth2', timeout: 0 })[0], /auth\.timeout/);
  });
});
