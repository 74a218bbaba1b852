import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { PlatformDefinitionForm, type PlatformDefinition } from '../src/classes.js';
import { dropstreamFileExchange, infusionsoft, shopify, wooCommerce } from '../src/platforms/index.js';
import { choose, errorOf, fill, getByLabel, settle, waitFor } from './helpers.js';
import { pickPlatform, submitBody } from './platform-helpers.js';
import { renderWizard, toStoreStep, typed } from './route.js';

if (!customElements.get('platform-definition-form')) customElements.define('platform-definition-form', PlatformDefinitionForm);

/** Store Setup of a new merchant with the store's name filled. */
async function storeSetup(platforms?: PlatformDefinition[]) {
  const wizard = await renderWizard({ endpoint: '/api/connections', platforms });
  await toStoreStep(wizard);
  await fill('Name', typed.Name, wizard);
  return wizard;
}

describe('shipped platform definitions', () => {
  it('sends a Shopify store with its number as a number and its booleans as booleans', async () => {
    const wizard = await storeSetup([shopify, wooCommerce, infusionsoft]);
    await pickPlatform(wizard, 'Shopify', 'Shop name');
    await fill('Shop name', 'mystore', wizard);
    await fill('Admin API access token', 'shpat_abc123', wizard);
    await fill('Location ID', '6543210', wizard);

    const body = await submitBody(wizard);

    expect(body.store).to.deep.equal({
      name: 'Brand Y Store',
      platform: 'shopify',
      adapter: { shop_name: 'mystore', access_token: 'shpat_abc123', location_id: 6543210, exclude_empty_orders: false, filter_orders_by_location: false },
    });
  });

  it('rejects a WooCommerce store URL that is not one, accepts a full one, and imports Processing orders by default', async () => {
    const wizard = await storeSetup([shopify, wooCommerce, infusionsoft]);
    await pickPlatform(wizard, 'WooCommerce', 'Store URL');

    await fill('Store URL', 'not a url', wizard);
    expect(errorOf(getByLabel('Store URL', wizard))).to.match(/full address/);
    await fill('Store URL', 'https://shop.example.com', wizard);
    expect(errorOf(getByLabel('Store URL', wizard))).to.equal(undefined);
    expect(getByLabel('Processing', wizard).checked).to.be.true;

    await fill('Username', 'wpadmin', wizard);
    await fill('Password', 'pw', wizard);
    const body = await submitBody(wizard);
    expect(body.store.adapter).to.deep.equal({ url: 'https://shop.example.com', username: 'wpadmin', password: 'pw', order_import_status: 'processing' });
  });
});

describe('Infusionsoft as a definition', () => {
  async function infusionsoftBody(platforms?: PlatformDefinition[]) {
    const wizard = await storeSetup(platforms);
    const appName = await waitFor(() => getByLabel('Application name', wizard));
    const formTag = ((appName.getRootNode() as ShadowRoot).host as Element).localName;
    expect(formTag).to.equal(platforms ? 'platform-definition-form' : 'infusionsoft-store-form');
    await fill('Password', typed.Password, wizard);
    await fill('Application name', 'https://brandy.infusionsoft.com/app/home', wizard);
    await fill('Username', '  admin@example.com ', wizard);
    await fill('Tracking Number Field', 'Tracking #', wizard);
    await choose('Not Required', wizard);
    return submitBody(wizard);
  }

  it('sends the same request body as the shipped element for the same inputs', async () => {
    const shipped = await infusionsoftBody();
    const defined = await infusionsoftBody([infusionsoft]);

    expect(defined).to.deep.equal(shipped);
    expect(defined.store).to.deep.equal({
      name: 'Brand Y Store',
      platform: 'infusionsoft',
      adapter: { app_name: 'brandy', username: 'admin@example.com', password: 'hunter2', tracking_number_custom_field_name: 'Tracking #', pay_status: 'none' },
    });
  });

  it('sends the same body again with the File Exchange warehouse a definition too', async () => {
    const shipped = await infusionsoftBody();
    const defined = await infusionsoftBody([infusionsoft, dropstreamFileExchange]);

    expect(defined).to.deep.equal(shipped);
    expect(defined.warehouse).to.deep.equal({ platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } });
  });
});

