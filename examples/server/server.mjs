// A runnable server for the wizard: the page (index.html with the single-file bundle) and
// `createConnectionHandler` on node:http, over an in-memory fake "database".
//
//   node examples/server/server.mjs            http://127.0.0.1:8787/  (PORT to change it)
//   REDIS_URL=redis://127.0.0.1:6379 node examples/server/server.mjs   Idempotency-Keys in Redis
//
// `startServer()` is exported for tests (test-node/server-e2e.test.mjs) with a port of
// their own (0) and test-only options. It imports the package by its name: inside this
// repository that resolves to the built dist/ (run `npm run build` first), in an app to
// the installed package.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConnectionError, createConnectionHandler, memoryStore, redisStore } from 'add-connection-wizard/server';
import { toNodeListener, toRequest } from 'add-connection-wizard/server/node';

const base = '/api/connections';
/** The password the fake Infusionsoft refuses, to show a field error from the host. */
export const refusedPassword = 'wrong-password';

/**
 * The host's own storage, faked: connections in the create body's shape with their secrets
 * (a real one encrypts them), and the merchants a create made. Ids are strings, as a
 * database's would come back from a URL.
 */
export function fakeDatabase() {
  let nextId = 1001;
  let nextCustomer = 3001;
  return {
    connections: new Map(),
    customers: new Map([['101', { company_name: 'Brand X' }]]),
    calls: { createConnection: 0, updateConnection: 0, testConnection: 0 },
    newId: () => String(nextId++),
    newCustomerId: () => nextCustomer++,
  };
}

/** The handler's hooks over `db`: what a host writes, and all it writes. */
export function hooks(db) {
  return {
    async createConnection(body) {
      db.calls.createConnection += 1;
      // The fake Infusionsoft checks the password: its refusal lands on the Password field.
      if (body.store?.adapter.password === refusedPassword) {
        throw ConnectionError.fields([{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }]);
      }
      const id = db.newId();
      // A new merchant becomes a customer record; the connection keeps its id, as edit mode needs.
      const { customer, ...rest } = body;
      let customerId = body.customer_id;
      if (customer) {
        customerId = db.newCustomerId();
        db.customers.set(String(customerId), customer);
      }
      db.connections.set(id, { ...rest, customer_id: customerId });
      return { id, name: body.name, customer_id: customerId, enabled: false };
    },
    // Secrets included: the handler leaves them out of every answer.
    async getConnection(id) {
      return db.connections.get(id);
    },
    async updateConnection(id, { connection }) {
      db.calls.updateConnection += 1;
      if (connection.store?.adapter.password === refusedPassword) {
        throw ConnectionError.fields([{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }]);
      }
      db.connections.set(id, connection);
      return { name: connection.name };
    },
    async testConnection({ kind, platform, adapter }) {
      db.calls.testConnection += 1;
      if (adapter.password === refusedPassword) return { ok: false, detail: 'Infusionsoft refused this password.' };
      return { ok: true, detail: `Signed in to the ${kind}'s ${platform} account.` };
    },
  };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const here = (file) => new URL(file, import.meta.url);
// The bundle as the package exports it: dist/ here, node_modules/ in an app.
const bundle = new URL(import.meta.resolve('add-connection-wizard/add-connection-wizard.js'));

/**
 * Starts the server on 127.0.0.1. Options: `port` (default PORT or 8787; 0 for any),
 * `redisUrl` (default REDIS_URL), `db` (a `fakeDatabase()` to look into), and for tests
 * `dropFirstAnswer`: the first create runs to the end, then its socket is destroyed
 * unanswered, as when a proxy or the network drops the answer (until then no connection
 * is kept alive).
 */
export async function startServer(options = {}) {
  const { port = Number(process.env.PORT ?? 8787), redisUrl = process.env.REDIS_URL, db = fakeDatabase(), dropFirstAnswer = false } = options;
  let redis;
  if (redisUrl) {
    const { createClient } = await import('redis');
    // No offline queue: with Redis down a command fails at once and the handler answers 503.
    redis = createClient({ url: redisUrl, disableOfflineQueue: true });
    redis.on('error', (error) => console.error('redis:', error.message));
    await redis.connect();
  }
  const handler = createConnectionHandler({
    basePath: base,
    store: redis ? redisStore(redis) : memoryStore(),
    ...hooks(db),
  });
  const api = toNodeListener(handler);
  let dropped = !dropFirstAnswer;

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    // Chromium resends a request silently when a kept-alive connection closes unanswered
    // (and the key makes that safe); one connection per request lets the user see the loss.
    if (!dropped) res.setHeader('Connection', 'close');
    if (pathname === base || pathname.startsWith(`${base}/`)) {
      if (!dropped && req.method === 'POST' && pathname === base) {
        dropped = true;
        // Runs the handler to its answer (the hook ran, the answer is kept for the key), then drops it.
        await handler(await toRequest(req));
        return void req.socket.destroy();
      }
      return api(req, res);
    }
    const file = pathname === '/' ? here('./index.html') : pathname === '/add-connection-wizard.js' ? bundle : undefined;
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return void res.end('Not found');
    }
    res.writeHead(200, { 'Content-Type': types[file.pathname.slice(file.pathname.lastIndexOf('.'))], 'Cache-Control': 'no-store' });
    res.end(await readFile(file));
  });
  // Loopback only: the page takes credentials, and plain http is for this machine.
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await redis?.quit();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startServer();
  console.log(`add-connection-wizard example: ${url} (${process.env.REDIS_URL ? 'Idempotency-Keys in Redis' : 'in memory'}); Ctrl-C to stop`);
  console.log(`Try the password "${refusedPassword}" to see the host refuse a field. Source: ${fileURLToPath(import.meta.url)}`);
}
