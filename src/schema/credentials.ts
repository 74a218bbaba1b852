// What looks like a credential, for deciding what a draft may keep and how an input is
// offered to the browser. Deliberately broad: a false positive costs a value retyped after
// a reload; a false negative leaves a credential in localStorage.

// Words that name a credential wherever they appear in a field name (`apiKey`, `API-KEY`,
// `client_secret`, `x-auth-token`).
const credentialParts = /pass(?:word|wd|phrase|code)|secret|token|credential|api_?key|private_?key|access_?key|signing_?key|auth(?!ors?(?:_|$))|bearer|cookie|session|signature|hmac/;
// Words that name one only as a whole word (`key`, `pin`; not `monkey`, `spinner`).
const credentialWords = new Set(['key', 'keys', 'pass', 'pwd', 'pin', 'otp', 'sig', 'jwt', 'sid', 'cert', 'certificate']);

/** Whether a field or adapter key is named like a credential. */
export function isCredentialName(name: string): boolean {
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean);
  return credentialParts.test(words.join('_')) || words.some((word) => credentialWords.has(word));
}

/**
 * Whether a value looks like a credential: an address with a password in it
 * (`https://user:pass@host`), a credential in a query (`?access_token=…`), a key or token
 * by its shape (PEM, JWT, well-known prefixes) or a long run of random-looking characters.
 */
export function isCredentialValue(value: string | boolean | number | null | undefined): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (
    /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#@\s:]*:[^/?#@\s]*@|^[^/?#@\s:]+:[^/?#@\s]+@\S+$/i.test(text) ||
    [...text.matchAll(/[?&#;]([^=&#\s]+)=/g)].some((m) => isCredentialName(m[1])) ||
    /-----BEGIN [A-Z ]+-----|^eyJ[\w-]*\.[\w-]+\.|^(?:[spr]k_(?:live|test)|shp(?:at|ss|ca|pa)|gh[pousr]|github_pat|glpat|xox[abpors])[_-]|^AKIA[\dA-Z]{12}/.test(text) ||
    // A random-looking key: one run of 16 or more letters and digits, with both.
    (/^[\w+/=~.-]{24,}$/.test(text) && text.split(/[-_.]/).some((part) => part.length >= 16 && /\d/.test(part) && /[a-z]/i.test(part)))
  );
}

/** Autocomplete tokens for the user's own login on the page: never for a third party's credentials. */
const ownLoginTokens = /\b(?:username|current-password|new-password|one-time-code|webauthn)\b/;

/**
 * The `autocomplete` for a platform form's input. The credentials asked for are a third
 * party's (a store's, a warehouse's), never the portal user's own login, so the tokens of
 * a login form are not used: a secret is `new-password`, which Chromium's password manager
 * does not fill with the site's saved login (it ignores `off` on password inputs, since
 * Chrome 34, and would fill them), and any other field asking for a login token, or named
 * like a credential, is `off`.
 */
export function thirdPartyAutocomplete(name: string, secret: boolean, requested: string | undefined): string | undefined {
  const token = requested?.trim().toLowerCase();
  if (secret) return token && token !== 'off' && !ownLoginTokens.test(token) ? token : 'new-password';
  if (token && ownLoginTokens.test(token)) return 'off';
  return token || (isCredentialName(name) ? 'off' : undefined);
}
