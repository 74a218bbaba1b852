// Reading answers without a browser: the create request's Response, a host's
// `respondWith` answer, a request that got none, and Test connection's answer.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

const dist = new URL('../dist/esm/wizard/', import.meta.url);
const { readResponse, readHostAnswer, failureOf, readTestAnswer } = await import(new URL('answers.js', dist).href);
const { InsecureEndpointError, RedirectError } = await import(new URL('post-json.js', dist).href);

const json = (status, body, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status, body) => json(status, body, 'application/problem+json');
const timeoutError = () => new DOMException('The operation timed out.', 'TimeoutError');

describe('readResponse', () => {
  it('reads a created connection’s id, number or string', async () => {
    assert.deepEqual(await readResponse(json(201, { id: 42, name: 'C' })), { ok: true, id: 42, response: { id: 42, name: 'C' } });
    assert.deepEqual(await readResponse(json(200, { id: 'abc' })), { ok: true, id: 'abc', response: { id: 'abc' } });
  });

  it('reads the server handler’s 409 "outstanding" as a failure to retry with the same key, not a duplicate', async () => {
    const type = 'tag:add-connection-wizard,2026:problem:idempotency-key-outstanding';
    const outcome = await readResponse(problem(409, { type, title: 'Conflict', detail: 'Still running.' }));
    assert.deepEqual(outcome, { ok: false, kind: 'server', status: 409, errors: [], detail: 'Still running.', retrySameKey: true });
    assert.equal((await readResponse(problem(409, { title: 'Conflict' }))).kind, 'conflict');
  });

  it('does not trust a success without an id', async () => {
    const server = { ok: false, kind: 'server', status: 200, errors: [], detail: undefined };
    assert.deepEqual(await readResponse(json(200, { created: true })), server);
    assert.deepEqual(await readResponse(json(200, { id: null })), server);
    assert.deepEqual(await readResponse(new Response('<html>Sign in</html>', { status: 200 })), server);
  });

  it('reads field errors of a problem document (422 and 400), skipping entries without a detail', async () => {
    const body = {
      title: 'Invalid request', detail: 'Check the fields.',
      errors: [
        { pointer: '/name', detail: 'Too long.' },
        { pointer: '/store/name' },
        { pointer: '/store/platform', detail: 7 },
        'not an entry',
        { detail: 'No pointer.' },
      ],
    };
    const errors = [{ pointer: '/name', detail: 'Too long.' }, { pointer: '', detail: 'No pointer.' }];
    assert.deepEqual(await readResponse(problem(422, body)), { ok: false, kind: 'validation', status: 422, errors, detail: 'Check the fields.' });
    assert.deepEqual(await readResponse(problem(400, { title: 'Bad Request' })), { ok: false, kind: 'validation', status: 400, errors: [], detail: 'Bad Request' });
    assert.deepEqual(await readResponse(new Response('oops', { status: 422 })), { ok: false, kind: 'validation', status: 422, errors: [], detail: undefined });
  });

  it('reads a conflict with its detail', async () => {
    assert.deepEqual(await readResponse(problem(409, { title: 'Conflict', detail: 'A connection named C exists.' })), {
      ok: false, kind: 'conflict', status: 409, errors: [], detail: 'A connection named C exists.',
    });
  });

  it('reads other failures as server errors, whatever their body', async () => {
    assert.deepEqual(await readResponse(problem(500, { detail: 'Stack trace' })), { ok: false, kind: 'server', status: 500, errors: [], detail: undefined });
    assert.deepEqual(await readResponse(new Response('Bad gateway', { status: 502 })), { ok: false, kind: 'server', status: 502, errors: [], detail: undefined });
  });

  it('asks the error mapper about failures only, and uses what it finds', async () => {
    const calls = [];
    const mapper = (body, status) => {
      calls.push([body, status]);
      return body?.problems?.map((p) => ({ pointer: `/${p.field}`, detail: p.message }));
    };
    assert.deepEqual(await readResponse(json(500, { message: 'No', problems: [{ field: 'name', message: 'Taken.' }] }), mapper), {
      ok: false, kind: 'validation', status: 500, errors: [{ pointer: '/name', detail: 'Taken.' }], detail: undefined,
    });
    assert.deepEqual(await readResponse(problem(409, { detail: 'Exists.' }), mapper), { ok: false, kind: 'conflict', status: 409, errors: [], detail: 'Exists.' });
    assert.deepEqual(await readResponse(json(422, { problems: [] }), mapper), { ok: false, kind: 'validation', status: 422, errors: [], detail: undefined });
    assert.deepEqual(await readResponse(json(201, { id: 1, problems: [{ field: 'x', message: 'y' }] }), mapper), { ok: true, id: 1, response: { id: 1, problems: [{ field: 'x', message: 'y' }] } });
    assert.deepEqual(calls, [
      [{ message: 'No', problems: [{ field: 'name', message: 'Taken.' }] }, 500],
      [{ detail: 'Exists.' }, 409],
      [{ problems: [] }, 422],
    ]);
  });
});

