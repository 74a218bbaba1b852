// A consent platform in edit mode and on a page that comes back from a full-page redirect:
// Reconnect sends only the new grant; the redirect keeps the draft and returns with the result.
import { expect, fixture, html } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, fill, getByLabel, getButton, settle, useBackend, waitFor } from './helpers.js';
import { consentOf, consentPlatform, outcomeEndpoint, closeConsentPopup } from './consent-helpers.js';
import { patchEndpoint } from './scenario-helpers.js';
import { renderWizard, toStoreStep, typed } from './route.js';

const connection = {
  id: 981, name: 'Brand X — Acme', customer_id: 101, warehouse_id: 11,
  store: { id: 5, name: 'Brand X on Acme', platform: 'acme', adapter: { shop: 'brandx', import_all: false } },
};

async function editWizard() {
  await import('../src/index.js');
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" mode="edit"></add-connection-wizard>`);
  wizard.platforms = [consentPlatform('connected')];
  wizard.connection = connection;
  await settle();
  return wizard;
}


afterEach(closeConsentPopup);
describe('a consent platform in edit mode', () => {
  it('saves without consent when nothing changed, and sends only the new grant after Reconnect', async () => {
    const endpoint = patchEndpoint();
    await useBackend(outcomeEndpoint().handler, ...endpoint.handlers);
    const wizard = await editWizard();
    await waitFor(() => currentHeading(wizard) === 'Store Setup');
    const reconnect = await waitFor(() => getButton('Reconnect Acme Shop', wizard));
    expect(getByLabel('Shop name', wizard).value).to.equal('brandx');

    await click('Save changes', wizard);
    expect(endpoint.sent).to.have.length(0, 'the stored grant stays: nothing to save');

    reconnect.click();
    await waitFor(() => consentOf(wizard).status === 'connected', 5000);
    await click('Save changes', wizard);
    await waitFor(() => endpoint.sent.length === 1);
    expect(endpoint.sent[0].method).to.equal('PATCH');
    expect(endpoint.sent[0].body).to.deep.equal({ store: { adapter: { oauth_grant_id: 'grant-42' } } });
  });
});

describe('a consent platform after a full-page redirect', () => {
  it('keeps the draft and comes back to Store Setup connected', async () => {
    const state = 'b'.repeat(64);
    const outcome = outcomeEndpoint(() => ({ status: 'connected', grant_id: 'grant-back', account: 'brandy' }));
    await useBackend(outcome.handler);
    const draftKey = `consent-redirect-${Math.random()}`;
    // The page before leaving: steps filled, on Store Setup, the shop typed.
    const before = await renderWizard({ endpoint: '/api/connections', draftKey, platforms: [consentPlatform('connected')] });
    await toStoreStep(before);
    await fill('Name', typed.Name, before);
    const { select } = await import('./helpers.js');
    await select('Platform', 'Acme Shop', before);
    await waitFor(() => getByLabel('Shop name', before));
    before.remove();
    // Back from the platform, as a new page load with the result in the address.
    sessionStorage.setItem('add-connection-wizard:consent:acme', state);
    const href = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#acw-consent=${state}`);
    try {
      const after = await renderWizard({ endpoint: '/api/connections', draftKey, platforms: [consentPlatform('connected')] });
      await waitFor(() => currentHeading(after) === 'Store Setup');
      expect(getByLabel('Name', after).value).to.equal(typed.Name);
      await waitFor(() => consentOf(after).status === 'connected', 5000);
      expect(consentOf(after).text).to.contain('brandy');
      expect(location.hash).to.equal('');
      localStorage.removeItem(draftKey);
    } finally {
      history.replaceState(null, '', href);
    }
  });
});
