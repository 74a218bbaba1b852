import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../src/index.js';
import { PlatformDefinitionForm, type AddConnectionWizard, type PlatformDefinition, type PlatformForm } from '../src/classes.js';
import { dropstreamFileExchange, shopify } from '../src/platforms/index.js';
import { click, currentHeading, deepActiveElement, errorOf, fill, getByLabel, recordingEndpoint, useBackend, waitFor } from './helpers.js';
import { runPlatformFormContractTests } from './platform-form-contract.js';
import { pickPlatform } from './platform-helpers.js';
import { renderWizard, toStoreStep } from './route.js';

// The contract suite mounts a form from markup, which cannot set the `definition`
// property: so it runs on thin subclasses that set nothing but `definition`, and the
// same checks follow below on the real tag, as the wizard renders it from `platforms`.
const withDefinition = (tag: string, definition: PlatformDefinition) => {
  customElements.define(tag, class extends PlatformDefinitionForm {
    constructor() {
      super();
      this.definition = definition;
    }
  });
};
withDefinition('shopify-definition-form', shopify);
withDefinition('file-exchange-definition-form', dropstreamFileExchange);

const fillIn = async (form: PlatformForm, values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) await fill(label, value, form);
};

runPlatformFormContractTests('shopify-definition-form', {
  platform: 'shopify',
  kind: 'store',
  fillValid: (form) => fillIn(form, { 'Shop name': 'mystore', 'Admin API access token': 'shpat_abc', 'Location ID': '42' }),
  invalidField: { name: 'shop_name', label: 'Shop name' },
});

runPlatformFormContractTests('file-exchange-definition-form', {
  platform: 'dropstream',
  kind: 'warehouse',
  fillValid: (form) => fillIn(form, { 'Connection string': 'sftp://wh1:secret@ftp.example.com' }),
  invalidField: { name: 'connection_string', label: 'Connection string' },
});

describe('<platform-definition-form> rendered by the wizard keeps the platform-form contract', () => {
  const acme: PlatformDefinition = {
    id: 'acme',
    label: 'Acme',
    kind: 'store',
    fields: [{ name: 'api_key', label: 'API key', type: 'secret', required: true }],
  };
  const apiKey = (wizard: AddConnectionWizard) => getByLabel('API key', wizard);

  async function acmeStoreSetup() {
    const wizard = await renderWizard({ endpoint: '/api/connections', platforms: [acme] });
    await toStoreStep(wizard);
    await fill('Name', 'Acme Store', wizard);
    await pickPlatform(wizard, 'Acme', 'API key');
    return wizard;
  }

  it('registers: Acme is offered once and its form is the generic element', async () => {
    const wizard = await acmeStoreSetup();

    const picker = getByLabel<HTMLSelectElement>('Platform', wizard);
    expect([...picker.options].filter((o) => o.value === 'acme')).to.have.length(1);
    expect((apiKey(wizard).getRootNode() as ShadowRoot).host.localName).to.equal('platform-definition-form');
  });

  it('shows its errors and takes focus when the user tries to leave the step', async () => {
    const wizard = await acmeStoreSetup();

    await click('Add connection', wizard);

    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(errorOf(apiKey(wizard))).to.equal('Enter the api key.');
    await waitFor(() => deepActiveElement() === apiKey(wizard));
  });

  it('shows a 422 error at /store/adapter/api_key on API key and focuses it', async () => {
    const wizard = await acmeStoreSetup();
    await fill('API key', 'acme-key', wizard);
    const detail = 'This API key was revoked.';
    await useBackend(recordingEndpoint('/api/connections', () =>
      HttpResponse.json({ errors: [{ pointer: '/store/adapter/api_key', detail }] }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    ).handler);

    await click('Add connection', wizard);

    await waitFor(() => errorOf(apiKey(wizard)) === detail);
    await waitFor(() => deepActiveElement() === apiKey(wizard));
  });

  it('forgets what was typed when the user presses Cancel', async () => {
    const wizard = await acmeStoreSetup();
    await fill('API key', 'acme-key', wizard);

    await click('Cancel', wizard);
    await toStoreStep(wizard);
    await pickPlatform(wizard, 'Acme', 'API key');

    expect(apiKey(wizard).value).to.equal('');
    expect(errorOf(apiKey(wizard))).to.equal(undefined);
  });
});
