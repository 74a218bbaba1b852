import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { shippedPlatforms } from '../src/platforms/index.js';
import { click, fill, getByLabel, settle, waitFor } from './helpers.js';

// The credentials a platform form asks for are a third party's (a store's, a warehouse's),
// never the portal user's own login on this site (issue 15, finding 6). `username` and
// `current-password` invite the browser to fill that login in; Chromium ignores `off` on
// a password input, so secrets are `new-password`, and third-party usernames `off`.
const autocomplete = (label: string, wizard: AddConnectionWizard) => getByLabel(label, wizard).getAttribute('autocomplete');

async function render(platforms?: PlatformDefinition[]) {
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections"></add-connection-wizard>`);
  if (platforms) wizard.platforms = platforms;
  await settle();
  await fill('Connection name', 'Logins', wizard);
  await click('Continue', wizard);
  await fill('Company name', 'Logins Co', wizard);
  await click('Continue', wizard);
  // A definition's form is loaded on first use: wait for it.
  await waitFor(() => getByLabel('Connection string', wizard));
  return wizard;
}

async function toStoreSetup(wizard: AddConnectionWizard) {
  await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
  await click('Continue', wizard);
}

async function pick(wizard: AddConnectionWizard, value: string, firstField: string) {
  const platform = getByLabel<HTMLSelectElement>('Platform', wizard);
  platform.value = value;
  platform.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => getByLabel(firstField, wizard));
}

describe('autocomplete of third-party credentials', () => {
  it('the package’s own forms: no site login for Infusionsoft or the File Exchange', async () => {
    const wizard = await render();

    expect(autocomplete('Connection string', wizard)).to.equal('new-password');
    await toStoreSetup(wizard);
    await waitFor(() => getByLabel('Username', wizard));
    expect(autocomplete('Username', wizard)).to.equal('off');
    expect(autocomplete('Password', wizard)).to.equal('new-password');
  });

  it('the shipped definitions: no site login for WooCommerce, Infusionsoft, Shopify or the File Exchange', async () => {
    const wizard = await render([...shippedPlatforms]);

    expect(autocomplete('Connection string', wizard)).to.equal('new-password');
    await toStoreSetup(wizard);
    await pick(wizard, 'woo_commerce', 'Store URL');
    expect([autocomplete('Username', wizard), autocomplete('Password', wizard)], 'WooCommerce').to.deep.equal(['off', 'new-password']);
    await pick(wizard, 'infusionsoft', 'Application name');
    expect([autocomplete('Username', wizard), autocomplete('Password', wizard)], 'Infusionsoft').to.deep.equal(['off', 'new-password']);
    await pick(wizard, 'shopify', 'Shop name');
    expect(autocomplete('Admin API access token', wizard), 'Shopify').to.equal('new-password');
  });

  it('a host’s definition cannot ask for the site’s login', async () => {
    const asksForLogin: PlatformDefinition = {
      id: 'asks_for_login',
      label: 'Asks for login',
      kind: 'store',
      fields: [
        { name: 'user', label: 'User', type: 'text', autocomplete: 'username' },
        { name: 'email', label: 'Email', type: 'email', autocomplete: 'section-store username' },
        { name: 'pw', label: 'PW', type: 'secret', autocomplete: 'current-password' },
        { name: 'pin', label: 'PIN', type: 'secret', autocomplete: 'off' },
        { name: 'api_key', label: 'API key', type: 'text' },
        { name: 'site', label: 'Site', type: 'url', autocomplete: 'url' },
      ],
    };
    const wizard = await render([asksForLogin]);
    await toStoreSetup(wizard);
    await pick(wizard, 'asks_for_login', 'User');

    const tokens = ['User', 'Email', 'PW', 'PIN', 'API key', 'Site'].map((label) => autocomplete(label, wizard));
    expect(tokens).to.deep.equal(['off', 'off', 'new-password', 'new-password', 'off', 'url']);
  });
});
