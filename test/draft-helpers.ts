import { http, HttpResponse, passthrough } from 'msw';
import { useBackend } from './helpers.js';
import type { Route } from './route.js';

/** What `draftRoute` types; the secrets are distinctive so a search cannot miss them. */
export const values = {
  'Connection name': 'Draft Co — Infusionsoft → ACME WMS',
  'Company name': 'Draft Co',
  City: 'Springfield',
  'Connection string': 'sftp://wh9:Wh-Pw-7731@ftp.example.com',
  Name: 'Draft Co Store',
  'Application name': 'draftco',
  Username: 'ops@draft.example',
  Password: 'Pw-Secret-4412',
} as const;

/** The parts of `values` that must never be stored or logged. */
export const secrets = ['Pw-Secret-4412', 'Wh-Pw-7731'];

/** A value on every step: new merchant with a city, File Exchange, Infusionsoft with Pay Status Not Required. */
export const draftRoute: Route = {
  name: values['Connection name'],
  merchant: { 'Company name': values['Company name'], City: values.City },
  warehouse: { 'Connection string': values['Connection string'] },
  store: {
    Name: values.Name,
    'Application name': values['Application name'],
    Username: values.Username,
    Password: values.Password,
    'Not Required': true,
  },
};

/** Every storage entry as `key=value`. */
export const entries = (store: Storage) => Array.from({ length: store.length }, (_, i) => `${store.key(i)}=${store.getItem(store.key(i)!)}`);

/** The localStorage entries whose key names this draft key. */
export const draftEntries = (key: string) =>
  Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!)
    .filter((k) => k.includes(key))
    .map((k) => ({ key: k, value: localStorage.getItem(k)! }));

/**
 * A backend that records every request but the page's own loads (same-origin GET), answering any POST with a
 * created connection (or `{ ok: true }` for a test), so that a request that should not
 * have gone out would succeed and be seen.
 */
export async function recordEverything() {
  const requests: { method: string; url: string }[] = [];
  await useBackend(
    http.all('*', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).origin === location.origin) return passthrough();
      requests.push({ method: request.method, url: request.url });
      return request.url.includes('test') ? HttpResponse.json({ ok: true }) : HttpResponse.json({ id: 42 }, { status: 201 });
    }),
  );
  return requests;
}

/** Replaces console.error with a recorder until the returned function is called. */
export function captureErrors(into: string[]) {
  const original = console.error;
  console.error = (...args: unknown[]) => {
    into.push(args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.message} ${a.stack}` : JSON.stringify(a))).join(' '));
  };
  return () => {
    console.error = original;
  };
}
