// What the platform forms treat as a credential (never kept in a draft, never offered the
// site's own login by the browser). Broad on purpose: a false positive costs a retyped
// value, a false negative a credential in localStorage. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const { isCredentialName, isCredentialValue, thirdPartyAutocomplete } = await import(new URL('../dist/esm/schema/credentials.js', import.meta.url).href);

describe('credential names', () => {
  it('knows the names hosts give credentials, in any case or separator style', () => {
    const names = ['api_key', 'apiKey', 'API-KEY', 'apikey', 'access_token', 'accessToken', 'client_secret', 'token', 'password', 'passwd', 'pass',
      'secret', 'key', 'consumer_key', 'private_key', 'x-auth-token', 'oauth_verifier', 'authorization', 'session_id', 'webhook_signature', 'pin', 'hmac_secret'];
    assert.deepEqual(names.filter((name) => !isCredentialName(name)), []);
  });

  it('leaves ordinary names alone', () => {
    const names = ['app_name', 'username', 'shop_name', 'url', 'location_id', 'pay_status', 'author', 'monkey', 'keyboard_layout', 'bypass_cache', 'region', 'tracking_number_custom_field_name'];
    assert.deepEqual(names.filter(isCredentialName), []);
  });
});

describe('credential values', () => {
  it('knows addresses with a password, credentials in a query, keys and tokens', () => {
    const values = [
      'https://user:p4ss@shop.example.com',
      'ftp://u:p@ftp.example.com/in',
      '//user:pw@host',
      'user:pw@host.example.com',
      'https://shop.example.com/api?access_token=abc',
      'https://shop.example.com/?a=1&api_key=xyz',
      '-----BEGIN PRIVATE KEY-----\nMIIE...',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig',
      'shpat_0123456789abcdef0123456789abcdef',
      'sk_live_51Habcdef',
      'AKIAIOSFODNN7EXAMPLE',
      '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    ];
    assert.deepEqual(values.filter((value) => !isCredentialValue(value)), []);
  });

  it('leaves ordinary values alone', () => {
    const values = ['https://shop.example.com', 'https://shop.example.com/?page=2', 'admin@example.com', 'mystore', 'Tracking #', 'processing', '6543210',
      'brand-y-winter-sale-2024-edition', '123e4567-e89b-12d3-a456-426614174000', true, false, ''];
    assert.deepEqual(values.filter(isCredentialValue), []);
  });
});

describe('autocomplete of a third party’s credentials', () => {
  it('never asks the browser for the site’s own login', () => {
    const cases = [
      [['password', true, 'current-password'], 'new-password'],
      [['password', true, 'off'], 'new-password'],
      [['password', true, undefined], 'new-password'],
      [['password', true, 'section-x username'], 'new-password'],
      [['username', false, 'username'], 'off'],
      [['user', false, 'section-a username'], 'off'],
      [['email', false, 'current-password'], 'off'],
      [['api_key', false, undefined], 'off'],
      [['url', false, 'url'], 'url'],
      [['region', false, undefined], undefined],
    ];
    for (const [args, expected] of cases) assert.equal(thirdPartyAutocomplete(...args), expected, JSON.stringify(args));
  });
});
