import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard } from '../src/index.js';
import { click, completeNewMerchantSteps, currentHeading, fillInfusionsoft, recordingEndpoint, useBackend, waitFor } from './helpers.js';

describe('the happy path', () => {
  it('sends a new merchant, a File Exchange warehouse and an Infusionsoft store', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections"></add-connection-wizard>`);
    let success: unknown;
    wizard.addEventListener('acw-success', (e) => (success = e.detail));

    await completeNewMerchantSteps(wizard);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    await fillInfusionsoft(wizard);
    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests).to.have.length(1);
    expect(endpoint.requests[0].body).to.deep.equal({
      name: 'Brand Y — Infusionsoft → ACME WMS',
      customer: { company_name: 'Brand Y' },
      warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } },
      store: {
        name: 'Brand Y Store',
        platform: 'infusionsoft',
        adapter: { app_name: 'brandy', username: 'admin@example.com', password: 'hunter2', pay_status: '1' },
      },
    });
    expect(success).to.deep.include({ id: 42 });
    expect(wizard.shadowRoot!.textContent).to.contain('disabled until you enable it');
  });
});
