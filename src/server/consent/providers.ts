// OAuth 2 providers by configuration: any authorization-code provider is its URLs, client
// and scopes; the odd ones (Shopify's per-shop URLs and HMAC-signed callbacks) add hooks.

/** What the person filled before consent (Shopify's shop), by field name. */
export type ConsentParams = Record<string, string>;

/** What the token endpoint answered: handed to the host's `saveGrant`, never to a browser. */
export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  scope?: string;
  token_type?: string;
  [other: string]: unknown;
}

export interface OAuthProvider {
  /** The provider's authorization endpoint, or a function of the consent params (a per-shop URL). */
  authorizeUrl: string | ((params: ConsentParams) => string);
  /** The token endpoint, likewise. */
  tokenUrl: string | ((params: ConsentParams) => string);
  clientId: string;
  clientSecret: string;
  scopes?: string[];
  /** How scopes are joined: `' '` (RFC 6749, the default) or `','` (Shopify). */
  scopeSeparator?: string;
  /** Extra query parameters of the authorization request (`access_type: 'offline'`). */
  authorizeParams?: Record<string, string>;
  /** PKCE S256 (default `true`); a provider that rejects the parameters can turn it off. */
  pkce?: boolean;
  /**
   * Checks and cleans the consent params before the redirect; answer a message to refuse them
   * (shown on the field). Without it, no params are taken.
   */
  params?(params: ConsentParams): { params: ConsentParams } | { field: string; problem: string };
  /** Checks the callback beyond `state` (Shopify's `hmac`); `false` refuses it. */
  verifyCallback?(url: URL, provider: OAuthProvider, params: ConsentParams): boolean | Promise<boolean>;
  /** The account the grant is for, shown as "Connected as …"; default: the first of the params' values. */
  account?(tokens: TokenSet, params: ConsentParams): string | undefined;
}

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** Shopify's callback check: HMAC-SHA-256 (hex, keyed with the client secret) of the other query parameters, sorted. */
export async function shopifyHmacValid(url: URL, clientSecret: string): Promise<boolean> {
  const given = url.searchParams.get('hmac');
  if (!given) return false;
  const message = [...url.searchParams].filter(([name]) => name !== 'hmac' && name !== 'signature')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => `${name}=${value}`).join('&');
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const expected = hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
  // Compared in full, whatever differs first: no timing tells how much of it matched.
  let diff = expected.length ^ given.length;
  for (let i = 0; i < expected.length; i += 1) diff |= expected.charCodeAt(i) ^ (given.charCodeAt(i) || 0);
  return diff === 0;
}

const shopPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;

/**
 * Shopify (authorization code grant): the shop's own authorize and token URLs, scopes
 * joined by commas, the callback's `hmac` and `shop` checked. The wizard's `shop` field
 * holds the subdomain (`mystore` of mystore.myshopify.com).
 */
export function shopifyProvider(config: { clientId: string; clientSecret: string; scopes: string[] }): OAuthProvider {
  return {
    ...config,
    scopeSeparator: ',',
    authorizeUrl: ({ shop }) => `https://${shop}.myshopify.com/admin/oauth/authorize`,
    tokenUrl: ({ shop }) => `https://${shop}.myshopify.com/admin/oauth/access_token`,
    params: ({ shop = '' }) => {
      const subdomain = shop.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\.myshopify\.com\/?$/, '');
      return shopPattern.test(subdomain) ? { params: { shop: subdomain } } : { field: 'shop', problem: 'Enter the shop’s subdomain: for mystore.myshopify.com, enter mystore.' };
    },
    // The callback must come from the shop consent was asked of, signed with our secret.
    verifyCallback: async (url, provider, { shop }) =>
      url.searchParams.get('shop') === `${shop}.myshopify.com` && shopifyHmacValid(url, provider.clientSecret),
    account: (_tokens, { shop }) => (shop ? `${shop}.myshopify.com` : undefined),
  };
}