describe('readHostAnswer', () => {
  it('reads a created { id }', async () => {
    assert.deepEqual(await readHostAnswer(Promise.resolve({ id: 7, extra: 'x' })), { ok: true, id: 7, response: { id: 7, extra: 'x' } });
    assert.deepEqual(await readHostAnswer(Promise.resolve({ id: 'c-1' })), { ok: true, id: 'c-1', response: { id: 'c-1' } });
  });

  it('reads a Response as the request’s own, with the error mapper', async () => {
    assert.deepEqual(await readHostAnswer(Promise.resolve(problem(409, { detail: 'Exists.' }))), { ok: false, kind: 'conflict', status: 409, errors: [], detail: 'Exists.' });
    const mapper = () => [{ pointer: '/name', detail: 'Mapped.' }];
    assert.deepEqual(await readHostAnswer(Promise.resolve(json(503, {})), mapper), { ok: false, kind: 'validation', status: 503, errors: [{ pointer: '/name', detail: 'Mapped.' }], detail: undefined });
  });

  it('reads anything else as a server error', async () => {
    assert.deepEqual(await readHostAnswer(Promise.resolve({ created: true })), { ok: false, kind: 'server', errors: [] });
    assert.deepEqual(await readHostAnswer(Promise.resolve(undefined)), { ok: false, kind: 'server', errors: [] });
  });

  it('reads a rejection as no answer: network or timeout', async () => {
    assert.deepEqual(await readHostAnswer(Promise.reject(new TypeError('Failed to fetch'))), { ok: false, kind: 'network', errors: [] });
    assert.deepEqual(await readHostAnswer(Promise.reject(timeoutError())), { ok: false, kind: 'timeout', errors: [] });
  });
});

describe('failureOf', () => {
  it('names why no answer came', () => {
    assert.deepEqual(failureOf(new InsecureEndpointError('http://api.example')), { ok: false, kind: 'insecure', errors: [] });
    assert.deepEqual(failureOf(new InsecureEndpointError('not http(s)', true)), { ok: false, kind: 'insecure', errors: [], misconfigured: true });
    assert.deepEqual(failureOf(new RedirectError('/api')), { ok: false, kind: 'redirect', errors: [] });
    assert.deepEqual(failureOf(timeoutError()), { ok: false, kind: 'timeout', errors: [] });
    assert.deepEqual(failureOf(new DOMException('Aborted', 'AbortError')), { ok: false, kind: 'network', errors: [] });
    assert.deepEqual(failureOf(new TypeError('Failed to fetch')), { ok: false, kind: 'network', errors: [] });
    assert.deepEqual(failureOf('a string'), { ok: false, kind: 'network', errors: [] });
  });
});

describe('readTestAnswer', () => {
  it('passes only an explicit ok: true', async () => {
    assert.deepEqual(await readTestAnswer(Promise.resolve({ ok: true })), { ok: true, detail: undefined, errors: [] });
    assert.deepEqual(await readTestAnswer(Promise.resolve({ ok: false, detail: 'Bad password.' })), { ok: false, detail: 'Bad password.', errors: [] });
    assert.deepEqual(await readTestAnswer(Promise.resolve(json(200, { ok: true, detail: 'Signed in.' }))), { ok: true, detail: 'Signed in.', errors: [] });
  });

  it('does not pass a 200 without ok: true', async () => {
    const failed = { ok: false, detail: undefined, errors: [] };
    assert.deepEqual(await readTestAnswer(Promise.resolve(json(200, { ok: 'true' }))), failed);
    assert.deepEqual(await readTestAnswer(Promise.resolve(json(200, { id: 1, detail: 3 }))), failed);
    assert.deepEqual(await readTestAnswer(Promise.resolve(new Response('<html>Sign in</html>', { status: 200 }))), failed);
    // An answer of nothing is an answer, not a network failure.
    assert.deepEqual(await readTestAnswer(Promise.resolve(new Response('null', { status: 200 }))), failed);
    assert.deepEqual(await readTestAnswer(Promise.resolve(null)), failed);
    assert.deepEqual(await readTestAnswer(Promise.resolve(undefined)), failed);
  });

  it('reads field errors of a 422 about the test body, and the detail only when there are none', async () => {
    const body = { detail: 'Invalid.', errors: [{ pointer: '/adapter/password', detail: 'Wrong password.' }] };
    assert.deepEqual(await readTestAnswer(Promise.resolve(problem(422, body))), { ok: false, errors: [{ pointer: '/adapter/password', detail: 'Wrong password.' }], detail: undefined });
    assert.deepEqual(await readTestAnswer(Promise.resolve(problem(422, { detail: 'Invalid.' }))), { ok: false, errors: [], detail: 'Invalid.' });
    assert.deepEqual(await readTestAnswer(Promise.resolve(json(500, {}))), { ok: false, errors: [], detail: undefined });
    const mapper = () => [{ pointer: '/adapter/app_name', detail: 'Mapped.' }];
    assert.deepEqual(await readTestAnswer(Promise.resolve(json(500, {})), mapper), { ok: false, errors: [{ pointer: '/adapter/app_name', detail: 'Mapped.' }], detail: undefined });
  });

  it('reads a rejection as unanswered', async () => {
    assert.deepEqual(await readTestAnswer(Promise.reject(new TypeError('Failed to fetch'))), { ok: false, errors: [], unanswered: 'network' });
    assert.deepEqual(await readTestAnswer(Promise.reject(timeoutError())), { ok: false, errors: [], unanswered: 'timeout' });
    assert.deepEqual(await readTestAnswer(Promise.reject(new InsecureEndpointError('http://x'))), { ok: false, errors: [], unanswered: 'insecure' });
  });
});

const { readJsonBody, MAX_ANSWER_BYTES } = await import(new URL('answers.js', dist).href);

describe('readJsonBody', () => {
  it('parses JSON, and answers undefined for what is not', async () => {
    assert.deepEqual(await readJsonBody(new Response('{"id":1}')), { id: 1 });
    assert.equal(await readJsonBody(new Response('<html>')), undefined);
    assert.equal(await readJsonBody(new Response(null)), undefined);
  });
  it('stops reading past the limit', async () => {
    const body = `{"id":1,"pad":"${'x'.repeat(MAX_ANSWER_BYTES)}"}`;
    assert.equal(await readJsonBody(new Response(body)), undefined);
  });
});
