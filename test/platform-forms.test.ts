import { expect, fixture, html } from '@open-wc/testing';
import * as z from 'zod/mini';
import '../src/index.js';
import { PlatformFormElement, type AddConnectionWizard, type PlatformForm } from '../src/classes.js';
import { requiredText } from '../src/schema/index.js';
import { click, currentHeading, fill, getByLabel, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { choosePlatform, pickerOf, runPlatformFormContractTests } from './platform-form-contract.js';
import { readyToSubmit, renderWizard, toStoreStep } from './route.js';

/** A third party's store form, written the way its README would tell someone to. */
class AcmeStoreForm extends PlatformFormElement {
  protected readonly schema = z.object({ api_key: requiredText('Enter the Acme API key.') });
  protected readonly initialValues = { api_key: '' };
  constructor() {
    super();
    this.platform = 'acme';
    this.label = 'Acme';
  }
  override render() {
    return this.textField('api_key', { label: 'API key', required: true, secret: true, autocomplete: 'off' });
  }
}
customElements.define('acme-store-form', AcmeStoreForm);

const fillIn = async (form: PlatformForm, values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) await fill(label, value, form);
};

runPlatformFormContractTests('infusionsoft-store-form', {
  platform: 'infusionsoft',
  kind: 'store',
  fillValid: (form) => fillIn(form, { 'Application name': 'brandy', Username: 'admin@example.com', Password: 'hunter2' }),
  invalidField: { name: 'app_name', label: 'Application name' },
});

runPlatformFormContractTests('dropstream-warehouse-form', {
  platform: 'dropstream',
  kind: 'warehouse',
  fillValid: (form) => fillIn(form, { 'Connection string': 'sftp://wh1:secret@ftp.example.com' }),
  invalidField: { name: 'connection_string', label: 'Connection string' },
});

runPlatformFormContractTests('acme-store-form', {
  platform: 'acme',
  kind: 'store',
  fillValid: (form) => fillIn(form, { 'API key': 'acme-key-123' }),
  invalidField: { name: 'api_key', label: 'API key' },
});

describe('slotted platform forms', () => {
  const optionLabels = (wizard: AddConnectionWizard) =>
    [...pickerOf(wizard, 'store').options].filter((o) => o.value !== '').map((o) => o.textContent!.trim());

  /** Completes every step with the store form on offer for `platform` and returns the request body. */
  async function submitWith(wizard: AddConnectionWizard, fillStore: () => Promise<void>) {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    await fillStore();
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests).to.have.length(1);
    return endpoint.requests[0].body as Record<string, unknown>;
  }

  it('offers a third-party platform next to Infusionsoft and sends its adapter', async () => {
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections">
      <acme-store-form slot="store-form" platform="acme"></acme-store-form>
    </add-connection-wizard>`);
    await toStoreStep(wizard);
    expect(optionLabels(wizard)).to.deep.equal(['Acme', 'Infusionsoft']);

    const body = await submitWith(wizard, async () => {
      await choosePlatform(wizard, 'store', 'acme');
      await fill('Name', 'Acme Store', wizard);
      await fill('API key', 'acme-key-123', wizard);
    });
    expect(body.store).to.deep.equal({ name: 'Acme Store', platform: 'acme', adapter: { api_key: 'acme-key-123' } });
  });

  it('lets a slotted Infusionsoft form replace the built-in one, sending the same body', async () => {
    const builtin = await renderWizard({ endpoint: '/api/connections' });
    await toStoreStep(builtin);
    const builtinBody = await submitWith(builtin, () => readyToSubmit(builtin));

    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections">
      <infusionsoft-store-form slot="store-form" platform="infusionsoft"></infusionsoft-store-form>
    </add-connection-wizard>`);
    await toStoreStep(wizard);
    expect(optionLabels(wizard)).to.deep.equal(['Infusionsoft']);
    expect(wizard.shadowRoot!.querySelectorAll('infusionsoft-store-form')).to.have.length(0);
    expect(getByLabel('Application name', wizard).getRootNode()).to.equal(wizard.querySelector('infusionsoft-store-form')!.shadowRoot);

    const body = await submitWith(wizard, () => readyToSubmit(wizard));
    expect(body).to.deep.equal(builtinBody);
  });

  it('registers a form defined after the wizard is on the page', async () => {
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections">
      <late-store-form slot="store-form" platform="late"></late-store-form>
    </add-connection-wizard>`);
    await toStoreStep(wizard);
    expect(optionLabels(wizard)).to.deep.equal(['Infusionsoft']);

    customElements.define('late-store-form', class extends AcmeStoreForm {
      constructor() {
        super();
        this.label = 'Late';
      }
    });
    await settle();
    expect(optionLabels(wizard)).to.deep.equal(['Infusionsoft', 'Late']);

    const body = await submitWith(wizard, async () => {
      await choosePlatform(wizard, 'store', 'late');
      await fill('Name', 'Late Store', wizard);
      await fill('API key', 'late-key', wizard);
    });
    expect(body.store).to.deep.equal({ name: 'Late Store', platform: 'late', adapter: { api_key: 'late-key' } });
  });
});
