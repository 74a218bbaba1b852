import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { es } from '../src/locales/es.js';
import { en } from '../src/messages.js';
import {
  click, currentHeading, fill, getByLabel, press, queryButton, queryByLabel, recordingEndpoint, settle, tabTo, typeInto, useBackend, waitFor,
} from './helpers.js';
import { presetWizard, stepTitles } from './scenario-helpers.js';
import { merchants } from './route.js';

/** The merchant-facing page: everything but the store's credentials is the 3PL's. */
const merchantFacing = {
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer_id: 3775,
  warehouse_id: 4610,
  store: { platform: 'infusionsoft' },
};



async function fillInfusionsoft(wizard: AddConnectionWizard, m = en) {
  await fill(m.infusionsoft.appName, 'brandx', wizard);
  await fill(m.infusionsoft.username, 'owner@brandx.test', wizard);
  await fill(m.infusionsoft.password, 'only-the-merchant-knows', wizard);
}

describe('preset', () => {
  it('asks a merchant only for the store, shows the preset platform as text, and sends the full create body', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await presetWizard(merchantFacing);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    // One step: no step list, the heading says it all.
    expect(wizard.shadowRoot!.querySelector('[part="stepper"]')).to.equal(null);
    expect(queryByLabel(en.platform, wizard)).to.equal(undefined);
    const platform = wizard.shadowRoot!.querySelector('[part~="readonly"]')!;
    expect(platform.textContent).to.contain('Platform').and.to.contain('Infusionsoft');
    expect(wizard.shadowRoot!.textContent).not.to.contain(en.createNewStore);
    expect(queryButton('Back', wizard)).to.equal(undefined);

    await fill(en.storeName, 'Brand X Shop', wizard);
    await waitFor(() => queryByLabel(en.infusionsoft.appName, wizard));
    await fillInfusionsoft(wizard);
    await expect(wizard).to.be.accessible();
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests.map((r) => r.body)).to.deep.equal([
      {
        name: merchantFacing.name,
        customer_id: 3775,
        warehouse_id: 4610,
        store: {
          name: 'Brand X Shop',
          platform: 'infusionsoft',
          adapter: { app_name: 'brandx', username: 'owner@brandx.test', password: 'only-the-merchant-knows', pay_status: '1' },
        },
      },
    ]);
  });

  it('numbers only the steps shown and keeps the merchant’s warehouses to choose from', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await presetWizard({ customer_id: 101 }, { merchants });
    expect(stepTitles(wizard)).to.deep.equal(['Basic Information', 'Warehouse Setup', 'Store Setup']);
    expect(wizard.shadowRoot!.querySelector('[part~="step-current"] [part="step-number"]')!.textContent).to.equal('1');
    await fill(en.connectionName, 'Brand X — preset merchant', wizard);
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    expect(wizard.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Step 2 of 3: Warehouse Setup');
    getByLabel('ACME WMS — Reno', wizard).click();
    await settle();
    await click('Continue', wizard);
    await fill(en.storeName, 'Brand X Outlet', wizard);
    await waitFor(() => queryByLabel(en.infusionsoft.appName, wizard));
    await fillInfusionsoft(wizard);
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests[0].body).to.deep.include({ name: 'Brand X — preset merchant', customer_id: 101, warehouse_id: 12 });
  });

  it('shows a preset adapter value read-only and sends it', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await presetWizard({ ...merchantFacing, store: { platform: 'infusionsoft', adapter: { pay_status: 'none' } } });
    await fill(en.storeName, 'Brand X Shop', wizard);
    await waitFor(() => queryByLabel(en.infusionsoft.appName, wizard));
    expect(queryByLabel(en.infusionsoft.paid, wizard)).to.equal(undefined);
    await fillInfusionsoft(wizard);
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect((endpoint.requests[0].body as { store: { adapter: unknown } }).store.adapter).to.deep.include({ pay_status: 'none' });
  });

  it('refuses a preset with an unknown key, naming it, and runs the full flow', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const wizard = await presetWizard({ ...merchantFacing, store: { plaform: 'infusionsoft' } });
      expect(errors.filter((e) => e.includes('preset'))).to.have.length(1);
      expect(errors.find((e) => e.includes('preset'))).to.contain('preset.store.plaform');
      expect(stepTitles(wizard)).to.deep.equal(en.steps);
      expect(currentHeading(wizard)).to.equal('Basic Information');
    } finally {
      console.error = original;
    }
  });

  it('refuses a preset that is not an object', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const wizard = await presetWizard('customer_id=3775');
      expect(errors.some((e) => e.includes('preset: expected an object'))).to.equal(true);
      expect(stepTitles(wizard)).to.have.length(4);
    } finally {
      console.error = original;
    }
  });

  it('is completed with the keyboard alone, in Spanish', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await presetWizard(merchantFacing, { lang: 'es' });
    expect(currentHeading(wizard)).to.equal(es.steps[3]);
    await tabTo(() => getByLabel(es.storeName, wizard));
    await typeInto(es.storeName, 'Tienda', wizard);
    await waitFor(() => queryByLabel(es.infusionsoft.appName, wizard));
    await typeInto(es.infusionsoft.appName, 'brandx', wizard);
    await typeInto(es.infusionsoft.username, 'u@brandx.test', wizard);
    await typeInto(es.infusionsoft.password, 'pw', wizard);
    getByLabel(es.infusionsoft.password, wizard).focus();
    await press('Enter');
    await waitFor(() => currentHeading(wizard) === es.createdHeading);
    expect(endpoint.requests[0].body).to.deep.include({ customer_id: 3775, warehouse_id: 4610 });
  });

  it('is accessible right to left', async () => {
    const wizard = await presetWizard({ customer: { company_name: 'Brand Z' }, store: { platform: 'infusionsoft' } }, { lang: 'es' });
    wizard.setAttribute('dir', 'rtl');
    expect(stepTitles(wizard)).to.deep.equal([es.steps[0], es.steps[2], es.steps[3]]);
    await expect(wizard).to.be.accessible();
  });
});
