// The one request path without a browser: which endpoints are refused as insecure, the
// timeout and abort of a host's answer, and the request `postJson` hands to fetch
// (location and fetch stubbed, restored after). Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

const { isInsecure, deadline, within, postJson, InsecureEndpointError, RedirectError } = await import(
  new URL('../dist/esm/wizard/post-json.js', import.meta.url).href
);

const page = 'https://portal.example/connections';

describe('isInsecure', () => {
  it('refuses http to other hosts', () => {
    for (const url of ['http://api.example.com/connections', 'HTTP://API.EXAMPLE.COM/', 'http://10.0.0.5:8080/x', 'http://localhost.example.com/', 'http://127.0.0.2/']) {
      assert.equal(isInsecure(url, page), true, url);
    }
    assert.equal(isInsecure('/api/connections', 'http://portal.example/'), true, 'relative on an http page');
  });

  it('allows https, this machine, and relative URLs on an https page', () => {
    for (const url of ['https://api.example.com/', 'http://localhost:3000/api', 'http://127.0.0.1/api', 'http://[::1]:8080/api', 'http://[0:0:0:0:0:0:0:1]/', 'http://app.localhost/api', '/api/connections', 'api']) {
      assert.equal(isInsecure(url, page), false, url);
    }
  });

  it('does not call an invalid URL insecure', () => {
    assert.equal(isInsecure('http://[', page), false);
    assert.equal(isInsecure('/api', 'not a url'), false);
  });
});

describe('within a deadline', () => {
  // AbortSignal.timeout's timer does not keep Node alive; this does, while a test waits.
  const keepAlive = () => {
    const timer = setTimeout(() => {}, 5_000);
    return () => clearTimeout(timer);
  };

  it('settles as the promise does', async () => {
    const signal = new AbortController().signal;
    assert.equal(await within(Promise.resolve('answer'), deadline(signal, 1_000)), 'answer');
    const error = new Error('host failed');
    await assert.rejects(within(Promise.reject(error), deadline(signal, 1_000)), (e) => e === error);
  });

  it('rejects with a TimeoutError when the time passes first', async () => {
    const done = keepAlive();
    const started = Date.now();
    await assert.rejects(within(new Promise(() => {}), deadline(new AbortController().signal, 30)), (e) => e instanceof DOMException && e.name === 'TimeoutError');
    assert.ok(Date.now() - started >= 25, 'waited for the timeout');
    done();
  });

  it('rejects with the abort reason when the signal aborts', async () => {
    const done = keepAlive();
    const controller = new AbortController();
    const answer = within(new Promise(() => {}), deadline(controller.signal, 1_000));
    const reason = new Error('left the page');
    controller.abort(reason);
    await assert.rejects(answer, (e) => e === reason);
    done();
    await assert.rejects(within(Promise.resolve('late'), deadline(AbortSignal.abort(), 1_000)), (e) => e instanceof DOMException && e.name === 'AbortError');
  });

  // WebKit rejects an aborted fetch or body read with a bare AbortError, not the reason.
  it('rejects with the reason, not the error of a promise that failed because the deadline passed', async () => {
    const done = keepAlive();
    const limit = deadline(new AbortController().signal, 20);
    const engineError = new DOMException('Fetch is aborted', 'AbortError');
    const read = new Promise((_, reject) => limit.addEventListener('abort', () => queueMicrotask(() => reject(engineError))));
    await assert.rejects(within(read, limit), (e) => e instanceof DOMException && e.name === 'TimeoutError');
    done();
  });
});