describe('a definition with every field type', () => {
  const options = (...labels: string[]) => labels.map((label) => ({ value: label.toLowerCase(), label }));
  const everyType: PlatformDefinition = {
    id: 'every',
    label: 'Every type',
    kind: 'store',
    fields: [
      { name: 'account', label: 'Account', type: 'text', required: true, pattern: '[a-z]+', patternMessage: 'Use lower-case letters only.' },
      { name: 'api_secret', label: 'API secret', type: 'secret', required: true },
      { name: 'region', label: 'Region', type: 'select', options: options('US', 'EU', 'UK', 'APAC') },
      { name: 'mode', label: 'Mode', type: 'select', options: options('Live', 'Test') },
      { name: 'sandbox', label: 'Sandbox', type: 'boolean' },
      { name: 'site', label: 'Site', type: 'url' },
      { name: 'contact', label: 'Contact email', type: 'email' },
      { name: 'limit', label: 'Order limit', type: 'number' },
      { name: 'webhook_secret', label: 'Webhook secret', type: 'secret', showWhen: { field: 'site' } },
    ],
  };
  const render = () => fixture<PlatformDefinitionForm>(html`<platform-definition-form .definition=${everyType}></platform-definition-form>`);
  const fillValid = async (form: PlatformDefinitionForm) => {
    await fill('Account', 'acme', form);
    await fill('API secret', 's3cret', form);
  };

  it('renders a labelled control of the right kind for each type', async () => {
    const form = await render();

    expect(getByLabel('Account', form).type).to.equal('text');
    expect(getByLabel('API secret', form).type).to.equal('password');
    expect(getByLabel('Region', form)).to.be.instanceOf(HTMLSelectElement);
    expect(form.shadowRoot!.querySelector('fieldset legend')?.textContent).to.equal('Mode');
    expect(getByLabel('Live', form).type).to.equal('radio');
    expect(getByLabel('Sandbox', form).type).to.equal('checkbox');
    expect(getByLabel('Site', form).type).to.equal('url');
    expect(getByLabel('Contact email', form).type).to.equal('email');
    expect(getByLabel('Order limit', form).inputMode).to.equal('numeric');
  });

  it('shows the required message of each empty required field on validate()', async () => {
    const form = await render();

    const result = form.validate();
    await settle();

    expect(result.ok ? {} : result.errors).to.deep.equal({ account: 'Enter the account.', api_secret: 'Enter the api secret.' });
    expect(errorOf(getByLabel('Account', form))).to.equal('Enter the account.');
  });

  it('shows the pattern, email and number messages once a field is left', async () => {
    const form = await render();

    await fill('Account', 'ACME', form);
    await fill('Contact email', 'not-an-email', form);
    await fill('Order limit', 'ten', form);

    expect(errorOf(getByLabel('Account', form))).to.equal('Use lower-case letters only.');
    expect(errorOf(getByLabel('Contact email', form))).to.match(/email address/);
    expect(errorOf(getByLabel('Order limit', form))).to.equal('Enter a number.');
  });

  it('builds the adapter with typed values and leaves empty optional fields out', async () => {
    const form = await render();
    await fillValid(form);
    await fill('Order limit', '25', form);
    await choose('Sandbox', form);

    const result = form.validate();

    expect(result.ok && result.adapter).to.deep.equal({ account: 'acme', api_secret: 's3cret', region: 'us', mode: 'live', sandbox: true, limit: 25 });
  });

  it('never accepts a required secret and then leaves it out of the adapter', async () => {
    const form = await render();
    await fill('Account', 'acme', form);
    await fill('API secret', '   ', form);

    const result = form.validate();

    expect(result.ok ? result.adapter : result.errors).to.have.property('api_secret');
  });

  it('shows a showWhen field only while the other field has a value, and leaves it out when hidden', async () => {
    const form = await render();
    await fillValid(form);
    expect(() => getByLabel('Webhook secret', form)).to.throw();

    await fill('Site', 'https://shop.example.com', form);
    await fill('Webhook secret', 'whsec', form);
    expect(form.validate()).to.deep.include({ ok: true }).and.have.nested.property('adapter.webhook_secret', 'whsec');

    await fill('Site', '', form);
    expect(() => getByLabel('Webhook secret', form)).to.throw();
    const result = form.validate();
    expect(result.ok && result.adapter).to.not.have.property('webhook_secret');
  });
});
