import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { click, fill, getByLabel, settle, waitFor } from './helpers.js';

// A definition whose credentials are not all `secret` fields (issue 15, finding 3): a draft
// keeps only choices, yes/no, numbers and fields marked keepInDraft, and never a field
// named like a credential or a value that looks like one.
const leaky: PlatformDefinition = {
  id: 'leaky',
  label: 'Leaky',
  kind: 'store',
  fields: [
    { name: 'api_key', label: 'API key', type: 'text' },
    { name: 'access_token', label: 'Access token', type: 'text' },
    { name: 'client_secret', label: 'Client secret', type: 'url' },
    { name: 'token', label: 'Token', type: 'text', keepInDraft: true },
    { name: 'password', label: 'Password text', type: 'text', keepInDraft: true },
    { name: 'webhook', label: 'Webhook URL', type: 'url', keepInDraft: true },
    { name: 'region', label: 'Region', type: 'text' },
    { name: 'account', label: 'Account name', type: 'text', keepInDraft: true },
    { name: 'environment', label: 'Environment', type: 'select', options: [{ value: 'live', label: 'Live' }, { value: 'staging', label: 'Staging' }] },
    { name: 'sandbox', label: 'Sandbox', type: 'boolean' },
    { name: 'shop_number', label: 'Shop number', type: 'number' },
  ],
};

/** Typed into the fields a draft must not keep: distinctive, so a search cannot miss them. */
const leaks = {
  'API key': 'Leak-1-apikey',
  'Access token': 'Leak-2-token',
  'Client secret': 'https://leak3.example.com',
  Token: 'Leak-4-token',
  'Password text': 'Leak-5-password',
  'Webhook URL': 'https://hook:Leak-6-pw@hooks.example.com',
  Region: 'Leak-7-region',
};
const kept = { 'Account name': 'Kept-Account-8', 'Shop number': '4242' };

let n = 0;
const uniqueKey = () => `hostile-drafts-${++n}-${Date.now()}`;
const stored = () => Array.from({ length: localStorage.length }, (_, i) => localStorage.getItem(localStorage.key(i)!)).join('\n');

async function render(key: string) {
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" draft-key=${key}></add-connection-wizard>`);
  wizard.platforms = [leaky];
  await settle();
  return wizard;
}

async function fillLeaky(wizard: AddConnectionWizard) {
  await fill('Connection name', 'Drafts', wizard);
  await click('Continue', wizard);
  await fill('Company name', 'Drafts Co', wizard);
  await click('Continue', wizard);
  await waitFor(() => getByLabel('Connection string', wizard));
  await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
  await click('Continue', wizard);
  await fill('Name', 'Drafts Store', wizard);
  const platform = getByLabel<HTMLSelectElement>('Platform', wizard);
  platform.value = 'leaky';
  platform.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => getByLabel('API key', wizard));
  for (const [label, value] of Object.entries({ ...leaks, ...kept })) await fill(label, value, wizard);
  getByLabel('Staging', wizard).click();
  getByLabel('Sandbox', wizard).click();
  await settle();
}

describe('drafts of a definition’s form', () => {
  afterEach(() => localStorage.clear());

  it('keep choices, yes/no, numbers and keepInDraft fields, and no credential by name or by value', async () => {
    const key = uniqueKey();
    const wizard = await render(key);

    await fillLeaky(wizard);
    await waitFor(() => stored().includes('staging') && stored().includes('4242'));

    expect(stored()).to.contain(kept['Account name']);
    for (const [label, value] of Object.entries(leaks)) expect(stored(), label).not.to.contain(value.replace('https://', ''));
  });

  it('give back only what they kept', async () => {
    const key = uniqueKey();
    const first = await render(key);
    await fillLeaky(first);
    await waitFor(() => stored().includes('staging') && stored().includes('4242'));
    first.remove();

    const wizard = await render(key);
    await waitFor(() => getByLabel('Account name', wizard).value === kept['Account name']);

    expect(getByLabel('Shop number', wizard).value).to.equal(kept['Shop number']);
    expect(getByLabel('Staging', wizard).checked, 'Staging').to.equal(true);
    expect(getByLabel('Sandbox', wizard).checked, 'Sandbox').to.equal(true);
    for (const label of Object.keys(leaks)) expect(getByLabel(label, wizard).value, label).to.equal('');
  });

  it('turn off spell checking and capitalisation in fields named like credentials', async () => {
    const wizard = await render(uniqueKey());
    await fillLeaky(wizard);

    for (const label of ['API key', 'Access token', 'Client secret', 'Token', 'Password text', 'Webhook URL']) {
      const input = getByLabel(label, wizard);
      expect([input.spellcheck, input.getAttribute('autocapitalize')], label).to.deep.equal([false, 'off']);
    }
    expect(getByLabel('Region', wizard).spellcheck, 'Region').to.equal(true);
  });
});
