import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AddConnectionWizard } from '../src/index.js';
import { es } from '../src/locales/es.js';
import { en } from '../src/messages.js';
import {
  click, currentHeading, deepActiveElement, errorOf, fill, getButton, getByLabel, press, queryByLabel, settle, typeInto, useBackend, waitFor,
} from './helpers.js';
import { patchEndpoint, stepTitles } from './scenario-helpers.js';

/** The connection a host hands the wizard to edit: no secrets in it. */
const connection = {
  id: 981,
  name: 'Acme — Infusionsoft → West Coast DC',
  customer_id: 3775,
  warehouse_id: 4610,
  store: { id: 5603, name: 'Acme Shop', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops@acme.test', pay_status: '1' } },
};
const merchants = [{ id: 3775, company_name: 'Acme', warehouses: [{ id: 4610, name: 'West Coast DC' }, { id: 4611, name: 'East Coast DC' }] }];

async function editWizard(o: { editStep?: string; lang?: string; draftKey?: string; testEndpoint?: string; connection?: object; platforms?: object[] } = {}) {
  await import('../src/index.js');
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" mode="edit"
    lang=${o.lang ?? 'en'} edit-step=${o.editStep ?? 'store'} draft-key=${o.draftKey ?? ''} test-endpoint=${o.testEndpoint ?? ''}></add-connection-wizard>`);
  wizard.merchants = merchants;
  if (o.platforms) wizard.platforms = o.platforms as never;
  wizard.connection = structuredClone(o.connection ?? connection) as typeof connection;
  await settle();
  // The Infusionsoft form loads on first use.
  if ((o.editStep ?? 'store') === 'store' && !o.platforms) await waitFor(() => queryByLabel((o.lang === 'es' ? es : en).infusionsoft.appName, wizard));
  return wizard;
}

/** What a screen reader says after a field's name: the texts its aria-describedby points at. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '').join(' ');


describe('edit mode', () => {
  it('opens on Store Setup with the known values, the editable steps only, and an empty password that keeps the current one', async () => {
    const wizard = await editWizard();
    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(stepTitles(wizard)).to.deep.equal(['Basic Information', 'Warehouse Setup', 'Store Setup']);
    expect(getByLabel(en.storeName, wizard).value).to.equal('Acme Shop');
    expect(getByLabel(en.infusionsoft.appName, wizard).value).to.equal('acme');
    expect(getByLabel(en.infusionsoft.username, wizard).value).to.equal('ops@acme.test');
    const password = getByLabel(en.infusionsoft.password, wizard);
    expect(password.value).to.equal('');
    expect(password.required).to.equal(false);
    expect(description(password)).to.contain(en.keepSecretHint);
    // The platform cannot change: shown, not offered.
    expect(queryByLabel(en.platform, wizard)).to.equal(undefined);
    expect(wizard.shadowRoot!.textContent).to.contain('Infusionsoft');
    expect(getButton('Save changes', wizard)).to.exist;
    expect(wizard.shadowRoot!.textContent).not.to.contain('Create new store');
    await expect(wizard).to.be.accessible();
  });

  it('sends only the new password, as a merge patch, and says the changes were saved', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const wizard = await editWizard();
    const events: { submit?: unknown; success?: unknown } = {};
    wizard.addEventListener('acw-submit', (e) => (events.submit = { payload: e.detail.payload, mode: e.detail.mode }));
    wizard.addEventListener('acw-success', (e) => (events.success = { id: e.detail.id, mode: e.detail.mode }));

    await fill(en.infusionsoft.password, 'new-pw', wizard);
    await click('Save changes', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');

    expect(backend.sent).to.have.length(1);
    expect(backend.sent[0].method).to.equal('PATCH');
    expect(backend.sent[0].url).to.equal('/api/connections/981');
    expect(backend.sent[0].headers.get('content-type')).to.equal('application/merge-patch+json');
    expect(backend.sent[0].headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
    expect(backend.sent[0].body).to.deep.equal({ store: { adapter: { password: 'new-pw' } } });
    expect(events.submit).to.deep.equal({ payload: { store: { adapter: { password: 'new-pw' } } }, mode: 'edit' });
    expect(events.success).to.deep.equal({ id: 981, mode: 'edit' });
    expect(wizard.shadowRoot!.textContent).to.contain('It stays enabled or disabled, as it was.');
    expect(wizard.currentStep).to.equal(0);
    await expect(wizard).to.be.accessible();
  });

  it('sends nothing when nothing changed, and says so', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const wizard = await editWizard();
    await click('Save changes', wizard);
    await settle();
    expect(backend.sent).to.have.length(0);
    expect(wizard.shadowRoot!.querySelector('[part="notice"]')?.textContent).to.equal(en.noChanges);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    await expect(wizard).to.be.accessible();
    // The notice speaks of the values it saw: a change takes it away.
    await fill(en.storeName, 'Acme Store', wizard);
    expect(wizard.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('opens on Basic Information with edit-step="basic" and patches a new name and warehouse', async () => {
    const backend = patchEndpoint(() => new Response(null, { status: 204 }));
    await useBackend(...backend.handlers);
    const wizard = await editWizard({ editStep: 'basic' });
    await waitFor(() => currentHeading(wizard) === 'Basic Information');
    expect(getByLabel(en.connectionName, wizard).value).to.equal(connection.name);
    await fill(en.connectionName, 'Acme — Infusionsoft → East Coast DC', wizard);
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    expect(getByLabel('West Coast DC', wizard).checked).to.equal(true);
    getByLabel('East Coast DC', wizard).click();
    await settle();
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    await click('Save changes', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent[0].body).to.deep.equal({ name: 'Acme — Infusionsoft → East Coast DC', warehouse_id: 4611 });
  });

  it('shows the server’s field errors on their fields and keeps every value', async () => {
    const backend = patchEndpoint(() =>
      HttpResponse.json({ title: 'Invalid', errors: [{ pointer: '/store/adapter/password', detail: 'Infusionsoft refused this password.' }] }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    await useBackend(...backend.handlers);
    const wizard = await editWizard();
    await fill(en.storeName, 'Acme Store', wizard);
    await fill(en.infusionsoft.password, 'wrong-pw', wizard);
    await click('Save changes', wizard);
    const password = await waitFor(() => {
      const input = getByLabel(en.infusionsoft.password, wizard);
      return errorOf(input) ? input : undefined;
    });
    expect(errorOf(password)).to.equal('Infusionsoft refused this password.');
    expect(password.value).to.equal('wrong-pw');
    expect(getByLabel(en.storeName, wizard).value).to.equal('Acme Store');
    expect(wizard.shadowRoot!.textContent).to.contain(en.errorTitleEdit);
    expect(backend.sent[0].body).to.deep.equal({ store: { name: 'Acme Store', adapter: { password: 'wrong-pw' } } });
  });

  it('keeps every value after a server error, and retries with the same Idempotency-Key', async () => {
    let attempt = 0;
    const backend = patchEndpoint(() => (++attempt === 1 ? new Response('oops', { status: 500 }) : HttpResponse.json({ id: 981 })));
    await useBackend(...backend.handlers);
    const wizard = await editWizard();
    await fill(en.infusionsoft.password, 'retry-pw', wizard);
    await click('Save changes', wizard);
    await waitFor(() => wizard.shadowRoot!.querySelector('[part="alert"]'));
    expect(wizard.shadowRoot!.querySelector('[part="alert"]')!.textContent).to.contain('could not save the changes (error 500)');
    expect(getByLabel(en.infusionsoft.password, wizard).value).to.equal('retry-pw');
    await click('Try again', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent.map((r) => r.body)).to.deep.equal([{ store: { adapter: { password: 'retry-pw' } } }, { store: { adapter: { password: 'retry-pw' } } }]);
    expect(backend.sent[1].headers.get('idempotency-key')).to.equal(backend.sent[0].headers.get('idempotency-key'));
  });

  it('saves a store change without asking again for the warehouse’s connection string', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const byCredentials = { ...connection, warehouse_id: undefined, warehouse: { platform: 'dropstream', adapter: {} } };
    const wizard = await editWizard({ connection: byCredentials });
    await fill(en.infusionsoft.password, 'pw-1', wizard);
    await click('Save changes', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent[0].body).to.deep.equal({ store: { adapter: { password: 'pw-1' } } });
  });

  it('keeps the connection string when its step is visited and left empty, and sends a new one', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const byCredentials = { ...connection, warehouse_id: undefined, warehouse: { platform: 'dropstream', adapter: {} } };
    const wizard = await editWizard({ connection: byCredentials });
    await click('Back', wizard);
    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    const string = await waitFor(() => queryByLabel(en.fileExchange.connectionString, wizard));
    expect(string.value).to.equal('');
    expect(description(string)).to.contain(en.keepSecretHint);
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    await fill(en.storeName, 'Acme Store', wizard);
    await click('Save changes', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent[0].body).to.deep.equal({ store: { name: 'Acme Store' } });
  });

  it('keeps an edited field through a failed save, a language change and a trip to another step', async () => {
    let attempt = 0;
    const backend = patchEndpoint(() => (++attempt === 1 ? new Response(null, { status: 503 }) : HttpResponse.json({ id: 981 })));
    await useBackend(...backend.handlers);
    const wizard = await editWizard();
    await fill(en.infusionsoft.username, 'new-owner@acme.test', wizard);
    await click('Save changes', wizard);
    await waitFor(() => wizard.shadowRoot!.querySelector('[part="alert"]'));
    expect(getByLabel(en.infusionsoft.username, wizard).value).to.equal('new-owner@acme.test');
    wizard.setAttribute('lang', 'es');
    await settle();
    wizard.setAttribute('lang', 'en');
    await settle();
    await click('Back', wizard);
    await click('Continue', wizard);
    await waitFor(() => queryByLabel(en.infusionsoft.username, wizard));
    expect(getByLabel(en.infusionsoft.username, wizard).value).to.equal('new-owner@acme.test');
    await click('Save changes', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent.at(-1)!.body).to.deep.equal({ store: { adapter: { username: 'new-owner@acme.test' } } });
  });

  it('edits a catalogue platform’s multi-choice and whole-number fields, sending only what changed', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const acme = {
      id: 'acme', label: 'Acme Commerce', kind: 'store',
      fields: [
        { name: 'api_key', label: 'API key', type: 'secret', required: true },
        { name: 'regions', label: 'Regions', type: 'multiselect', send: 'array', options: [{ value: 'us', label: 'United States' }, { value: 'ca', label: 'Canada' }] },
        { name: 'handling_time', label: 'Handling time', type: 'number', integer: true, min: 0, max: 30, unit: 'days', default: 0 },
      ],
    };
    const onAcme = { ...connection, store: { id: 7, name: 'Acme Shop', platform: 'acme', adapter: { regions: ['us'], handling_time: 2 } } };
    const wizard = await editWizard({ connection: onAcme, platforms: [acme] });
    const days = await waitFor(() => queryByLabel('Handling time', wizard));
    expect(days.value).to.equal('2');
    expect(getByLabel('United States', wizard).checked).to.equal(true);
    expect(getByLabel('Canada', wizard).checked).to.equal(false);
    expect(getByLabel('API key', wizard).value).to.equal('');
    getByLabel('Canada', wizard).click();
    await settle();
    await click('Save changes', wizard);
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent[0].body).to.deep.equal({ store: { adapter: { regions: ['us', 'ca'] } } });
  });

  it('tests the connection with its id and without the secret left empty', async () => {
    const tests: unknown[] = [];
    await useBackend(http.post('/api/test', async ({ request }) => {
      tests.push(await request.json());
      return HttpResponse.json({ ok: true });
    }));
    const wizard = await editWizard({ testEndpoint: '/api/test' });
    await click('Test connection', wizard);
    await waitFor(() => wizard.shadowRoot!.textContent!.includes('Connection test passed'));
    expect(tests).to.deep.equal([{ kind: 'store', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops@acme.test', pay_status: '1' }, connection_id: 981 }]);
  });

  it('can be completed with the keyboard alone', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const wizard = await editWizard();
    await typeInto(en.infusionsoft.password, 'kb-pw', wizard);
    // Enter in a field of the last step saves, as it continues on the others.
    getByLabel(en.infusionsoft.password, wizard).focus();
    await press('Enter');
    await waitFor(() => currentHeading(wizard) === 'Changes saved');
    expect(backend.sent[0].body).to.deep.equal({ store: { adapter: { password: 'kb-pw' } } });
    expect(deepActiveElement()?.id).to.equal('heading');
  });

  it('speaks Spanish, right to left too', async () => {
    const wizard = await editWizard({ lang: 'es' });
    expect(getButton(es.saveChanges, wizard)).to.exist;
    expect(description(getByLabel(es.infusionsoft.password, wizard))).to.contain(es.keepSecretHint);
    wizard.setAttribute('dir', 'rtl');
    await settle();
    await expect(wizard).to.be.accessible();
  });

  it('keeps a draft per connection, never the password', async () => {
    localStorage.clear();
    const wizard = await editWizard({ draftKey: 'reconnect' });
    await fill(en.storeName, 'Acme Store (new)', wizard);
    await fill(en.infusionsoft.password, 'never-stored', wizard);
    await waitFor(() => localStorage.getItem('add-connection-wizard:reconnect:edit:981'));
    const stored = localStorage.getItem('add-connection-wizard:reconnect:edit:981')!;
    expect(stored).to.contain('Acme Store (new)');
    expect(stored).not.to.contain('never-stored');
    expect(localStorage.getItem('add-connection-wizard:reconnect')).to.equal(null);
    wizard.remove();

    const again = await editWizard({ draftKey: 'reconnect' });
    expect(getByLabel(en.storeName, again).value).to.equal('Acme Store (new)');
    expect(getByLabel(en.infusionsoft.password, again).value).to.equal('');
    localStorage.clear();
  });

  it('says it cannot edit, and never creates, when the connection is unusable', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      await import('../src/index.js');
      const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" mode="edit"></add-connection-wizard>`);
      wizard.connection = { id: 981 } as never;
      await settle();
      expect(errors.some((e) => e.includes('connection.name'))).to.equal(true);
      expect(wizard.shadowRoot!.textContent).to.contain(en.editUnavailable);
      expect(queryByLabel(en.connectionName, wizard)).to.equal(undefined);
    } finally {
      console.error = original;
    }
  });
});
