// Not a test: starts a connection handler on a loopback port through toNodeListener, so the
// server tests go through real HTTP as the wizard does.
import { createServer } from 'node:http';

const dist = new URL('../dist/esm/server/', import.meta.url);
export const server = await import(new URL('index.js', dist).href);
const { toNodeListener } = await import(new URL('node.js', dist).href);

/** The reference create body (README, "The request"), with secrets in both adapters. */
export const createBody = () => ({
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer: { company_name: 'Brand X', city: 'New York' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:s3cret-wh@ftp.example.com' } },
  store: {
    name: 'Brand X Store',
    platform: 'infusionsoft',
    adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2-secret', pay_status: '1' },
  },
});

/** Serves `createConnectionHandler(options)` on 127.0.0.1; `close()` stops it. */
export async function serve(options) {
  const handler = server.createConnectionHandler(options);
  const http = createServer(toNodeListener(handler));
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  return {
    origin,
    url: (path = '/api/connections') => `${origin}${path}`,
    close: () => new Promise((resolve) => http.close(resolve)),
  };
}

/** POSTs JSON with an Idempotency-Key (none when `key` is null), answering `{ status, headers, body }`. */
export async function send(url, body, { key = crypto.randomUUID(), method = 'POST', type = 'application/json', headers = {} } = {}) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': type, ...(key !== null && { 'Idempotency-Key': key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : undefined };
}
