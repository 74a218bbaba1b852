// Checking what a host hands the wizard, when it hands it: each check returns a usable
// value and the problems it found, so that the wizard can say once, in the console, which
// property was wrong and how, and carry on with a sensible fallback instead of failing
// later in a way that looks like a network error.
import type { Merchant } from './draft.js';

export interface Checked<T> {
  value: T;
  /** What could not be used (reported with `console.error`). */
  problems: string[];
  /** What was used, but probably not as the host meant (reported with `console.warn`). */
  warnings?: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));

/** At most this many characters of a host's value go into a console message. */
const shown = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** The records of a merchant's list (`warehouses`, `stores`) that have an id and a name. */
function records<T extends { id: string | number; name: string }>(list: unknown, where: string, problems: string[]): T[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    problems.push(`${where} is not an array; ignored`);
    return [];
  }
  const good = (entry: unknown) => isRecord(entry) && isId(entry.id) && typeof entry.name === 'string';
  // The usual case, a list that is fine, is kept as it is: no copy of 10,000 lists.
  if (list.every(good)) return list as T[];
  return list.filter((entry, i) => good(entry) || void problems.push(`${where}[${i}] needs an id and a name; left out`));
}

/**
 * The merchants that can be shown: each an object with an id and a `company_name`;
 * `warehouses` and `stores` arrays of records with an id and a name. Bad entries are left
 * out; a repeated id keeps its first merchant.
 */
export function checkMerchants(value: unknown): Checked<Merchant[]> {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (value === undefined || value === null) return { value: [], problems };
  if (!Array.isArray(value)) return { value: [], problems: [`expected an array of merchants, got ${shown(value)}; none shown`] };
  const seen = new Set<string>();
  const merchants: Merchant[] = [];
  value.forEach((entry, i) => {
    if (!isRecord(entry) || !isId(entry.id) || typeof entry.company_name !== 'string') {
      problems.push(`merchants[${i}] needs an id and a company_name, got ${shown(entry)}; left out`);
      return;
    }
    if (seen.has(String(entry.id))) {
      warnings.push(`merchants[${i}] repeats the id ${shown(entry.id)}; the first merchant with it is kept`);
      return;
    }
    seen.add(String(entry.id));
    const warehouses = records<NonNullable<Merchant['warehouses']>[number]>(entry.warehouses, `merchants[${i}].warehouses`, problems);
    const stores = records<NonNullable<Merchant['stores']>[number]>(entry.stores, `merchants[${i}].stores`, problems);
    // A merchant that is fine is kept as it is; one with bad lists gets a cleaned copy.
    const fine = warehouses === entry.warehouses && stores === entry.stores;
    merchants.push(fine ? (entry as unknown as Merchant) : { ...(entry as unknown as Merchant), ...(warehouses && { warehouses }), ...(stores && { stores }) });
  });
  return { value: merchants, problems, warnings };
}

/** Parses the `merchants` attribute: JSON, or nothing (with the reason) when it is not. */
export function parseMerchantsAttribute(text: string | null): unknown {
  if (text === null || text.trim() === '') return [];
  try {
    return JSON.parse(text);
  } catch {
    console.error('add-connection-wizard: the merchants attribute is not valid JSON; no merchants are shown. Set the merchants property instead.');
    return [];
  }
}

// RFC 9110 token characters for names; values may not hold CR, LF or NUL.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Header values are bytes: no CR, LF or NUL (header injection), nothing past U+00FF (fetch throws).
const badHeaderValue = /[\r\n\0]|[^\t\x20-\xff]/;
/** Headers the wizard sets itself: a host's own are ignored, not merged into them. */
const ownHeaders = new Set(['content-type', 'idempotency-key']);

