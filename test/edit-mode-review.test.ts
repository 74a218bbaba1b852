import { expect, fixture, html } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import type { AddConnectionWizard } from '../src/index.js';
import { en } from '../src/messages.js';
import { wizardContext } from '../src/platform/wizard-context.js';
import { click, currentHeading, fill, getByLabel, queryByLabel, settle, useBackend, waitFor, pause } from './helpers.js';
import { patchEndpoint } from './scenario-helpers.js';

const merchants = [{ id: 3775, company_name: 'Acme', warehouses: [{ id: 4610, name: 'West Coast DC' }] }];


/** A platform form that implements the contract directly (no Lit), as the README allows. */
class PlainForm extends HTMLElement {
  platform = '';
  label = 'Plain';
  #input = document.createElement('input');
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.textContent = 'Account';
    this.#input.id = 'account';
    label.append(this.#input);
    root.append(label);
  }
  connectedCallback() {
    this.platform = this.getAttribute('platform') ?? '';
    this.dispatchEvent(new ContextEvent(wizardContext, this, (v) => { v.register(this as never); }, false));
  }
  validate() { return this.#input.value ? { ok: true as const, adapter: { account: this.#input.value } } : { ok: false as const, errors: { account: 'Enter it.' } }; }
  setErrors() { return []; }
  focusField() { this.#input.focus(); }
  reset() { this.#input.value = ''; }
  prefill(values: Record<string, unknown>) { this.#input.value = String(values.account ?? ''); }
}

async function editWizard(connection: object, o: { platforms?: object[]; loaders?: Record<string, () => Promise<unknown>>; draftKey?: string; editStep?: string } = {}) {
  await import('../src/index.js');
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" mode="edit" lang="en" edit-step=${o.editStep ?? 'store'} draft-key=${o.draftKey ?? ''}></add-connection-wizard>`);
  wizard.merchants = merchants;
  if (o.loaders) wizard.platformLoaders = o.loaders;
  if (o.platforms) wizard.platforms = o.platforms as never;
  wizard.connection = structuredClone(connection) as never;
  await settle();
  return wizard;
}

describe('review: edit mode', () => {
  it('E1 a code form that is not a LitElement: its change is sent in the PATCH', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const wizard = await editWizard(
      { id: 981, name: 'C', customer_id: 3775, warehouse_id: 4610, store: { name: 'S', platform: 'plain', adapter: { account: 'old' } } },
      { platforms: [{ id: 'plain', label: 'Plain', kind: 'store', element: 'plain-code-form' }], loaders: { 'plain-code-form': async () => ({ default: PlainForm }) } },
    );
    customElements.get('plain-code-form') ?? customElements.define('plain-code-form', PlainForm);
    const input = await waitFor(() => getByLabel('Account', wizard));
    expect(input.value).to.equal('old');
    await fill('Account', 'new', wizard);
    await click('Save changes', wizard);
    // Until it has arrived: a PATCH still on its way would land in the next test's backend.
    await waitFor(() => backend.sent.length > 0, 5000);
    await pause(100);
    expect(backend.sent.map((s) => s.body)).to.deep.equal([{ store: { adapter: { account: 'new' } } }]);
  });

  it('E2 nothing changed in a catalogue form: nothing is sent (multiselect order, defaults of keys the connection lacks)', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const def = {
      id: 'acme', label: 'Acme', kind: 'store',
      fields: [
        { name: 'site', label: 'Site', type: 'text', required: true },
        { name: 'channels', label: 'Channels', type: 'multiselect', send: 'array', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
      ],
    };
    const wizard = await editWizard(
      { id: 981, name: 'C', customer_id: 3775, warehouse_id: 4610, store: { name: 'S', platform: 'acme', adapter: { site: 'x', channels: ['b', 'a'] } } },
      { platforms: [def] },
    );
    await waitFor(() => getByLabel('Site', wizard));
    await click('Save changes', wizard);
    // The wizard says there was nothing to save; then nothing may have been sent.
    await waitFor(() => wizard.shadowRoot!.querySelector('[part="notice"]'), 5000);
    await pause(100);
    expect(backend.sent.map((s) => s.body)).to.deep.equal([]);
  });

  it('E3 a catalogue boolean or select the stored adapter lacks: nothing changed, nothing sent', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    const def = {
      id: 'acme2', label: 'Acme2', kind: 'store',
      fields: [
        { name: 'site', label: 'Site', type: 'text', required: true },
        { name: 'sandbox', label: 'Sandbox', type: 'boolean' },
        { name: 'region', label: 'Region', type: 'select', options: [{ value: 'us', label: 'US' }, { value: 'eu', label: 'EU' }] },
      ],
    };
    const wizard = await editWizard(
      { id: 981, name: 'C', customer_id: 3775, warehouse_id: 4610, store: { name: 'S', platform: 'acme2', adapter: { site: 'x' } } },
      { platforms: [def] },
    );
    await waitFor(() => getByLabel('Site', wizard));
    await click('Save changes', wizard);
    // The wizard says there was nothing to save; then nothing may have been sent.
    await waitFor(() => wizard.shadowRoot!.querySelector('[part="notice"]'), 5000);
    await pause(100);
    expect(backend.sent.map((s) => s.body)).to.deep.equal([]);
  });

  it('E4 the same connection handed again (fresh copy, as the README dialog does): what was typed survives / its draft comes back', async () => {
    const key = `rev-${Math.random()}`;
    const c = { id: 981, name: 'C', customer_id: 3775, warehouse_id: 4610, store: { name: 'S', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops@acme.test', pay_status: '1' } } };
    const wizard = await editWizard(c, { draftKey: key });
    await waitFor(() => queryByLabel(en.infusionsoft.appName, wizard));
    await fill(en.infusionsoft.username, 'typed@acme.test', wizard);
    await pause(400);
    wizard.connection = structuredClone(c) as never;
    await settle();
    await waitFor(() => queryByLabel(en.infusionsoft.username, wizard));
    await pause(100);
    expect(getByLabel(en.infusionsoft.username, wizard).value).to.equal('typed@acme.test');
  });
});

describe('review: preset identity', () => {
  it('P6 the same preset handed again (a framework re-render with an inline object) keeps what was typed', async () => {
    await import('../src/index.js');
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" lang="en"></add-connection-wizard>`);
    wizard.preset = { customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft' } };
    await settle();
    await fill(en.connectionName, 'Typed', wizard);
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    await fill(en.storeName, 'My shop', wizard);
    wizard.preset = { customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft' } };
    await settle();
    expect({ heading: currentHeading(wizard), store: queryByLabel(en.storeName, wizard)?.value }).to.deep.equal({ heading: 'Store Setup', store: 'My shop' });
  });
});
