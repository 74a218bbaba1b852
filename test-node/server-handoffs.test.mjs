// "Send to merchant" through real HTTP: a 3PL mints a link carrying a preset; the
// merchant reads the preset and creates through the link; the preset is enforced, the
// link is used once, the 3PL hears of it, and a failed create leaves the link usable.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createBody, send, serve, server } from './server-http.mjs';

const { ConnectionError, memoryStore } = server;

describe('server handler: hand-off links', () => {
  let app;
  let now = Date.now();
  const created = [];
  const completed = [];
  const preset = { name: 'Brand X — Amazon', customer_id: 101, warehouse_id: 11, store: { platform: 'infusionsoft' } };
  before(async () => {
    app = await serve({
      authorize: (request) => (request.headers.get('X-User') ? { id: request.headers.get('X-User') } : new Response(null, { status: 401 })),
      store: memoryStore({ now: () => now }),
      createConnection: async (body, ctx) => {
        if (body.store.adapter.password === 'wrong') throw ConnectionError.fields([{ pointer: '/store/adapter/password', detail: 'Refused.' }]);
        await new Promise((resolve) => setTimeout(resolve, 20));
        created.push({ body, ctx });
        return { id: 500 + created.length };
      },
      handoffs: {
        link: (token) => `https://portal.example/connect?session=${token}`,
        onComplete: (handoff, connection) => completed.push({ handoff, connection }),
      },
    });
  });
  after(() => app.close());

  const threePl = { headers: { 'X-User': '3pl-ops' } };
  async function mint(body = { preset }) {
    const answer = await send(app.url('/api/connections/handoffs'), body, threePl);
    return { ...answer, token: answer.body?.url && new URL(answer.body.url).searchParams.get('session') };
  }
  /** What the merchant's wizard sends: the steps it showed, and here a tampered name and merchant. */
  const merchantBody = (password = 'hunter2') => {
    const body = createBody();
    delete body.warehouse;
    body.name = 'Tampered name';
    body.customer = { company_name: 'Someone else' };
    body.store.adapter.password = password;
    return body;
  };

  it('mints a link only for a signed-in 3PL and a valid preset', async () => {
    assert.equal((await send(app.url('/api/connections/handoffs'), { preset })).status, 401);
    const bad = await mint({ preset: { store: { plaform: 'x' } } });
    assert.equal(bad.status, 422);
    assert.match(bad.body.detail, /preset\.store\.plaform: unknown key/);
    const good = await mint();
    assert.equal(good.status, 201);
    assert.match(good.token, /^[A-Za-z0-9_-]{43}$/);
    assert.match(good.body.id, /^[0-9a-f]{64}$/);
    assert.ok(Date.parse(good.body.expires_at) > Date.now());
  });

  it('gives the merchant the preset, enforces it on the create, is used once, and tells the 3PL', async () => {
    const { token, body: minted } = await mint();
    const read = await fetch(app.url(`/api/connections/sessions/${token}`));
    assert.deepEqual((await read.json()).preset, preset);

    const key = crypto.randomUUID();
    const answer = await send(app.url(`/api/connections/sessions/${token}`), merchantBody(), { key });
    assert.equal(answer.status, 201);
    const { body, ctx } = created.at(-1);
    assert.equal(body.name, preset.name, 'the fixed name wins over the edited request');
    assert.equal(body.customer_id, 101);
    assert.equal(body.customer, undefined, 'the preset merchant replaces the one the request made up');
    assert.equal(body.warehouse_id, 11);
    assert.equal(ctx.user.id, '3pl-ops');
    assert.equal(ctx.handoff.id, minted.id);

    const replay = await send(app.url(`/api/connections/sessions/${token}`), merchantBody(), { key });
    assert.equal(replay.status, 201);
    assert.equal(replay.body.id, answer.body.id);
    const again = await send(app.url(`/api/connections/sessions/${token}`), merchantBody(), { key: crypto.randomUUID() });
    assert.equal(again.status, 410);
    assert.equal((await fetch(app.url(`/api/connections/sessions/${token}`))).status, 410);

    assert.equal(completed.filter((c) => c.handoff.id === minted.id).length, 1);
    const status = await (await fetch(app.url(`/api/connections/handoffs/${minted.id}`), threePl)).json();
    assert.equal(status.status, 'completed');
    assert.equal(status.connection_id, answer.body.id);
    assert.equal((await fetch(app.url(`/api/connections/handoffs/${minted.id}`), { headers: { 'X-User': 'other-3pl' } })).status, 404);
  });

  it('creates once when two submissions with different keys race on one link', async () => {
    const { token } = await mint();
    const before = created.length;
    const answers = await Promise.all([1, 2, 3, 4].map(() => send(app.url(`/api/connections/sessions/${token}`), merchantBody(), { key: crypto.randomUUID() })));
    assert.equal(created.length - before, 1);
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1);
    // The others are told it is outstanding (409) or, once it is done, used (410).
    assert.ok(statuses.every((s) => s === 201 || s === 409 || s === 410), statuses.join());
  });

  it('leaves the link usable after a refused create, so the merchant can correct it', async () => {
    const { token } = await mint();
    const refused = await send(app.url(`/api/connections/sessions/${token}`), merchantBody('wrong'));
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors[0].pointer, '/store/adapter/password');
    const corrected = await send(app.url(`/api/connections/sessions/${token}`), merchantBody());
    assert.equal(corrected.status, 201);
  });

  it('refuses a link that expired (72 hours by default) or was never minted', async () => {
    const { token } = await mint();
    now += 72 * 60 * 60 * 1000 + 1;
    assert.equal((await fetch(app.url(`/api/connections/sessions/${token}`))).status, 404);
    assert.equal((await send(app.url(`/api/connections/sessions/${token}`), merchantBody())).status, 404);
    assert.equal((await fetch(app.url(`/api/connections/sessions/${'x'.repeat(43)}`))).status, 404);
  });
});
