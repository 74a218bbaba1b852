// A hostile or broken server: redirects are not followed with credentials, a retried or
// reloaded submission keeps its Idempotency-Key, and Test connection gives up on time.
import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import '../src/index.js';
import type { AddConnectionWizard } from '../src/index.js';
import { alertText, created, submitAndFail } from './failure-helpers.js';
import { click, currentHeading, fill, recordingEndpoint, settle, useBackend, waitFor, worker } from './helpers.js';
import { readyToSubmit, renderWizard, toWarehouseStep, typed } from './route.js';

describe('a redirecting endpoint', () => {
  for (const status of [307, 308, 302, 301]) {
    it(`is not followed after a ${status}: the body goes nowhere else and nothing shows as created`, async () => {
      const elsewhere: unknown[] = [];
      const { wizard, endpoint, errors } = await submitAndFail(
        () => new HttpResponse(null, { status, headers: { Location: 'http://127.0.0.1:9/steal' } }),
        undefined,
        () => worker.use(http.all('http://127.0.0.1:9/steal', ({ request }) => (elsewhere.push(request.method), created()))),
      );

      expect(endpoint.requests).to.have.length(1);
      expect(elsewhere).to.deep.equal([]);
      expect(errors[0].kind).to.equal('redirect');
      expect(alertText(wizard)).to.contain('answered with a redirect');
      expect(currentHeading(wizard)).to.equal('Store Setup');
    });
  }
});

describe('the Idempotency-Key of a submission whose outcome is unknown', () => {
  afterEach(() => localStorage.clear());

  it('survives a reload with draft-key: the secrets typed again send under the same key', async () => {
    const endpoint = recordingEndpoint('/api/connections', async (n) => (n === 1 ? (await delay('infinite'), created()) : created()));
    await useBackend(endpoint.handler);
    const key = `idem-${Date.now()}`;
    const first = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" draft-key=${key} .timeout=${200}></add-connection-wizard>`);
    await readyToSubmit(first);
    await click('Add connection', first);
    // Generous limits: with three engines sharing two cores, WebKit once took longer than 3 s here.
    await waitFor(() => alertText(first).includes('took too long'), 8000);
    await waitFor(() => (localStorage.getItem(`add-connection-wizard:${key}`) ?? '').includes('idempotencyKey'), 8000);
    first.remove();

    const second = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" draft-key=${key}></add-connection-wizard>`);
    await waitFor(() => currentHeading(second) === 'Store Setup', 8000);
    // Secrets are never kept: the warehouse's and the store's are typed again.
    await click('Add connection', second);
    expect(currentHeading(second)).to.equal('Warehouse Setup');
    await fill('Connection string', typed['Connection string'], second);
    await click('Continue', second);
    await fill('Password', typed.Password, second);
    await click('Add connection', second);

    await waitFor(() => currentHeading(second) === 'Connection created', 8000);
    const [a, b] = endpoint.requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(a).to.be.a('string').and.not.empty;
    expect(b).to.equal(a);
  });

  it('stays the same when a value is changed and changed back', async () => {
    const { wizard, endpoint } = await submitAndFail((n) => (n < 3 ? new HttpResponse(null, { status: 503 }) : created()));
    await fill('Name', 'Another name', wizard);
    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 2);
    await settle();
    await fill('Name', typed.Name, wizard);
    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    const keys = new Set(endpoint.requests.map((r) => r.headers.get('Idempotency-Key')));
    expect(keys.size).to.equal(1);
  });

  it('is new after the server refused the submission for good (422)', async () => {
    const refuse = () => HttpResponse.json({ errors: [{ pointer: '/store/name', detail: 'Taken.' }] }, { status: 422 });
    const { wizard, endpoint } = await submitAndFail((n) => (n === 1 ? refuse() : created()));
    await fill('Name', 'Another name', wizard);
    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    const [a, b] = endpoint.requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(b).not.to.equal(a);
  });
});

describe('a Test connection answer that never comes', () => {
  it('fails after the timeout instead of saying “Testing…” forever', async () => {
    await useBackend(http.post('/api/test', async () => (await delay('infinite'), HttpResponse.json({ ok: true }))));
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard test-endpoint="/api/test" .timeout=${200}></add-connection-wizard>`);
    await toWarehouseStep(wizard);
    await fill('Connection string', typed['Connection string'], wizard);
    await click('Test connection', wizard);

    const result = () => wizard.shadowRoot!.querySelector('[part~="test-result"]')!.textContent!.replace(/\s+/g, ' ').trim();
    await waitFor(() => result().startsWith('Connection test failed.'), 2000);
    expect(result()).to.contain('took too long');
  });

  it('fails after the timeout when the host answers through respondWith and never settles', async () => {
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard .timeout=${200}></add-connection-wizard>`);
    wizard.addEventListener('acw-test-connection', (e) => e.detail.respondWith(new Promise(() => {})));
    await toWarehouseStep(wizard);
    await fill('Connection string', typed['Connection string'], wizard);
    await click('Test connection', wizard);

    const result = () => wizard.shadowRoot!.querySelector('[part~="test-result"]')!.textContent!;
    await waitFor(() => result().includes('took too long'), 2000);
  });
});