/** Extra request headers: string names and values a browser accepts; the wizard's own are not overridable. */
export function checkHeaders(value: unknown): Checked<Record<string, string>> {
  if (value === undefined || value === null) return { value: {}, problems: [] };
  if (!isRecord(value)) return { value: {}, problems: [`expected an object of header names and values, got ${shown(value)}; none sent`] };
  const problems: string[] = [];
  const headers: Record<string, string> = {};
  for (const [name, headerValue] of Object.entries(value)) {
    if (!headerName.test(name)) problems.push(`${shown(name)} is not a header name; left out`);
    else if (ownHeaders.has(name.toLowerCase())) problems.push(`${name} is set by the wizard itself; yours is ignored`);
    else if (typeof headerValue !== 'string') problems.push(`${name} must be a string, got ${shown(headerValue)}; left out`);
    else if (badHeaderValue.test(headerValue)) problems.push(`${name} holds a line break, NUL or a character a header cannot carry; left out`);
    else headers[name] = headerValue;
  }
  return { value: headers, problems };
}

const credentialsModes = ['omit', 'same-origin', 'include'];

/** The fetch credentials mode: `omit`, `same-origin` or `include`; anything else is `same-origin`. */
export function checkCredentials(value: unknown): Checked<RequestCredentials> {
  if (typeof value === 'string' && credentialsModes.includes(value)) return { value: value as RequestCredentials, problems: [] };
  return { value: 'same-origin', problems: [`expected omit, same-origin or include, got ${shown(value)}; same-origin is used`] };
}

export const DEFAULT_TIMEOUT = 30_000;
/** Longer than any answer worth waiting for; also the largest delay `setTimeout` keeps. */
const MAX_TIMEOUT = 600_000;

/** Milliseconds to wait: a positive number up to ten minutes; anything else waits the default. */
export function checkTimeout(value: unknown): Checked<number> {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    if (value <= MAX_TIMEOUT) return { value, problems: [] };
    return { value: MAX_TIMEOUT, problems: [`${value} is more than ${MAX_TIMEOUT} ms; ${MAX_TIMEOUT} is used`] };
  }
  return { value: DEFAULT_TIMEOUT, problems: [`expected a positive number of milliseconds, got ${shown(value)}; ${DEFAULT_TIMEOUT} is used`] };
}

/**
 * Whether a URL may receive the request: `http:` or `https:` only (a `data:`, `blob:` or
 * `javascript:` endpoint would answer without any server seeing the connection).
 */
export function endpointProblem(url: string, base: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return `${shown(url)} is not a URL`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `${shown(parsed.protocol)} is not allowed: use an http(s) URL`;
  if (parsed.username || parsed.password) return 'a URL with a user name or password in it is not allowed';
  return undefined;
}

/**
 * A host's message overrides: each key one the catalogue has, of the same kind (text,
 * function, list or object) as the catalogue's own; the others are ignored.
 */
export function checkMessageOverrides<T extends object>(value: unknown, catalogue: T): Checked<Partial<T> | undefined> {
  if (value === undefined || value === null) return { value: undefined, problems: [] };
  if (!isRecord(value)) return { value: undefined, problems: [`expected an object of messages, got ${shown(value)}; ignored`] };
  const problems: string[] = [];
  const kept: Record<string, unknown> = {};
  const kindOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  for (const [key, override] of Object.entries(value)) {
    if (!Object.hasOwn(catalogue, key)) {
      problems.push(`${shown(key)} is not a message; ignored`);
      continue;
    }
    const expected = kindOf((catalogue as Record<string, unknown>)[key]);
    const own = (catalogue as Record<string, unknown>)[key];
    const texts = Array.isArray(own) && own.every((v) => typeof v === 'string') ? own.length : undefined;
    if (kindOf(override) !== expected) problems.push(`${key} must be a ${expected}, got ${shown(override)}; ignored`);
    else if (texts !== undefined && !(Array.isArray(override) && override.length === texts && override.every((v) => typeof v === 'string'))) {
      problems.push(`${key} must be a list of ${texts} texts; ignored`);
    } else kept[key] = override;
  }
  return { value: kept as Partial<T>, problems };
}
