import { expect, fixture, html } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import type { AddConnectionWizard } from '../src/index.js';
import { en } from '../src/messages.js';
import { wizardContext } from '../src/platform/wizard-context.js';
import { click, currentHeading, fill, queryByLabel, settle, useBackend, waitFor, pause } from './helpers.js';
import { patchEndpoint } from './scenario-helpers.js';

const merchants = [{ id: 3775, company_name: 'Acme', warehouses: [{ id: 4610, name: 'West Coast DC' }] }];


/** A third-party slotted form implementing the contract directly, without the optional prefill. */
class NoPrefillForm extends HTMLElement {
  platform = '';
  label = 'Third';
  #input = document.createElement('input');
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const label = document.createElement('label');
    label.textContent = 'Shop domain';
    label.append(this.#input);
    root.append(label);
  }
  connectedCallback() {
    this.platform = this.getAttribute('platform') ?? '';
    this.dispatchEvent(new ContextEvent(wizardContext, this, (v) => { v.register(this as never); }, false));
  }
  validate() { return this.#input.value ? { ok: true as const, adapter: { domain: this.#input.value } } : { ok: false as const, errors: { domain: 'Enter the shop domain.' } }; }
  setErrors() { return []; }
  focusField() { this.#input.focus(); }
  reset() { this.#input.value = ''; }
}
customElements.define('no-prefill-form', NoPrefillForm);

describe('review: edit mode 2', () => {
  it('E5 a slotted form without prefill: renaming the connection on Basic Information saves', async () => {
    const backend = patchEndpoint();
    await useBackend(...backend.handlers);
    await import('../src/index.js');
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" mode="edit" lang="en" edit-step="basic">
      <no-prefill-form slot="store-form" platform="third"></no-prefill-form></add-connection-wizard>`);
    wizard.merchants = merchants;
    wizard.connection = { id: 981, name: 'Old', customer_id: 3775, warehouse_id: 4610, store: { name: 'S', platform: 'third', adapter: { domain: 'a.example' } } } as never;
    await settle();
    expect(currentHeading(wizard)).to.equal('Basic Information');
    await fill(en.connectionName, 'New name', wizard);
    await click('Continue', wizard);
    if (currentHeading(wizard) === 'Warehouse Setup') await click('Continue', wizard);
    const onStore = currentHeading(wizard);
    await click('Save changes', wizard);
    // Saved, or stopped with an error summary: whichever comes, the assertion below says which.
    await waitFor(() => currentHeading(wizard) === 'Changes saved' || !!wizard.shadowRoot!.querySelector('[part~="error-summary"]'), 5000).catch(() => {});
    const err = wizard.shadowRoot!.querySelector('[part~="error-summary"]')?.textContent?.replace(/\s+/g, ' ');
    expect({ onStore, err, heading: currentHeading(wizard), sent: backend.sent.map((s) => s.body) }).to.deep.equal({ onStore: 'Store Setup', err: undefined, heading: 'Changes saved', sent: [{ name: 'New name' }] });
  });

  it('E6 edit mode: a new password typed (the Reconnect case) counts as started (draft saved, before-cancel asked)', async () => {
    const key = `rev6-${Math.random()}`;
    await import('../src/index.js');
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" mode="edit" lang="en" draft-key=${key} warn-on-leave></add-connection-wizard>`);
    wizard.merchants = merchants;
    wizard.connection = { id: 981, name: 'C', customer_id: 3775, warehouse_id: 4610, store: { name: 'S', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops@acme.test', pay_status: '1' } } } as never;
    await settle();
    await waitFor(() => queryByLabel(en.infusionsoft.username, wizard));
    await fill(en.infusionsoft.username, 'changed@acme.test', wizard);
    await fill(en.infusionsoft.password, 'new-password', wizard);
    await pause(400);
    const stored = Object.keys(localStorage).filter((k) => k.includes(key)).map((k) => localStorage.getItem(k)).join('');
    let asked = false;
    wizard.addEventListener('acw-before-cancel', (e) => { asked = true; e.preventDefault(); });
    await click('Cancel', wizard);
    expect({ anyDraftStored: stored.length > 0, asked }).to.deep.equal({ anyDraftStored: true, asked: true });
  });
});
