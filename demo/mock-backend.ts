import { delay, http, HttpResponse } from 'msw';
import { connectionRequestSchema, toFieldErrors, type ConnectionRequest } from '../src/schema/index.js';
import type { Merchant } from '../src/classes.js';

/** How the mock backend answers the next create request. */
export const backendModes = {
  accept: 'Accept (201 Created)',
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

export function createHandlers(options: {
  mode: () => BackendMode;
  testFails: () => boolean;
  onCreated: (connection: CreatedConnection) => void;
}) {
  let nextId = 9001;
  const seen = new Map<string, CreatedConnection>();
  const combinations = new Set<string>();

  return [
    http.post('/api/connections', async ({ request }) => {
      const mode = options.mode();
      if (mode === 'offline') return HttpResponse.error();
      if (mode === 'slow') await delay(4000);
      if (mode === 'error') return HttpResponse.json({ title: 'Internal Server Error' }, { status: 500 });

      const key = request.headers.get('Idempotency-Key') ?? '';
      const replay = seen.get(key);
      if (replay) return HttpResponse.json(replay, { status: 201 });

      const parsed = connectionRequestSchema.safeParse(await request.json());
      if (!parsed.success) return problem(422, 'The connection is not valid.', toFieldErrors(parsed.error));
      const body = parsed.data;
      if (mode === 'fields') {
        const pointer = body.store ? '/store/name' : '/name';
        return problem(422, 'Some values were refused.', [
          { pointer, detail: 'This name is already used by another store of this merchant.' },
        ]);
      }
      const combination = JSON.stringify([body.customer_id ?? body.customer?.company_name, body.store_id ?? body.store?.name, body.warehouse_id ?? body.warehouse?.adapter]);
      if (mode === 'duplicate' || combinations.has(combination)) {
        return problem(409, 'This merchant, store and warehouse are already connected.', []);
      }
      combinations.add(combination);
      const connection = summarise(nextId++, body);
      seen.set(key, connection);
      options.onCreated(connection);
      return HttpResponse.json(connection, { status: 201 });
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
