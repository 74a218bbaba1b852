// "Send to merchant" end to end in the browser, against the package's real server handler
// (it has no DOM, so msw runs it here): the 3PL mints a link, the merchant's page reads its
// preset and creates through it, the preset is enforced, the link works once.
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import type { AddConnectionWizard } from '../src/index.js';
import { createConnectionHandler, memoryStore } from '../src/server/index.js';
import type { ConnectionRequest } from '../src/schema/index.js';
import { choose, click, currentHeading, fill, getByLabel, getButton, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { consentOf, consentPlatform, connectButton, outcomeEndpoint, closeConsentPopup } from './consent-helpers.js';
import { pickPlatform } from './platform-helpers.js';
import { merchants, renderWizard, toStoreStep, typed } from './route.js';
import { presetWizard } from './scenario-helpers.js';

function realBackend(ttlMs?: number) {
  const created: ConnectionRequest[] = [];
  const handler = createConnectionHandler({
    store: memoryStore(),
    createConnection: async (body) => (created.push(body), { id: 700 + created.length }),
    handoffs: { link: (token) => `${location.origin}/merchant/connect?session=${token}`, ttlMs },
  });
  return { created, handlers: [http.all('/api/connections/*', ({ request }) => handler(request)), http.all('/api/connections', ({ request }) => handler(request))] };
}

/** The merchant connects in the popup (the fake provider answers at once). */
async function connectInPopup(wizard: AddConnectionWizard) {
  (await connectButton(wizard)).click();
  await waitFor(() => consentOf(wizard).status === 'connected', 5000);
}


afterEach(closeConsentPopup);
describe('Send to merchant', () => {
  it('mints a link from a 3PL’s wizard, and hears when the merchant has connected through it', async function () {
    // The 3PL's page asks every 3 s whether the merchant has connected.
    this.timeout(20_000);
    const backend = realBackend();
    await useBackend(outcomeEndpoint().handler, ...backend.handlers);
    const wizard = await renderWizard({ endpoint: '/api/connections', merchants, platforms: [consentPlatform('connected')] });
    const sent: CustomEvent[] = [];
    const completed: CustomEvent[] = [];
    wizard.addEventListener('acw-handoff', (e) => sent.push(e as CustomEvent));
    wizard.addEventListener('acw-handoff-complete', (e) => completed.push(e as CustomEvent));
    await toStoreStep(wizard, { merchant: 'Brand X', warehouse: 'ACME WMS — Newark' });
    await choose('Create new store', wizard);
    await fill('Name', 'Brand X on Acme', wizard);
    await pickPlatform(wizard, 'Acme Shop', 'Shop name');

    await click('Send to merchant', wizard);
    const link = await waitFor(() => getByLabel('Link for the merchant', wizard));
    const url = new URL(link.value);
    const token = url.searchParams.get('session')!;
    expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(sent).to.have.length(1);
    expect(sent[0].detail.url).to.equal(link.value);
    await expect(wizard).to.be.accessible();

    // The merchant's page, elsewhere: the preset comes from the link, not from the page.
    const merchantPage = await renderWizard({ endpoint: '/api/connections', platforms: [consentPlatform('connected')] });
    merchantPage.session = token;
    await waitFor(() => currentHeading(merchantPage) === 'Store Setup', 5000);
    await settle();
    expect(merchantPage.shadowRoot!.textContent).to.not.contain('Merchant Information');
    await fill('Shop name', 'brandx', merchantPage);
    await connectInPopup(merchantPage);
    await click('Add connection', merchantPage);
    await waitFor(() => currentHeading(merchantPage) === 'Connection created');
    expect(backend.created).to.have.length(1);
    expect(backend.created[0]).to.deep.include({ name: typed['Connection name'], customer_id: 101, warehouse_id: 11 });
    expect(backend.created[0].store).to.deep.include({ name: 'Brand X on Acme', platform: 'acme' });

    await waitFor(() => completed.length === 1, 8000);
    expect(completed[0].detail).to.deep.equal({ id: sent[0].detail.id, connectionId: 701 });
    expect(getButton('Copy link', wizard)).to.exist;
    await waitFor(() => wizard.shadowRoot!.textContent!.includes('The merchant has connected the store.'));

    // Used once: the same link again says so, and creates nothing.
    const again = await renderWizard({ endpoint: '/api/connections', platforms: [consentPlatform('connected')] });
    again.session = token;
    await waitFor(() => again.shadowRoot!.textContent!.includes('This link was used already'));
    expect(backend.created).to.have.length(1);
  });

  it('enforces the link’s preset on the server, whatever the merchant’s page sends', async () => {
    const backend = realBackend();
    await useBackend(outcomeEndpoint().handler, ...backend.handlers);
    const mint = await fetch('/api/connections/handoffs', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ preset: { name: 'Fixed name', customer_id: 102, warehouse_id: 21, store: { platform: 'acme' } } }),
    });
    const token = new URL((await mint.json()).url).searchParams.get('session')!;
    const page = await renderWizard({ endpoint: '/api/connections', platforms: [consentPlatform('connected')] });
    page.session = token;
    await waitFor(() => currentHeading(page) === 'Store Setup', 5000);
    await fill('Name', 'Oak store', page);
    await fill('Shop name', 'oak', page);
    await connectInPopup(page);
    // A page that edits what it sends (devtools, a hostile script): the server puts the preset back.
    page.addEventListener('acw-submit', (event) => {
      const payload = (event as CustomEvent).detail.payload as Record<string, unknown>;
      payload.name = 'Tampered';
      payload.customer_id = 999;
    }, { once: true });
    await click('Add connection', page);
    await waitFor(() => currentHeading(page) === 'Connection created');
    expect(backend.created[0]).to.deep.include({ name: 'Fixed name', customer_id: 102, warehouse_id: 21 });
  });

  it('refuses a link past its time, through the real handler, and creates nothing', async () => {
    const backend = realBackend(200);
    await useBackend(outcomeEndpoint().handler, ...backend.handlers);
    const mint = await fetch('/api/connections/handoffs', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ preset: { customer_id: 102, warehouse_id: 21, store: { platform: 'acme' } } }),
    });
    const token = new URL((await mint.json()).url).searchParams.get('session')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const page = await renderWizard({ endpoint: '/api/connections', platforms: [consentPlatform('connected')] });
    page.session = token;
    await waitFor(() => page.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes('This link is not valid or has expired.'));
    expect(page.shadowRoot!.querySelector('[part=panel]')).to.equal(null);
    expect(backend.created).to.have.length(0);
  });

  it('lets a merchant-facing preset page connect by consent: the merchant signs in, the 3PL sees no password', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(outcomeEndpoint().handler, endpoint.handler);
    const page = await presetWizard({ name: 'Oak — Acme', customer_id: 102, warehouse_id: 21, store: { platform: 'acme' } });
    page.platforms = [consentPlatform('connected')];
    await settle();
    expect(currentHeading(page)).to.equal('Store Setup');
    await fill('Name', 'Oak on Acme', page);
    await waitFor(() => getByLabel('Shop name', page));
    await fill('Shop name', 'oak', page);
    await connectInPopup(page);
    await expect(page).to.be.accessible();
    await click('Add connection', page);
    await waitFor(() => currentHeading(page) === 'Connection created');
    expect(endpoint.requests.map((r) => r.body)).to.deep.equal([{
      name: 'Oak — Acme', customer_id: 102, warehouse_id: 21,
      store: { name: 'Oak on Acme', platform: 'acme', adapter: { shop: 'oak', import_all: false, oauth_grant_id: 'grant-42' } },
    }]);
  });

  for (const [status, text] of [[404, 'This link is not valid or has expired.'], [500, 'The connection details could not be loaded.']] as const) {
    it(`says what is wrong with a link answered ${status}, in place of the steps`, async () => {
      const { HttpResponse } = await import('msw');
      await useBackend(http.get('/api/connections/sessions/:token', () => HttpResponse.json({ title: 'x' }, { status })));
      const page = await renderWizard({ endpoint: '/api/connections' });
      page.session = 'x'.repeat(43);
      await waitFor(() => page.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes(text));
      expect(page.shadowRoot!.querySelector('[part=panel]')).to.equal(null);
      if (status === 500) expect(getButton('Try again', page)).to.exist;
      await expect(page).to.be.accessible();
    });
  }
});
