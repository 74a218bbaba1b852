// Not a test: the connection handler served on loopback for the store, load and fault
// suites, in this process or in a child process (`handler-process.mjs`), and a small HTTP
// client over keep-alive sockets. Needs `npm run build` first (imports dist/esm).
import { fork } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';

const dist = new URL('../../dist/esm/server/', import.meta.url);
export const server = await import(new URL('index.js', dist).href);
export const { toNodeListener } = await import(new URL('node.js', dist).href);

export const outstandingType = 'tag:add-connection-wizard,2026:problem:idempotency-key-outstanding';
export const unavailableType = 'tag:add-connection-wizard,2026:problem:store-unavailable';
export const timeoutType = 'tag:add-connection-wizard,2026:problem:host-timeout';

/** The README's create body; `n` makes the name, and so the fingerprint, differ per key. */
export const createBody = (n = 0) => ({
  name: `Brand X ${n} — Infusionsoft → ACME WMS`,
  customer: { company_name: 'Brand X', city: 'New York' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:s3cret-wh@ftp.example.com' } },
  store: {
    name: 'Brand X Store',
    platform: 'infusionsoft',
    adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2-secret', pay_status: '1' },
  },
});

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A `createConnection` that counts its calls, waits `delayMs` (so that requests overlap)
 * and answers an id unique to this process (`tag`). `calls` lists the names it was given.
 */
export function countingHook({ delayMs = 5, tag = 'p' } = {}) {
  const calls = [];
  const createConnection = async (body) => {
    calls.push(body.name);
    const n = calls.length;
    await sleep(delayMs);
    return { id: `${tag}-${n}`, name: body.name, created_by: tag };
  };
  return { calls, createConnection };
}

/** Serves `createConnectionHandler(options)` on 127.0.0.1 in this process; `close()` ends it and its sockets. */
export async function serve(options) {
  const http = createServer({ keepAlive: true }, toNodeListener(server.createConnectionHandler(options)));
  await new Promise((resolve) => http.listen(0, '127.0.0.1', 2048, resolve));
  return {
    origin: `http://127.0.0.1:${http.address().port}`,
    close: () => new Promise((resolve) => {
      http.close(resolve);
      http.closeAllConnections();
    }),
  };
}

/**
 * Starts `handler-process.mjs` in a child process: `{ store: 'redis' | 'memory', redisUrl,
 * delayMs, tag, limits }`. Resolves `{ origin, calls(), close() }`; `calls()` asks the
 * child for the names its `createConnection` was called with.
 */
export async function spawnHandler(config) {
  const child = fork(new URL('handler-process.mjs', import.meta.url), [JSON.stringify(config)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const ask = (message, timeoutMs = 5000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the handler process did not answer ${message.type} within ${timeoutMs} ms`)), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (reply) => {
      if (reply.type !== message.type) return;
      done();
      resolve(reply);
    };
    const onExit = (code) => {
      done();
      reject(new Error(`the handler process exited (${code}) before answering ${message.type}`));
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (message.type !== 'ready') child.send(message);
  });
  const ready = await ask({ type: 'ready' }, 20_000).catch((error) => {
    kill();
    throw error;
  });
  return {
    origin: ready.origin,
    calls: async () => (await ask({ type: 'calls' })).calls,
    async close() {
      process.off('exit', kill);
      if (child.exitCode === null && child.signalCode === null) {
        child.send({ type: 'close' });
        const timer = setTimeout(kill, 3000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * A keep-alive client: `post(origin, body, key)` resolves `{ status, headers, text, body }`;
 * `get(origin, path)` too (used to open sockets before a run).
 */
export function httpClient({ maxSockets = Infinity } = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const post = (origin, body, key, path = '/api/connections') => send(origin, 'POST', path, body, key);
  const get = (origin, path = '/api/connections') => send(origin, 'GET', path);
  const send = (origin, method, path, body, key) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? '' : JSON.stringify(body);
      const headers = { 'Content-Length': Buffer.byteLength(payload) };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (key) headers['Idempotency-Key'] = key;
      const req = request(`${origin}${path}`, { method, agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let parsed;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, body: parsed });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  return { post, get, agent, close: () => agent.destroy() };
}
