import { expect } from '@open-wc/testing';
import { click, currentHeading, recordingEndpoint, useBackend, waitFor } from './helpers.js';
import { readyToSubmit, renderWizard } from './route.js';

describe('the happy path', () => {
  it('sends a new merchant, a File Exchange warehouse and an Infusionsoft store', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections' });
    let success: unknown;
    wizard.addEventListener('acw-success', (e) => (success = e.detail));

    await readyToSubmit(wizard);
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
