// The README's three server snippets, run as they are written: examples/server/snippets/
// (plain node:http, Express 5, Hono on @hono/node-server), each on a loopback port, through
// real HTTP. SNIPPETS.md shows the same files, checked here to be their exact text.
// Needs `npm run build` first (the snippets import the package by its name).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { created } from '../examples/server/snippets/hooks.mjs';

const snippets = new URL('../examples/server/snippets/', import.meta.url);
const frameworks = ['node', 'express', 'hono'];

const body = () => ({
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer: { company_name: 'Brand X' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:s3cret@ftp.example.com' } },
  store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2', pay_status: '1' } },
});

async function post(origin, value, key = crypto.randomUUID()) {
  const response = await fetch(`${origin}/api/connections`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(value),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

for (const name of frameworks) {
  test(`${name}: a create is 201, its retry replays the same id, a bad field is 422 with its pointer`, async () => {
    const { start } = await import(new URL(`${name}.mjs`, snippets).href);
    const server = start(0);
    try {
      if (!server.listening) await once(server, 'listening');
      const origin = `http://127.0.0.1:${server.address().port}`;
      const before = created.length;

      const key = crypto.randomUUID();
      const first = await post(origin, body(), key);
      assert.equal(first.status, 201);
      assert.equal(typeof first.body.id, 'number');
      assert.equal(first.headers.get('location'), `/api/connections/${first.body.id}`);
      assert.equal(first.headers.get('idempotent-replayed'), null);
      assert.equal(created.length, before + 1);
      assert.equal(created.at(-1).store.adapter.password, 'hunter2', 'the hook gets the whole body');

      // The wizard's retry: the same key and body, after a lost answer.
      const again = await post(origin, body(), key);
      assert.equal(again.status, 201);
      assert.equal(again.body.id, first.body.id);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(created.length, before + 1, 'the hook ran once');

      // Refused by the package's schema before the hook: the pointer names the field.
      const invalid = body();
      delete invalid.store.adapter.app_name;
      const refused = await post(origin, invalid);
      assert.equal(refused.status, 422);
      assert.equal(refused.headers.get('content-type'), 'application/problem+json');
      assert.deepEqual(refused.body.errors.map((error) => error.pointer), ['/store/adapter/app_name']);

      // Refused by the host's hook: its pointer too.
      const wrong = body();
      wrong.store.adapter.password = 'wrong-password';
      const host = await post(origin, wrong);
      assert.equal(host.status, 422);
      assert.deepEqual(host.body.errors, [{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }]);
      assert.equal(created.length, before + 1);
    } finally {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    }
  });
}

test('SNIPPETS.md shows each snippet file exactly', async () => {
  const markdown = await readFile(new URL('../SNIPPETS.md', snippets), 'utf8');
  const blocks = [...markdown.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]);
  assert.equal(blocks.length, frameworks.length);
  for (const [i, name] of frameworks.entries()) {
    assert.equal(blocks[i], await readFile(new URL(`${name}.mjs`, snippets), 'utf8'), `${name}.mjs and its block in SNIPPETS.md differ`);
  }
});
