import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { AddConnectionWizard } from '../src/index.js';
import { choose, click, currentHeading, fill, getButton, getByLabel, recordingEndpoint, useBackend, waitFor } from './helpers.js';
import { merchants, readyToSubmit, renderWizard } from './route.js';

async function atStoreSetup() {
  const wizard = await renderWizard({ endpoint: '/api/connections' });
  await readyToSubmit(wizard);
  return wizard;
}

const alertOf = (wizard: AddConnectionWizard) => wizard.shadowRoot!.querySelector('[role="alert"]');

describe('accessibility', () => {
  it('is accessible on every step of a new merchant', async () => {
    const wizard = await renderWizard();
    await expect(wizard).to.be.accessible();
    await fill('Connection name', 'A', wizard);
    await click('Continue', wizard);
    await expect(wizard).to.be.accessible();
    await fill('Company name', 'B', wizard);
    await click('Continue', wizard);
    await expect(wizard).to.be.accessible();
    await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Store Setup');
    await expect(wizard).to.be.accessible();
  });

  it('is accessible on the steps of an existing merchant', async () => {
    const wizard = await renderWizard({ merchants });
    await fill('Connection name', 'A', wizard);
    await click('Continue', wizard);
    await choose('Brand X', wizard);
    await expect(wizard).to.be.accessible();
    await click('Continue', wizard);
    await expect(wizard).to.be.accessible();
    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Store Setup');
    await expect(wizard).to.be.accessible();
  });

  it('is accessible with field errors after a failed Continue on every step', async () => {
    const wizard = await renderWizard();
    const invalid = (label: string) => getByLabel(label, wizard).getAttribute('aria-invalid') === 'true';
    const steps: [string, string][] = [['Connection name', 'A'], ['Company name', 'B'], ['Connection string', 'sftp://wh1:secret@ftp.example.com']];

    for (const [label, value] of steps) {
      await click('Continue', wizard);
      expect(invalid(label), label).to.be.true;
      await expect(wizard).to.be.accessible();
      await fill(label, value, wizard);
      await click('Continue', wizard);
    }
    await click('Add connection', wizard);

    expect([invalid('Name'), invalid('Application name')]).to.deep.equal([true, true]);
    await expect(wizard).to.be.accessible();
  });

  it('is accessible while sending', async () => {
    await useBackend(http.post('/api/connections', async () => {
      await delay('infinite');
      return HttpResponse.json({ id: 1 }, { status: 201 });
    }));
    const wizard = await atStoreSetup();

    await click('Add connection', wizard);

    expect(getButton('Adding connection…', wizard).getAttribute('aria-disabled')).to.equal('true');
    await expect(wizard).to.be.accessible();
  });

  it('is accessible when the request failed', async () => {
    const endpoint = recordingEndpoint('/api/connections', () => new HttpResponse(null, { status: 500 }));
    await useBackend(endpoint.handler);
    const wizard = await atStoreSetup();

    await click('Add connection', wizard);
    await waitFor(() => alertOf(wizard));

    expect(alertOf(wizard)!.textContent).to.contain('error 500');
    await expect(wizard).to.be.accessible();
  });

  it('is accessible on the success view', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await atStoreSetup();

    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');

    await expect(wizard).to.be.accessible();
  });
});
