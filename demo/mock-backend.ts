import { delay, http, HttpResponse } from 'msw';
import { connectionRequestSchema, toFieldErrors, type ConnectionRequest } from '../src/schema/index.js';
import type { Merchant } from '../src/classes.js';
import type { EditableConnection } from '../src/index.js';

/** How the mock backend answers the next create (or save) request. */
export const backendModes = {
  accept: 'Accept (201 Created / 200 OK)',
  fields: 'Reject a field (422)',
  duplicate: 'Duplicate connection (409)',
  error: 'Server error (500)',
  offline: 'Network failure',
  slow: 'Slow (4 s), then accept',
} as const;
export type BackendMode = keyof typeof backendModes;

export const demoMerchants: Merchant[] = [
  {
    id: 101,
    company_name: 'Brand X',
    warehouses: [
      { id: 11, name: 'ACME WMS — Newark' },
      { id: 12, name: 'ACME WMS — Reno' },
    ],
    stores: [{ id: 501, name: 'Brand X Store', platform: 'infusionsoft' }],
  },
  { id: 102, company_name: 'Oak & Ember Candles', warehouses: [{ id: 21, name: 'Default warehouse' }] },
  { id: 103, company_name: 'Northwind Outdoor', warehouses: [] },
];

/** 10,000 merchants, for the chooser's searchable list and the server search. */
export function manyMerchants(count = 10_000): Merchant[] {
  const words = ['Acme', 'Brand', 'Oak', 'Ember', 'North', 'Harbor', 'Pine', 'Summit', 'River', 'Stone'];
  return Array.from({ length: count }, (_, i) => ({
    id: 20_000 + i,
    company_name: `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} Supply ${i}`,
    warehouses: [{ id: 300_000 + i, name: `${words[(i + 3) % 10]} DC` }],
  }));
}

export interface CreatedConnection {
  id: number;
  name: string;
  merchant: string;
  store: string;
  enabled_at: null;
}

const serverMerchants = manyMerchants();

/** A connection the portal already has, for "Reconnect" before anything was created. */
export const sampleConnection: EditableConnection = {
  id: 981,
  name: 'Brand X — Infusionsoft → ACME WMS — Newark',
  customer_id: 101,
  warehouse_id: 11,
  store: { id: 501, name: 'Brand X Store', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'admin@example.com', pay_status: '1' } },
};

/** Adapter keys the API never answers: the `secret` fields of the demo's platforms. */
const secretKeys = new Set(['password', 'connection_string', 'access_token', 'api_key']);
const withoutSecrets = (adapter: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(adapter).filter(([key]) => !secretKeys.has(key))) as NonNullable<EditableConnection['store']['adapter']>;

/** A stored connection as GET /api/connections/:id answers it: no secrets. */
function editable(id: number, body: ConnectionRequest): EditableConnection {
  const connection: EditableConnection = {
    id,
    name: body.name,
    customer_id: body.customer_id ?? 50_000 + id, // a new merchant gets its id from the server
    store: body.store
      ? { id: id * 10, name: body.store.name, platform: body.store.platform, adapter: withoutSecrets(body.store.adapter) }
      : { id: body.store_id!, name: `Store #${body.store_id}`, platform: 'infusionsoft', adapter: {} },
  };
  if (body.warehouse) connection.warehouse = { platform: body.warehouse.platform, adapter: withoutSecrets(body.warehouse.adapter) };
  else if (body.warehouse_id !== undefined) connection.warehouse_id = body.warehouse_id;
  return connection;
}

/** RFC 7396 for the parts the demo keeps (secrets are dropped, as the server never answers them). */
function mergePatch<T>(target: T, patch: unknown): T {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch as T;
  const out: Record<string, unknown> = typeof target === 'object' && target !== null ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (!secretKeys.has(key)) out[key] = mergePatch(out[key], value);
  }
  return out as T;
}

/** The failures of the chosen mode that come before the body is read (and the slow mode's wait). */
async function unavailable(mode: BackendMode) {
  if (mode === 'offline') return HttpResponse.error();
  if (mode === 'slow') await delay(4000);
  if (mode === 'error') return HttpResponse.json({ title: 'Internal Server Error' }, { status: 500 });
  return undefined;
}
const refusedField = (pointer: string) =>
  problem(422, 'Some values were refused.', [{ pointer, detail: 'This name is already used by another store of this merchant.' }]);
