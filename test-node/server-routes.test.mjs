// The server handler's refusals, through real HTTP on loopback: each status a wrong request
// gets, as a problem document that names the field and never the value.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createBody, send, serve, server } from './server-http.mjs';

const { ConnectionError } = server;
const problemType = 'application/problem+json';

describe('server handler: routes and refusals', () => {
  let app;
  const created = [];
  const errors = [];
  before(async () => {
    app = await serve({
      authorize: (request) =>
        request.headers.get('Authorization') === 'Bearer good' ? { id: 'user-1' }
        : request.headers.get('Authorization') === 'Bearer other' ? new Response(null, { status: 403 })
        : new Response(JSON.stringify({ title: 'Sign in' }), { status: 401, headers: { 'Content-Type': problemType } }),
      createConnection: async (body) => {
        const { password } = body.store.adapter;
        if (password === 'refused') throw ConnectionError.fields([{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }]);
        if (password === 'duplicate') throw ConnectionError.duplicate();
        if (password === 'crash') throw new Error('database down');
        created.push(body);
        // A careless host answers with the whole body, secrets included.
        return { id: created.length, ...body };
      },
      onError: (error, info) => errors.push({ error, info }),
      limits: { maxBodyBytes: 4096 },
    });
  });
  after(() => app.close());
  const auth = { Authorization: 'Bearer good' };

  it('answers 401 or 403 from authorize before reading anything', async () => {
    const anonymous = await send(app.url(), 'not json', { headers: {} });
    assert.equal(anonymous.status, 401);
    const forbidden = await send(app.url('/api/connections/nope/deeper'.replace('/nope/deeper', '')), createBody(), { headers: { Authorization: 'Bearer other' } });
    assert.equal(forbidden.status, 403);
    assert.equal(created.length, 0);
  });

  it('creates with 201, a Location and the id, and answers no secret the host handed back', async () => {
    const answer = await send(app.url(), createBody(), { headers: auth });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.id, 1);
    assert.equal(answer.headers.get('Location'), '/api/connections/1');
    assert.equal(answer.body.store.adapter.username, 'admin@example.com');
    assert.doesNotMatch(answer.text, /hunter2|s3cret-wh|connection_string|password/);
  });

  it('404 outside the routes, 405 with Allow for a wrong method', async () => {
    const outside = await send(app.url('/api/other'), createBody(), { headers: auth });
    assert.equal(outside.status, 404);
    assert.equal(outside.headers.get('Content-Type'), problemType);
    const wrong = await fetch(app.url(), { method: 'DELETE', headers: auth });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('Allow'), 'POST');
    // No testConnection, getConnection or updateConnection: those routes are not there.
    assert.equal((await send(app.url('/api/connections/test'), {}, { headers: auth })).status, 404);
    assert.equal((await fetch(app.url('/api/connections/1'), { headers: auth })).status, 404);
  });

  it('415 for another media type, 400 for a body that is not JSON', async () => {
    const form = await send(app.url(), 'name=x', { type: 'application/x-www-form-urlencoded', headers: auth });
    assert.equal(form.status, 415);
    assert.match(form.body.detail, /application\/json/);
    const charset = await send(app.url(), createBody(), { type: 'application/json; charset=utf-8', headers: auth });
    assert.equal(charset.status, 201, 'a charset parameter is still JSON');
    const broken = await send(app.url(), '{"name": "x", "store": {"adapter": {"password": "hunter2"', { headers: auth });
    assert.equal(broken.status, 400);
    assert.doesNotMatch(broken.text, /hunter2/, 'a parse error never echoes the body');
  });

  it('413 past the size cap, declared or streamed without a length', async () => {
    const big = { ...createBody(), name: 'x'.repeat(5000) };
    assert.equal((await send(app.url(), big, { headers: auth })).status, 413);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(1000)));
        controller.close();
      },
    });
    const streamed = await fetch(app.url(), {
      method: 'POST', body: chunks, duplex: 'half',
      headers: { ...auth, 'Content-Type': 'application/json', 'Idempotency-Key': 'streamed' },
    });
    assert.equal(streamed.status, 413);
  });

  it('400 for a create without an Idempotency-Key or with a malformed one', async () => {
    const missing = await send(app.url(), createBody(), { key: null, headers: auth });
    assert.equal(missing.status, 400);
    assert.match(missing.body.type, /idempotency-key-missing/);
    const malformed = await send(app.url(), createBody(), { key: '"unterminated', headers: auth });
    assert.equal(malformed.status, 400);
    const tooLong = await send(app.url(), createBody(), { key: 'k'.repeat(256), headers: auth });
    assert.equal(tooLong.status, 400);
  });

  it('422 with a pointer for every invalid field, naming the field and never its value', async () => {
    const body = createBody();
    body.name = '   ';
    body.store.adapter.app_name = '';
    body.store.adapter.password = '';
    body.warehouse.adapter.connection_string = 'http://user:leaked-pass@host';
    const answer = await send(app.url(), body, { headers: auth });
    assert.equal(answer.status, 422);
    assert.equal(answer.headers.get('Content-Type'), problemType);
    const pointers = answer.body.errors.map((e) => e.pointer);
    assert.deepEqual(pointers.sort(), ['/name', '/store/adapter/app_name', '/store/adapter/password', '/warehouse/adapter/connection_string'].sort());
    assert.doesNotMatch(answer.text, /leaked-pass/);
  });

  it('a host refusal lands on its field; a duplicate is 409; a crash is 500 with nothing of the body logged', async () => {
    const refused = createBody();
    refused.store.adapter.password = 'refused';
    const fields = await send(app.url(), refused, { headers: auth });
    assert.equal(fields.status, 422);
    assert.deepEqual(fields.body.errors, [{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }]);

    const duplicate = createBody();
    duplicate.store.adapter.password = 'duplicate';
    const conflict = await send(app.url(), duplicate, { headers: auth });
    assert.equal(conflict.status, 409);
    assert.match(conflict.body.type, /duplicate-connection/);

    const crash = createBody();
    crash.store.adapter.password = 'crash';
    const failed = await send(app.url(), crash, { headers: auth });
    assert.equal(failed.status, 500);
    assert.doesNotMatch(failed.text, /database down|crash/, 'the host error stays in the log');
    assert.equal(errors.at(-1).info.operation, 'createConnection');
    assert.equal(errors.at(-1).error.message, 'database down');
  });
});
