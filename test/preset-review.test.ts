import { expect } from '@open-wc/testing';
import { en } from '../src/messages.js';
import { click, currentHeading, fill, queryByLabel, recordingEndpoint, useBackend, waitFor, pause } from './helpers.js';
import { presetWizard, stepTitles } from './scenario-helpers.js';



describe('review: presets', () => {
  it('R1 preset + draft-key: a reload (preset set as a property after connect) puts the typed values back', async () => {
    const key = `review-${Math.random()}`;
    const preset = { customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft' } };
    const first = await presetWizard(preset, { draftKey: key });
    expect(currentHeading(first)).to.equal('Basic Information');
    await fill(en.connectionName, 'Typed before reload', first);
    await pause(400);
    expect(localStorage.getItem(Object.keys(localStorage).find((k) => k.includes(key))!) ?? '').to.contain('Typed before reload');
    first.remove();
    const second = await presetWizard(preset, { draftKey: key });
    await pause(50);
    expect((queryByLabel(en.connectionName, second) as HTMLInputElement | undefined)?.value ?? `(on ${currentHeading(second)})`).to.equal('Typed before reload');
  });

  it('R2 a preset name the create request refuses ("") is refused, naming the key, and the full flow runs', async () => {
    const errors: string[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { errors.push(a.join(' ')); };
    try {
      const wizard = await presetWizard({ name: '', customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft' } });
      expect(errors.filter((e) => e.includes('preset.name'))).to.have.length(1);
      expect(currentHeading(wizard)).to.equal('Basic Information');
      expect(stepTitles(wizard)).to.deep.equal(en.steps);
    } finally { console.error = orig; }
  });

  it('R3 a preset store with name, platform and part of the adapter still asks for the rest of the credentials', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await presetWizard({ customer_id: 3775, warehouse_id: 4610, store: { name: 'Brand X', platform: 'infusionsoft', adapter: { pay_status: 'none' } } });
    expect(stepTitles(wizard)).to.deep.equal(['Basic Information', 'Store Setup']);
    await fill(en.connectionName, 'Brand X conn', wizard);
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(queryByLabel(en.storeName, wizard)).to.equal(undefined);
    await waitFor(() => queryByLabel(en.infusionsoft.appName, wizard));
    await fill(en.infusionsoft.appName, 'brandx', wizard);
    await fill(en.infusionsoft.username, 'u@brandx.test', wizard);
    await fill(en.infusionsoft.password, 'pw', wizard);
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests[0].body).to.deep.equal({
      name: 'Brand X conn', customer_id: 3775, warehouse_id: 4610,
      store: { name: 'Brand X', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'u@brandx.test', password: 'pw', pay_status: 'none' } },
    });
  });

  it('R4 everything preset with store_id: the last step asks for a new store that is thrown away', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await presetWizard({ name: 'N', customer_id: 3775, warehouse_id: 4610, store_id: 77 });
    expect(currentHeading(wizard)).to.equal('Store Setup');
    const asks = Boolean(queryByLabel(en.storeName, wizard));
    await click('Add connection', wizard);
    await pause(200);
    expect({ asksForStoreName: asks, requests: endpoint.requests.length }).to.deep.equal({ asksForStoreName: false, requests: 1 });
  });
});

describe('review: presets 3', () => {
  it('R5 a preset platform the wizard does not offer is reported to the host, and the error link reaches it', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const errors: string[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { errors.push(a.join(' ')); };
    try {
      const wizard = await presetWizard({ name: 'N', customer_id: 3775, warehouse_id: 4610, store: { platform: 'shopfiy' } });
      await fill(en.storeName, 'Shop', wizard);
      await click('Add connection', wizard);
      expect(endpoint.requests).to.have.length(0);
      expect(errors.filter((e) => e.includes('preset.store.platform'))).to.have.length(1);
      await waitFor(() => (wizard.shadowRoot!.activeElement as HTMLElement | null)?.id === 'f-store-platform');
    } finally { console.error = orig; }
  });
});

describe('review: presets 2', () => {
  it('R2b a preset company name the create request refuses ("") is refused, and the merchant step is asked', async () => {
    const errors: string[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { errors.push(a.join(' ')); };
    try {
      const wizard = await presetWizard({ name: 'N', customer: { company_name: '' }, store: { platform: 'infusionsoft' } });
      expect(errors.some((e) => e.includes('preset.customer.company_name'))).to.equal(true);
      expect(stepTitles(wizard)).to.deep.equal(en.steps);
    } finally { console.error = orig; }
  });
});
