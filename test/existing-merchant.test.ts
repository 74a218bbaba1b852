import { expect } from '@open-wc/testing';
import type { Merchant } from '../src/index.js';
import { choose, click, currentHeading, fill, getByLabel, getGroup, part, queryByLabel, recordingEndpoint, submittedPayloads, useBackend, waitFor } from './helpers.js';
import { merchants, readyToSubmit, renderWizard, toWarehouseStep, typed, typedRequest } from './route.js';

const name = typed['Connection name'];
const infusionsoftStore = typedRequest.store;

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

    await toWarehouseStep(wizard, { merchant: 'Brand X' });

    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    expect(getByLabel('ACME WMS — Newark', wizard).checked).to.be.true;
    expect(getByLabel('ACME WMS — Reno', wizard).checked).to.be.false;
  });

  it('sends the chosen warehouse as warehouse_id and a new store as a store object', async () => {
    const { wizard, endpoint } = await setUp();

    await readyToSubmit(wizard, { merchant: 'Brand X', warehouse: 'ACME WMS — Reno' });
    const body = await addConnection(wizard, endpoint);

    expect(body).to.deep.equal({ name, customer_id: 101, warehouse_id: 12, store: infusionsoftStore });
  });

  it('keeps the chosen warehouse through Back and Continue', async () => {
    const { wizard } = await setUp();
    await toWarehouseStep(wizard, { merchant: 'Brand X' });
    await choose('ACME WMS — Reno', wizard);

    await click('Back', wizard);
    await click('Continue', wizard);

    expect(getByLabel('ACME WMS — Reno', wizard).checked).to.be.true;
  });

  it('preselects the first warehouse of a merchant picked instead of another', async () => {
    const { wizard } = await setUp();
    await toWarehouseStep(wizard, { merchant: 'Brand X' });
    await choose('ACME WMS — Reno', wizard);
    await click('Back', wizard);

    await choose('Oak & Ember', wizard);
    await click('Continue', wizard);

    expect(getByLabel('Default warehouse', wizard).checked).to.be.true;
  });

  it('sends an existing store as store_id', async () => {
    const { wizard, endpoint } = await setUp();

    await readyToSubmit(wizard, { merchant: 'Brand X', store: 'Brand X Store' });
    const body = await addConnection(wizard, endpoint);

    expect(body).to.deep.equal({ name, customer_id: 101, warehouse_id: 11, store_id: 501 });
  });

  it('sends neither warehouse_id nor warehouse for a merchant without warehouses', async () => {
    const { wizard, endpoint } = await setUp([...merchants, { id: 103, company_name: 'Northwind Outdoor' }]);
    await toWarehouseStep(wizard, { merchant: 'Northwind Outdoor' });

    expect(part(wizard, 'panel').textContent).to.contain('default warehouse will be used');
    await readyToSubmit(wizard, { merchant: 'Northwind Outdoor' });
    const body = await addConnection(wizard, endpoint);

    expect(body).to.deep.equal({ name, customer_id: 103, store: infusionsoftStore });
  });

  it('offers no "Use existing store" for a merchant without stores', async () => {
    const { wizard } = await setUp();
    await toWarehouseStep(wizard, { merchant: 'Oak & Ember' });

    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(getByLabel('Create new store', wizard).checked).to.be.true;
    expect(queryByLabel('Use existing store', wizard)).to.be.undefined;
  });

  it('offers "Use existing store" for a merchant with stores', async () => {
    const { wizard } = await setUp();
    await toWarehouseStep(wizard, { merchant: 'Brand X' });

    await click('Continue', wizard);

    expect(queryByLabel('Use existing store', wizard)).to.exist;
  });

  it('shows a success view after an existing-merchant connection', async () => {
    const { wizard, endpoint } = await setUp();
    await readyToSubmit(wizard, { merchant: 'Brand X', store: 'Brand X Store' });

    await addConnection(wizard, endpoint);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
  });

  it('sends only the ids of an existing merchant, warehouse and store, with no undefined keys beside them', async () => {
    const { wizard, endpoint } = await setUp();
    const payloads = submittedPayloads(wizard);
    await readyToSubmit(wizard, { merchant: 'Brand X', store: 'Brand X Store' });

    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(payloads).to.have.length(1);
    expect(Object.keys(payloads[0]).sort()).to.deep.equal(['customer_id', 'name', 'store_id', 'warehouse_id']);
    expect(endpoint.requests.map((r) => r.body)).to.deep.equal([{ name, customer_id: 101, warehouse_id: 11, store_id: 501 }]);
  });
});

describe('merchants that arrive late', () => {
  it('become the default even after the connection name was typed', async () => {
    const wizard = await renderWizard();
    await fill('Connection name', name, wizard);

    wizard.merchants = merchants;
    await click('Continue', wizard);

    expect(getByLabel('Use existing merchant', wizard).checked).to.equal(true);
    expect(getGroup('Existing merchants', wizard)).to.exist;
  });
});
