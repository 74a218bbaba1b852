import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, errorOf, fill, getByLabel, pause, useBackend, waitFor } from './helpers.js';
import { readyToSubmit, renderWizard, toWarehouseStep } from './route.js';

const connectionString = 'sftp://wh1:secret@ftp.example.com';

/** A test endpoint that records each body and answers with `answer`. */
async function testEndpoint(answer: () => Response) {
  const bodies: unknown[] = [];
  await useBackend(http.post('/api/test', async ({ request }) => {
    bodies.push(await request.json());
    return answer();
  }));
  return bodies;
}

/** Warehouse Setup of a new merchant with the connection string filled. */
async function warehouseSetup(o: { testEndpoint?: string; connection?: string } = { testEndpoint: '/api/test' }) {
  const wizard = await renderWizard({ endpoint: '/api/connections', testEndpoint: o.testEndpoint });
  await toWarehouseStep(wizard);
  await fill('Connection string', o.connection ?? connectionString, wizard);
  return wizard;
}

/** The outcome region next to Test connection. */
const result = (wizard: AddConnectionWizard) => wizard.shadowRoot!.querySelector('[part~="test-result"]');
const resultText = (wizard: AddConnectionWizard) => (result(wizard)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Test connection', () => {
  it('POSTs the kind, the platform and the adapter of the Warehouse Setup form to test-endpoint', async () => {
    const bodies = await testEndpoint(() => HttpResponse.json({ ok: true }));
    const wizard = await warehouseSetup();

    await click('Test connection', wizard);

    await waitFor(() => bodies.length === 1);
    expect(bodies[0]).to.deep.equal({ kind: 'warehouse', platform: 'dropstream', adapter: { connection_string: connectionString } });
  });

  it('announces a passed test and its detail in a status region', async () => {
    await testEndpoint(() => HttpResponse.json({ ok: true, detail: 'Logged in; /in and /out found.' }));
    const wizard = await warehouseSetup();

    await click('Test connection', wizard);

    await waitFor(() => resultText(wizard) === 'Connection test passed. Logged in; /in and /out found.');
    expect(result(wizard)?.getAttribute('role')).to.equal('status');
  });

  it('shows a failed test and its detail', async () => {
    await testEndpoint(() => HttpResponse.json({ ok: false, detail: 'Login refused.' }));
    const wizard = await warehouseSetup();

    await click('Test connection', wizard);

    await waitFor(() => resultText(wizard) === 'Connection test failed. Login refused.');
  });

  it('shows a 422 field error at /adapter/connection_string on Connection string', async () => {
    const detail = 'No server answers at ftp.example.com.';
    await testEndpoint(() => HttpResponse.json({ errors: [{ pointer: '/adapter/connection_string', detail }] }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }));
    const wizard = await warehouseSetup();

    await click('Test connection', wizard);

    await waitFor(() => errorOf(getByLabel('Connection string', wizard)) === detail);
    expect(resultText(wizard)).to.match(/^Connection test failed/);
  });

  it('sends nothing while a field is invalid, and says what to do', async () => {
    const bodies = await testEndpoint(() => HttpResponse.json({ ok: true }));
    const wizard = await warehouseSetup({ testEndpoint: '/api/test', connection: 'http://example.com' });

    await click('Test connection', wizard);

    expect(resultText(wizard)).to.match(/Correct the highlighted fields/);
    expect(errorOf(getByLabel('Connection string', wizard))).to.be.a('string').and.not.empty;
    expect(bodies).to.have.length(0);
  });

  it('says testing is not available without an endpoint or a listener, and Continue still works', async () => {
    const wizard = await warehouseSetup({});

    await click('Test connection', wizard);
    expect(resultText(wizard)).to.match(/Testing is not available/);

    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('lets a host listener answer with respondWith, without an endpoint', async () => {
    const wizard = await warehouseSetup({});
    const details: unknown[] = [];
    wizard.addEventListener('acw-test-connection', (event) => {
      details.push({ kind: event.detail.kind, platform: event.detail.platform, adapter: event.detail.adapter });
      event.detail.respondWith(Promise.resolve({ ok: true }));
    });

    await click('Test connection', wizard);

    await waitFor(() => resultText(wizard) === 'Connection test passed.');
    expect(details).to.deep.equal([{ kind: 'warehouse', platform: 'dropstream', adapter: { connection_string: connectionString } }]);
  });

  it('shows the pending state while the answer is on its way, without blocking Continue', async () => {
    const wizard = await warehouseSetup({});
    let answer!: (value: { ok: boolean }) => void;
    wizard.addEventListener('acw-test-connection', (event) => event.detail.respondWith(new Promise((resolve) => (answer = resolve))));

    await click('Test connection', wizard);
    expect(resultText(wizard)).to.equal('Testing the connection…');

    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    answer({ ok: false });
    await pause(100);
    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('never blocks Continue: a failed test, then Continue moves on', async () => {
    await testEndpoint(() => HttpResponse.json({ ok: false, detail: 'Login refused.' }));
    const wizard = await warehouseSetup();
    await click('Test connection', wizard);
    await waitFor(() => resultText(wizard).startsWith('Connection test failed.'));

    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('does not pull the user back when a field error arrives for a test they left', async () => {
    const wizard = await warehouseSetup({});
    let answer!: (value: Response) => void;
    wizard.addEventListener('acw-test-connection', (event) => event.detail.respondWith(new Promise((resolve) => (answer = resolve))));
    await click('Test connection', wizard);
    await click('Continue', wizard);

    answer(HttpResponse.json({ errors: [{ pointer: '/adapter/connection_string', detail: 'Refused.' }] }, { status: 422 }));
    await pause(100);

    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('does not report a pass for a 200 answer that is not { ok: true }', async () => {
    await useBackend(http.post('/api/test', () => new HttpResponse('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } })));
    const wizard = await warehouseSetup();

    await click('Test connection', wizard);

    await waitFor(() => !resultText(wizard).startsWith('Testing'));
    expect(resultText(wizard)).to.not.match(/passed/);
  });

  it('tests the store form on Store Setup with kind store', async () => {
    const bodies = await testEndpoint(() => HttpResponse.json({ ok: true }));
    const wizard = await renderWizard({ endpoint: '/api/connections', testEndpoint: '/api/test' });
    await readyToSubmit(wizard);

    await click('Test connection', wizard);

    await waitFor(() => bodies.length === 1);
    expect(bodies[0]).to.deep.equal({
      kind: 'store',
      platform: 'infusionsoft',
      adapter: { app_name: 'brandy', username: 'admin@example.com', password: 'hunter2', pay_status: '1' },
    });
  });

  it('clears a passed test once the credentials are edited', async () => {
    await testEndpoint(() => HttpResponse.json({ ok: true }));
    const wizard = await warehouseSetup();
    await click('Test connection', wizard);
    await waitFor(() => resultText(wizard) === 'Connection test passed.');

    await fill('Connection string', 'sftp://wh1:other@ftp.example.com', wizard);

    expect(resultText(wizard)).to.equal('');
    expect(wizard.shadowRoot!.textContent).not.to.contain('Connection test passed');
  });
});