describe('postJson', () => {
  const saved = { location: Object.getOwnPropertyDescriptor(globalThis, 'location'), fetch: globalThis.fetch, error: console.error };
  let requests = [];
  let logged = [];
  before(() => {
    Object.defineProperty(globalThis, 'location', { value: new URL('https://portal.example/'), configurable: true, writable: true });
    globalThis.fetch = async (url, init) => {
      requests.push({ url, init });
      return new Response('{"id":1}', { status: 201 });
    };
    console.error = (...args) => logged.push(args);
  });
  after(() => {
    if (saved.location) Object.defineProperty(globalThis, 'location', saved.location);
    else delete globalThis.location;
    globalThis.fetch = saved.fetch;
    console.error = saved.error;
  });
  const options = (changes = {}) => ({ headers: {}, credentials: 'same-origin', timeout: 10_000, signal: new AbortController().signal, ...changes });

  it('POSTs the body as given, with JSON headers and the idempotency key', async () => {
    requests = [];
    const body = '{"name":"C"}';
    const response = await postJson('/api/connections', body, options({ credentials: 'include', idempotencyKey: 'key-1' }));
    assert.equal(response.status, 201);
    assert.equal(requests.length, 1);
    const { url, init } = requests[0];
    assert.equal(url, '/api/connections');
    assert.equal(init.method, 'POST');
    assert.equal(init.body, body);
    assert.equal(init.credentials, 'include');
    assert.deepEqual(Object.fromEntries(init.headers), { accept: 'application/json, application/problem+json', 'content-type': 'application/json', 'idempotency-key': 'key-1' });
  });

  it('keeps the host’s headers, but its own Content-Type wins; no key, no Idempotency-Key', async () => {
    requests = [];
    await postJson('https://api.example.com/test', '{}', options({ headers: { 'X-CSRF-Token': 't', Accept: 'application/vnd.api+json', 'Content-Type': 'text/plain' } }));
    assert.deepEqual(Object.fromEntries(requests[0].init.headers), { accept: 'application/vnd.api+json', 'x-csrf-token': 't', 'content-type': 'application/json' });
  });

  it('sets its own headers over the host’s whatever their case, never merging them', async () => {
    requests = [];
    await postJson('/api', '{}', options({ headers: { 'content-type': 'text/plain', 'idempotency-key': 'host' }, idempotencyKey: 'k1' }));
    const headers = requests[0].init.headers;
    assert.equal(headers.get('Content-Type'), 'application/json');
    assert.equal(headers.get('Idempotency-Key'), 'k1');
  });

  it('aborts the request with the caller’s signal', async () => {
    requests = [];
    const controller = new AbortController();
    await postJson('/api', '{}', options({ signal: controller.signal }));
    const { signal } = requests[0].init;
    assert.equal(signal.aborted, false);
    controller.abort();
    assert.equal(signal.aborted, true);
  });

  // As WebKit's fetch does: an aborted request rejects with a bare AbortError, not the reason.
  it('fails with a TimeoutError when the time passes, whatever error fetch gives', async () => {
    const fetchBefore = globalThis.fetch;
    globalThis.fetch = (url, init) =>
      new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('Fetch is aborted', 'AbortError'))));
    const timer = setTimeout(() => {}, 5_000);
    try {
      await assert.rejects(postJson('/api', '{}', options({ timeout: 20 })), (e) => e instanceof DOMException && e.name === 'TimeoutError');
    } finally {
      clearTimeout(timer);
      globalThis.fetch = fetchBefore;
    }
  });

  it('refuses an insecure endpoint without fetching, and says why once', async () => {
    requests = [];
    logged = [];
    await assert.rejects(postJson('http://api.example.com/connections', '{}', options()), (e) => e instanceof InsecureEndpointError && e.name === 'InsecureEndpointError' && e.message === 'http://api.example.com');
    assert.equal(requests.length, 0);
    assert.deepEqual(logged, [['add-connection-wizard: refused to send credentials to http://api.example.com over http. Use an https endpoint.']]);
  });

  it('refuses a URL that is not http(s), or holds credentials, without fetching', async () => {
    for (const url of ['data:application/json,{"id":1}', 'javascript:void 0', 'https://u:p@api.example.com/c']) {
      requests = [];
      logged = [];
      await assert.rejects(postJson(url, '{}', options()), (e) => e instanceof InsecureEndpointError && e.misconfigured === true, url);
      assert.equal(requests.length, 0, url);
      assert.equal(logged.length, 1, url);
    }
  });

  it('follows no redirect: asks for manual redirects and rejects a 3xx answer', async () => {
    const fetchBefore = globalThis.fetch;
    globalThis.fetch = async (url, init) => {
      requests.push({ url, init });
      return new Response(null, { status: 307, headers: { Location: 'https://elsewhere.example/' } });
    };
    try {
      requests = [];
      logged = [];
      await assert.rejects(postJson('/api', '{}', options()), (e) => e instanceof RedirectError);
      assert.equal(requests[0].init.redirect, 'manual');
      assert.equal(requests.length, 1);
    } finally {
      globalThis.fetch = fetchBefore;
    }
  });
});