const duplicate = () => problem(409, 'This merchant, store and warehouse are already connected.', []);

export function createHandlers(options: {
  mode: () => BackendMode;
  testFails: () => boolean;
  onCreated: (connection: CreatedConnection) => void;
  onSaved?: (connection: EditableConnection) => void;
}) {
  let nextId = 9001;
  const seen = new Map<string, CreatedConnection>();
  const combinations = new Set<string>();
  // What GET /api/connections/:id answers, without secrets.
  const stored = new Map<string, EditableConnection>([[String(sampleConnection.id), sampleConnection]]);

  return [
    http.post('/api/connections', async ({ request }) => {
      const mode = options.mode();
      const down = await unavailable(mode);
      if (down) return down;

      const key = request.headers.get('Idempotency-Key') ?? '';
      const replay = seen.get(key);
      if (replay) return HttpResponse.json(replay, { status: 201 });

      const parsed = connectionRequestSchema.safeParse(await request.json());
      if (!parsed.success) return problem(422, 'The connection is not valid.', toFieldErrors(parsed.error));
      const body = parsed.data;
      if (mode === 'fields') return refusedField(body.store ? '/store/name' : '/name');
      const combination = JSON.stringify([body.customer_id ?? body.customer?.company_name, body.store_id ?? body.store?.name, body.warehouse_id ?? body.warehouse?.adapter]);
      if (mode === 'duplicate' || combinations.has(combination)) return duplicate();
      combinations.add(combination);
      const connection = summarise(nextId++, body);
      seen.set(key, connection);
      stored.set(String(connection.id), editable(connection.id, body));
      options.onCreated(connection);
      return HttpResponse.json(connection, { status: 201 });
    }),

    // Reconnect: the connection without its secrets, then a merge patch of what changed.
    http.get('/api/connections/:id', ({ params }) => {
      const connection = stored.get(String(params.id));
      return connection ? HttpResponse.json(connection) : problem(404, `There is no connection ${params.id}.`, []);
    }),
    http.patch('/api/connections/:id', async ({ params, request }) => {
      const connection = stored.get(String(params.id));
      if (!connection) return problem(404, `There is no connection ${params.id}.`, []);
      if (request.headers.get('Content-Type')?.split(';')[0] !== 'application/merge-patch+json') {
        return problem(415, 'Send the changes as application/merge-patch+json.', []);
      }
      const mode = options.mode();
      const down = await unavailable(mode);
      if (down) return down;
      const patch = (await request.json()) as Record<string, unknown>;
      if (mode === 'fields') return refusedField('store' in patch ? '/store/name' : '/name');
      if (mode === 'duplicate') return duplicate();
      const saved = mergePatch(connection, patch);
      stored.set(String(params.id), saved);
      options.onSaved?.(saved);
      return HttpResponse.json({ id: connection.id });
    }),

    // The host's own merchant search (searchMerchants in main.ts): the first 50 matches.
    http.get('/api/merchants', async ({ request }) => {
      await delay(300);
      const query = (new URL(request.url).searchParams.get('search') ?? '').toLowerCase();
      const found = serverMerchants.filter((m) => m.company_name.toLowerCase().includes(query) || String(m.id) === query);
      return HttpResponse.json({ results: found.slice(0, 50) });
    }),
    http.post('/api/connections/test', async ({ request }) => {
      await delay(600);
      const { platform } = (await request.json()) as { platform: string };
      if (options.testFails()) {
        return HttpResponse.json({ ok: false, detail: `The ${platform} server refused these credentials.` });
      }
      return HttpResponse.json({ ok: true, detail: 'Signed in and listed the orders folder.' });
    }),
  ];
}

function summarise(id: number, body: ConnectionRequest): CreatedConnection {
  const merchant = body.customer?.company_name ?? demoMerchants.find((m) => m.id === body.customer_id)?.company_name ?? String(body.customer_id);
  const store = body.store ? `${body.store.name} (${body.store.platform})` : `store #${body.store_id}`;
  return { id, name: body.name, merchant, store, enabled_at: null };
}

const problem = (status: number, title: string, errors: { pointer: string; detail: string }[]) =>
  HttpResponse.json(
    { type: 'about:blank', title, status, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