describe('an answer that never ends, or never stops growing', () => {
  const endless = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id": 1, "pad": "'));
      },
    });

  it('times out when the endpoint’s body never ends, and nothing shows as created', async () => {
    const { wizard, errors } = await submitAndFail(() => new HttpResponse(endless(), { status: 201, headers: { 'Content-Type': 'application/json' } }), 300);

    expect(errors[0].kind).to.equal('timeout');
    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('times out when a host’s respondWith answer is a Response whose body never ends', async () => {
    const wizard = await renderWizard();
    wizard.timeout = 300;
    const errors: string[] = [];
    wizard.addEventListener('acw-error', (e) => errors.push(e.detail.kind));
    wizard.addEventListener('acw-submit', (e) => {
      e.preventDefault();
      e.detail.respondWith(Promise.resolve(new Response(endless(), { status: 201 })));
    });
    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    await waitFor(() => errors.length > 0, 2000);
    expect(errors).to.deep.equal(['timeout']);
  });

  it('does not read an answer of more than a megabyte', async () => {
    const huge = `{"id": 7, "pad": "${'x'.repeat(1_100_000)}"}`;
    const { wizard, errors } = await submitAndFail(() => new HttpResponse(huge, { status: 201, headers: { 'Content-Type': 'application/json' } }));

    expect(errors[0].kind).to.equal('server');
    expect(alertText(wizard)).to.contain('unclear whether it was created');
  });
});

describe('release review regressions', () => {
  afterEach(() => localStorage.clear());

  it('gives the next attempt a new Idempotency-Key after a 403', async () => {
    const { wizard, endpoint } = await submitAndFail((n) => (n === 1 ? HttpResponse.json({ title: 'Forbidden' }, { status: 403 }) : created()));
    await click('Try again', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    const [a, b] = endpoint.requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(b).not.to.equal(a);
  });

  it('drops a Test connection under way when the credentials are edited', async () => {
    let answer!: (value: { ok: boolean }) => void;
    const wizard = await renderWizard();
    wizard.addEventListener('acw-test-connection', (e) => e.detail.respondWith(new Promise((resolve) => (answer = resolve))));
    await toWarehouseStep(wizard);
    await fill('Connection string', typed['Connection string'], wizard);
    await click('Test connection', wizard);
    await fill('Connection string', 'sftp://wh1:other@ftp.example.com', wizard);
    answer({ ok: true });
    await settle();

    expect(wizard.shadowRoot!.querySelector('[part~="test-result"]')!.textContent).not.to.contain('passed');
  });

  it('ignores a malformed Idempotency-Key in a stored draft', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    localStorage.setItem('add-connection-wizard:bad-key', JSON.stringify({ version: 1, step: 1, reached: 1, draft: { name: 'x' }, forms: {}, idempotencyKey: 'bad\nkey' }));
    const wizard = await renderWizard({ endpoint: '/api/connections', draftKey: 'bad-key' });
    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests[0].headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('shows a server error for a field that is not on screen in the message, and lets the user go on', async () => {
    const solo = [{ id: 1, company_name: 'Solo' }, { id: 2, company_name: 'Duo' }];
    const endpoint = recordingEndpoint('/api/connections', (n) => (n === 1 ? HttpResponse.json({ errors: [{ pointer: '/warehouse_id', detail: 'Pick a warehouse.' }] }, { status: 422 }) : created()));
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections', merchants: solo });
    await readyToSubmit(wizard, { merchant: 'Solo' });
    await click('Add connection', wizard);
    await waitFor(() => alertText(wizard).includes('Pick a warehouse.'));

    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
  });

  it('says a non-http(s) test endpoint is a setup problem', async () => {
    const wizard = await renderWizard({ testEndpoint: 'data:application/json,{"ok":true}' });
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await toWarehouseStep(wizard);
      await fill('Connection string', typed['Connection string'], wizard);
      await click('Test connection', wizard);
      await waitFor(() => wizard.shadowRoot!.querySelector('[part~="test-result"]')!.textContent!.includes('not set up to send'));
    } finally {
      console.error = error;
    }
    expect(logged.length).to.be.greaterThan(0);
  });
});
