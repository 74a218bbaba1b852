// The demo's backend: msw hands every /api/connections request to the package's own
// handler (createConnectionHandler, the same code a host runs in Node), in the browser. Only
// the hooks are the demo's: a fake database, and the failure modes the page can pick.
import { delay, http, HttpResponse } from 'msw';
import type { ConnectionRequest } from '../src/schema/index.js';
import { ConnectionError, createConnectionHandler, memoryStore, withoutSecrets } from '../src/server/index.js';
import type { Merchant } from '../src/classes.js';
import type { EditableConnection } from '../src/index.js';
import { bridgeConsentPage, demoConsent, providerHandlers } from './fake-provider.js';

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

/** A connection the portal already has, for "Reconnect" before anything was created (as GET answers it: no secrets). */
export const sampleConnection: EditableConnection = {
  id: 981,
  name: 'Brand X — Infusionsoft → ACME WMS — Newark',
  customer_id: 101,
  warehouse_id: 11,
  store: { id: 501, name: 'Brand X Store', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'admin@example.com', pay_status: '1' } },
};

/** What the demo's "database" holds for the sample: the same connection with its secret. */
const sampleStored = (): ConnectionRequest => ({
  name: sampleConnection.name,
  customer_id: sampleConnection.customer_id,
  warehouse_id: sampleConnection.warehouse_id,
  store: { name: sampleConnection.store.name, platform: 'infusionsoft', adapter: { ...sampleConnection.store.adapter, password: 'demo-password' } },
});

/**
 * A create body as the demo's database keeps it, in the shape edit mode needs: a new
 * merchant gets its id from the server, the merchant's existing store (Brand X's, #501)
 * is looked up. Secrets stay in; the handler leaves them out of every answer.
 */
function toStored(id: number, body: ConnectionRequest): ConnectionRequest {
  const { customer, store_id: storeId, ...rest } = body;
  const stored: ConnectionRequest = { ...rest, customer_id: body.customer_id ?? 50_000 + id };
  if (customer === undefined && storeId !== undefined && String(storeId) === String(sampleConnection.store.id)) stored.store = sampleStored().store;
  else if (storeId !== undefined) stored.store_id = storeId;
  return stored;
}

const aborted = (signal: AbortSignal, ms: number) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/** The refusals of the chosen mode, thrown from a hook as a host's code would. */
function refuse(mode: BackendMode, pointer: string) {
  if (mode === 'fields') throw ConnectionError.fields([{ pointer, detail: 'This name is already used by another store of this merchant.' }]);
  if (mode === 'duplicate') throw ConnectionError.duplicate();
  // Anything else a hook throws is an unexpected failure: 500, and the key is released.
  if (mode === 'error') throw new Error('The demo backend is set to fail.');
}

export function createHandlers(options: {
  mode: () => BackendMode;
  testFails: () => boolean;
  onCreated: (connection: CreatedConnection) => void;
  onSaved?: (connection: EditableConnection) => void;
}) {
  let nextId = 9001;
  const combinations = new Set<string>();
  const stored = new Map<string, ConnectionRequest>([[String(sampleConnection.id), sampleStored()]]);

  const handler = createConnectionHandler({
    store: memoryStore(),
    async createConnection(body, { signal }) {
      const mode = options.mode();
      if (mode === 'slow') await aborted(signal, 4000);
      refuse(mode, body.store ? '/store/name' : '/name');
      const combination = JSON.stringify([body.customer_id ?? body.customer?.company_name, body.store_id ?? body.store?.name, body.warehouse_id ?? body.warehouse?.adapter]);
      if (combinations.has(combination)) throw ConnectionError.duplicate();
      combinations.add(combination);
      const connection = summarise(nextId++, body);
      stored.set(String(connection.id), toStored(connection.id, body));
      options.onCreated(connection);
      return { ...connection }; // a plain object type: the hook's answer may have any keys
    },
    async getConnection(id) {
      return stored.get(id);
    },
    async updateConnection(id, { patch, connection }, { signal }) {
      const mode = options.mode();
      if (mode === 'slow') await aborted(signal, 4000);
      refuse(mode, 'store' in patch ? '/store/name' : '/name');
      stored.set(id, connection);
      options.onSaved?.(withoutSecrets({ id, ...connection }) as EditableConnection);
      return {};
    },
    async testConnection({ platform }, { signal }) {
      await aborted(signal, 600);
      if (options.testFails()) return { ok: false, detail: `The ${platform} server refused these credentials.` };
      return { ok: true, detail: 'Signed in and listed the orders folder.' };
    },
    // "Connect with Etsy": the demo's consent platform (fake-provider.ts).
    consent: demoConsent,
    onError: (error, { operation }) => console.warn(`demo backend: ${operation} failed:`, error),
  });
  bridgeConsentPage(handler);

  return [
    ...providerHandlers,
    // The host's own merchant search (searchMerchants in main.ts): the first 50 matches.
    http.get('/api/merchants', async ({ request }) => {
      await delay(300);
      const query = (new URL(request.url).searchParams.get('search') ?? '').toLowerCase();
      const found = serverMerchants.filter((m) => m.company_name.toLowerCase().includes(query) || String(m.id) === query);
      return HttpResponse.json({ results: found.slice(0, 50) });
    }),
    // Create, GET and PATCH one, and Test connection: the package's handler answers them all.
    // "Network failure" comes before it, as a request that never reached the server.
    http.all('/api/connections*', ({ request }) => {
      const submitting = request.method === 'PATCH' || (request.method === 'POST' && !new URL(request.url).pathname.endsWith('/test'));
      if (submitting && options.mode() === 'offline') return HttpResponse.error();
      return handler(request);
    }),
  ];
}

function summarise(id: number, body: ConnectionRequest): CreatedConnection {
  const merchant = body.customer?.company_name ?? demoMerchants.find((m) => m.id === body.customer_id)?.company_name ?? String(body.customer_id);
  const store = body.store ? `${body.store.name} (${body.store.platform})` : `store #${body.store_id}`;
  return { id, name: body.name, merchant, store, enabled_at: null };
}
