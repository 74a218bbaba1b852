import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { currentHeading, getButton, getByLabel, press, recordingEndpoint, tabTo, typeKeys, useBackend, waitFor } from './helpers.js';
import { merchants, renderWizard } from './route.js';

/** Tabs to the field labelled `label` and types `text` into it. */
async function typeInto(wizard: AddConnectionWizard, label: string, text: string) {
  await tabTo(() => getByLabel(label, wizard));
  await typeKeys(text);
}

describe('the keyboard', () => {
  it('completes the whole new-merchant path without a mouse', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections' });
    getByLabel('Connection name', wizard).focus();

    await typeKeys('Brand Y — Infusionsoft → ACME WMS');
    await press('Enter');
    await typeInto(wizard, 'Company name', 'Brand Y');
    await typeInto(wizard, 'City', 'New York');
    await press('Enter');
    await typeInto(wizard, 'Connection string', 'sftp://wh1:secret@ftp.example.com');
    await press('Enter');
    await typeInto(wizard, 'Name', 'Brand Y Store');
    await typeInto(wizard, 'Application name', 'brandy');
    await typeInto(wizard, 'Username', 'admin@example.com');
    await typeInto(wizard, 'Password', 'hunter2');
    await typeInto(wizard, 'Tracking Number Field', 'Tracking');
    await tabTo(() => getByLabel('Paid', wizard));
    await press('ArrowDown');
    await tabTo(() => getButton('Add connection', wizard));
    await press('Space');

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests.map((r) => r.body)).to.deep.equal([{
      name: 'Brand Y — Infusionsoft → ACME WMS',
      customer: { company_name: 'Brand Y', city: 'New York' },
      warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } },
      store: {
        name: 'Brand Y Store',
        platform: 'infusionsoft',
        adapter: {
          app_name: 'brandy', username: 'admin@example.com', password: 'hunter2',
          tracking_number_custom_field_name: 'Tracking', pay_status: 'none',
        },
      },
    }]);
  });

  it('picks an existing merchant, warehouse and store with Space and the arrow keys', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections', merchants });
    getByLabel('Connection name', wizard).focus();

    await typeKeys('Brand X — Reno');
    await press('Enter');
    await tabTo(() => getByLabel('Brand X', wizard));
    await press('Space');
    await tabTo(() => getButton('Continue', wizard));
    await press('Enter');
    await tabTo(() => getByLabel('ACME WMS — Newark', wizard));
    await press('ArrowDown');
    await tabTo(() => getButton('Continue', wizard));
    await press('Enter');
    await tabTo(() => getByLabel('Create new store', wizard));
    await press('ArrowDown');
    await tabTo(() => getByLabel('Brand X Store', wizard));
    await press('Space');
    await tabTo(() => getButton('Add connection', wizard));
    await press('Enter');

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests.map((r) => r.body)).to.deep.equal([{ name: 'Brand X — Reno', customer_id: 101, warehouse_id: 12, store_id: 501 }]);
  });

  it('treats Enter in a text field as Continue', async () => {
    const wizard = await renderWizard();
    getByLabel('Connection name', wizard).focus();

    await typeKeys('Brand Y');
    await press('Enter');

    expect(currentHeading(wizard)).to.equal('Merchant Information');
  });

  it('does not continue on Enter when the step is invalid', async () => {
    const wizard = await renderWizard();
    getByLabel('Connection name', wizard).focus();

    await press('Enter');

    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(getByLabel('Connection name', wizard).getAttribute('aria-invalid')).to.equal('true');
  });
});
