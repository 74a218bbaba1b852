// "Connect with …": a platform that connects by consent, through the wizard's public
// surface. The provider is test/consent/provider.html, answering as the server handler's
// callback page does; the outcome endpoint is msw, as the server handler answers it.
import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, deepActiveElement, getButton, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { atConsent, connectButton, consentOf, consentPlatform, outcomeEndpoint, closeConsentPopup } from './consent-helpers.js';

async function connect(wizard: AddConnectionWizard, name?: string) {
  (await connectButton(wizard, name)).click();
  await settle();
}
const statusIs = (wizard: AddConnectionWizard, status: string) => waitFor(() => consentOf(wizard).status === status, 5000);


afterEach(closeConsentPopup);
describe('a platform that connects by consent', () => {
  it('connects in a popup: the grant reference goes into the adapter, no token anywhere', async () => {
    const outcome = outcomeEndpoint();
    const endpoint = recordingEndpoint();
    const wizard = await atConsent(consentPlatform('connected'), outcome.handler, endpoint.handler);
    const opened: string[] = [];
    const open = window.open;
    window.open = (...args) => (opened.push(String(args[0])), open.apply(window, args));
    try {
      await connect(wizard);
    } finally {
      window.open = open;
    }
    await statusIs(wizard, 'connected');
    expect(consentOf(wizard).text).to.equal('Connected to Acme Shop as mystore.myshopify.com.');
    const start = new URL(opened[0]);
    expect(start.searchParams.get('shop')).to.equal('mystore');
    expect(start.searchParams.get('state')).to.match(/^[0-9a-f]{64}$/);
    expect(start.searchParams.get('origin')).to.equal(location.origin);
    expect(getButton('Use another account', wizard)).to.exist;
    await expect(wizard).to.be.accessible();

    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect((endpoint.requests[0].body as { store: unknown }).store).to.deep.equal({
      name: 'Brand Y Store', platform: 'acme', adapter: { shop: 'mystore', import_all: false, oauth_grant_id: 'grant-42' },
    });
  });

  it('blocks Add connection until connected, with an error-summary entry that leads to the button', async () => {
    const wizard = await atConsent(consentPlatform('wait'), outcomeEndpoint().handler);
    await click('Add connection', wizard);
    const summary = await waitFor(() => wizard.shadowRoot!.querySelector<HTMLElement>('[part~=error-summary], .error-summary'));
    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent?.includes('Connect with Acme Shop to continue.'));
    expect(link, summary.textContent ?? '').to.exist;
    link!.click();
    await settle();
    expect(deepActiveElement()).to.equal(await connectButton(wizard));
    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('checks the values asked before consent on their fields first, and opens nothing', async () => {
    const wizard = await atConsent(consentPlatform('connected'), outcomeEndpoint().handler);
    const { fill, getByLabel, errorOf } = await import('./helpers.js');
    await fill('Shop name', 'Not A Shop!', wizard);
    let opened = 0;
    const open = window.open;
    window.open = () => (opened += 1, null);
    try {
      await connect(wizard);
    } finally {
      window.open = open;
    }
    expect(opened).to.equal(0);
    expect(errorOf(getByLabel('Shop name', wizard))).to.equal('Enter the shop’s subdomain.');
    expect(deepActiveElement()).to.equal(getByLabel('Shop name', wizard));
  });

  it('ignores messages from another origin, with another state, or malformed, and sends nothing for them', async () => {
    const outcome = outcomeEndpoint();
    const endpoint = recordingEndpoint();
    const wizard = await atConsent(consentPlatform('wait'), outcome.handler, endpoint.handler);
    await connect(wizard);
    const opened = window.open('', 'add-connection-wizard-consent');
    const state = await waitFor(() => new URL(opened!.location.href).searchParams.get('state'));
    const fake = (data: unknown, origin = location.origin) => window.dispatchEvent(new MessageEvent('message', { data, origin }));
    const good = { source: 'add-connection-wizard', type: 'consent-result', state, status: 'connected', grant_id: 'grant-evil' };
    fake(good, 'https://evil.example');
    fake({ ...good, state: 'f'.repeat(64) });
    fake({ ...good, source: 'someone-else' });
    fake('connected');
    fake({ ...good, grant_id: 42 });
    await settle();
    expect(consentOf(wizard).status).to.equal('waiting');
    expect(endpoint.requests).to.have.length(0);
    // The real answer still counts, once.
    fake({ ...good, grant_id: 'grant-real' });
    await statusIs(wizard, 'connected');
    fake({ ...good, grant_id: 'grant-replayed' });
    opened!.close();
    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 1);
    expect((endpoint.requests[0].body as { store: { adapter: Record<string, unknown> } }).store.adapter.oauth_grant_id).to.equal('grant-real');
  });

  for (const [result, status, text] of [
    ['denied', 'denied', 'Acme Shop did not allow access.'],
    ['failed', 'failed', 'The connection to Acme Shop could not be made.'],
    ['close', 'closed', 'The Acme Shop window was closed before access was allowed.'],
  ] as const) {
    it(`says so when ${result === 'close' ? 'the window is closed' : `the platform answers ${result}`}, and offers Try again`, async () => {
      const wizard = await atConsent(consentPlatform(result), outcomeEndpoint().handler);
      await connect(wizard);
      await statusIs(wizard, status);
      expect(consentOf(wizard).text).to.contain(text);
      const retry = getButton('Try again', wizard);
      expect(retry.getAttribute('aria-describedby')).to.contain('status');
      await expect(wizard).to.be.accessible();
    });
  }

  it('gives up after the definition’s timeout and says so', async () => {
    const wizard = await atConsent(consentPlatform('wait', { timeout: 0.5 }), outcomeEndpoint().handler);
    await connect(wizard);
    await statusIs(wizard, 'timeout');
    expect(consentOf(wizard).text).to.match(/took too long/);
    window.open('', 'add-connection-wizard-consent')?.close();
  });

  it('shows a visible way on when the popup is blocked: open it in a new click, or sign in in this window', async () => {
    const wizard = await atConsent(consentPlatform('connected'), outcomeEndpoint().handler);
    const open = window.open;
    window.open = () => null;
    try {
      await connect(wizard);
      await statusIs(wizard, 'blocked');
      expect(consentOf(wizard).text).to.equal('Your browser blocked the sign-in window.');
      expect(getButton('Sign in in this window instead', wizard)).to.exist;
      await expect(wizard).to.be.accessible();
    } finally {
      window.open = open;
    }
    await click('Open the sign-in page', wizard);
    await statusIs(wizard, 'connected');
  });

  it('comes back from a full-page redirect with the result, and removes it from the address', async () => {
    const outcome = outcomeEndpoint(() => ({ status: 'connected', grant_id: 'grant-redirect', account: 'mystore' }));
    await useBackend(outcome.handler);
    const state = 'a'.repeat(64);
    sessionStorage.setItem('add-connection-wizard:consent:acme', state);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#acw-consent=${state}`);
    try {
      const wizard = await atConsent(consentPlatform('connected'), outcome.handler);
      await statusIs(wizard, 'connected');
      expect(location.hash).to.equal('');
      expect(outcome.asked).to.include(state);
      expect(sessionStorage.getItem('add-connection-wizard:consent:acme')).to.equal(null);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('asks again with another account: a new attempt with a new state, the old grant dropped meanwhile', async () => {
    const wizard = await atConsent(consentPlatform('wait'), outcomeEndpoint().handler);
    const states: (string | null)[] = [];
    const open = window.open;
    window.open = (...args) => (states.push(new URL(String(args[0])).searchParams.get('state')), open.apply(window, args));
    try {
      await connect(wizard);
      const popup = open.call(window, '', 'add-connection-wizard-consent')!;
      const state = await waitFor(() => new URL(popup.location.href).searchParams.get('state'));
      window.dispatchEvent(new MessageEvent('message', { origin: location.origin, data: { source: 'add-connection-wizard', type: 'consent-result', state, status: 'connected', grant_id: 'grant-1', account: 'first' } }));
      await statusIs(wizard, 'connected');
      await click('Use another account', wizard);
      expect(consentOf(wizard).status).to.equal('waiting');
      expect(states).to.have.length(2);
      expect(states[1]).to.match(/^[0-9a-f]{64}$/).and.not.equal(states[0]);
      // Nothing is connected while the new attempt runs: Add connection is blocked again.
      await click('Add connection', wizard);
      expect(consentOf(wizard).section.querySelector('.error')?.textContent).to.equal('Connect with Acme Shop to continue.');
    } finally {
      window.open = open;
      open.call(window, '', 'add-connection-wizard-consent')?.close();
    }
  });
});
