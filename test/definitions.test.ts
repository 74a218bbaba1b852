// Platform definitions as the wizard renders them from `platforms`, end to end.
import { expect } from '@open-wc/testing';
import type { PlatformDefinition } from '../src/index.js';
import { dropstreamFileExchange, infusionsoft, shopify, wooCommerce } from '../src/platforms/index.js';
import { choose, errorOf, fill, getByLabel, waitFor } from './helpers.js';
import { pickPlatform, submitBody } from './platform-helpers.js';
import { readyToSubmit, renderWizard, toStoreStep, typed } from './route.js';

const shopifyFields = { 'Shop name': 'mystore', 'Admin API access token': 'shpat_abc123', 'Location ID': '6543210' };

/** Store Setup of a new merchant with the store's name filled. */
async function storeSetup(platforms?: PlatformDefinition[]) {
  const wizard = await renderWizard({ endpoint: '/api/connections', platforms });
  await toStoreStep(wizard);
  await fill('Name', typed.Name, wizard);
  return wizard;
}

describe('shipped platform definitions', () => {
  it('sends a Shopify store with its number as a number and its booleans as booleans', async () => {
    const wizard = await renderWizard({ endpoint: '/api/connections', platforms: [shopify, wooCommerce, infusionsoft] });
    await readyToSubmit(wizard, { platform: 'Shopify', store: { Name: typed.Name, ...shopifyFields } });

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
