import { expect } from '@open-wc/testing';
import type { Merchant } from '../src/index.js';
import { choose, click, currentHeading, fillInfusionsoft, getByLabel, merchants, recordingEndpoint, useBackend, waitFor } from './helpers.js';
import { infusionsoftStore, pickExistingMerchant, queryByLabel, renderWizard } from './flow-helpers.js';

const name = 'Brand X — Infusionsoft → ACME WMS';

async function setUp(list: Merchant[] = merchants) {
  const endpoint = recordingEndpoint();
  await useBackend(endpoint.handler);
  const wizard = await renderWizard({ endpoint: '/api/connections', merchants: list });
  return { wizard, endpoint };
}

async function addConnection(wizard: HTMLElement, endpoint: ReturnType<typeof recordingEndpoint>) {
  await click('Add connection', wizard);
  await waitFor(() => endpoint.requests.length === 1);
  return endpoint.requests[0].body;
}

describe('an existing merchant', () => {
  it('shows its warehouses with the first one preselected', async () => {
    const { wizard } = await setUp();

    await pickExistingMerchant(wizard, 'Brand X');

    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    expect(getByLabel('ACME WMS — Newark', wizard).checked).to.be.true;
    expect(getByLabel('ACME WMS — Reno', wizard).checked).to.be.false;
  });

  it('sends the chosen warehouse as warehouse_id and a new store as a store object', async () => {
    const { wizard, endpoint } = await setUp();
    await pickExistingMerchant(wizard, 'Brand X');

    await choose('ACME WMS — Reno', wizard);
    await click('Continue', wizard);
    await choose('Create new store', wizard);
    await fillInfusionsoft(wizard);
    const body = await addConnection(wizard, endpoint);

    expect(body).to.deep.equal({ name, customer_id: 101, warehouse_id: 12, store: infusionsoftStore });
  });

  it('keeps the chosen warehouse through Back and Continue', async () => {
    const { wizard } = await setUp();
    await pickExistingMerchant(wizard, 'Brand X');
    await choose('ACME WMS — Reno', wizard);

    await click('Back', wizard);
    await click('Continue', wizard);

    expect(getByLabel('ACME WMS — Reno', wizard).checked).to.be.true;
  });

  it('preselects the first warehouse of a merchant picked instead of another', async () => {
    const { wizard } = await setUp();
    await pickExistingMerchant(wizard, 'Brand X');
    await choose('ACME WMS — Reno', wizard);
    await click('Back', wizard);

    await choose('Oak & Ember', wizard);
    await click('Continue', wizard);

    expect(getByLabel('Default warehouse', wizard).checked).to.be.true;
  });

  it('sends an existing store as store_id', async () => {
    const { wizard, endpoint } = await setUp();
    await pickExistingMerchant(wizard, 'Brand X');
    await click('Continue', wizard);

    await choose('Use existing store', wizard);
    await choose('Brand X Store', wizard);
    const body = await addConnection(wizard, endpoint);

    expect(body).to.deep.equal({ name, customer_id: 101, warehouse_id: 11, store_id: 501 });
  });

  it('sends neither warehouse_id nor warehouse for a merchant without warehouses', async () => {
    const { wizard, endpoint } = await setUp([...merchants, { id: 103, company_name: 'Northwind Outdoor' }]);
    await pickExistingMerchant(wizard, 'Northwind Outdoor');

    expect(wizard.shadowRoot!.querySelector('.panel')!.textContent).to.contain('default warehouse will be used');
    await click('Continue', wizard);
    await fillInfusionsoft(wizard);
    const body = await addConnection(wizard, endpoint);

    expect(body).to.deep.equal({ name, customer_id: 103, store: infusionsoftStore });
  });

  it('offers no "Use existing store" for a merchant without stores', async () => {
    const { wizard } = await setUp();
    await pickExistingMerchant(wizard, 'Oak & Ember');
    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(getByLabel('Create new store', wizard).checked).to.be.true;
    expect(queryByLabel('Use existing store', wizard)).to.be.undefined;
  });

  it('offers "Use existing store" for a merchant with stores', async () => {
    const { wizard } = await setUp();
    await pickExistingMerchant(wizard, 'Brand X');
    await click('Continue', wizard);

    expect(queryByLabel('Use existing store', wizard)).to.exist;
  });

  it('shows a success view after an existing-merchant connection', async () => {
    const { wizard, endpoint } = await setUp();
    await pickExistingMerchant(wizard, 'Brand X');
    await click('Continue', wizard);
    await choose('Use existing store', wizard);
    await choose('Brand X Store', wizard);

    await addConnection(wizard, endpoint);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
  });
});
