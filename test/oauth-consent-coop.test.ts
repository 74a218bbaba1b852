// The consent flow when the provider's page sets Cross-Origin-Opener-Policy (the popup loses
// its opener): only the BroadcastChannel or the server check can complete it. This file used
// to be named to run last, as after such a popup Chromium stopped mocking the next files'
// requests; with coop.html served by the test server's middleware (provider.html with the
// header) that no longer happens: a full Chromium run with this file first passed (456 tests).
import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { pause, settle, waitFor } from './helpers.js';
import { atConsent, connectButton, consentOf, consentPlatform, outcomeEndpoint, closeConsentPopup } from './consent-helpers.js';

async function connect(wizard: AddConnectionWizard) {
  (await connectButton(wizard)).click();
  await settle();
}
const statusIs = (wizard: AddConnectionWizard, status: string) => waitFor(() => consentOf(wizard).status === status, 5000);


afterEach(closeConsentPopup);
describe('a consent platform whose provider sets Cross-Origin-Opener-Policy', () => {
  it('completes through the server check when the provider’s Cross-Origin-Opener-Policy cut the opener', async () => {
    let finished = false;
    const outcome = outcomeEndpoint(() => (finished ? { status: 'connected', grant_id: 'grant-coop', account: 'coop-shop' } : { status: 'pending' }));
    const wizard = await atConsent(consentPlatform('silent', {}, 'coop'), outcome.handler);
    await connect(wizard);
    await pause(300);
    expect(consentOf(wizard).status).to.not.equal('connected');
    finished = true;
    await statusIs(wizard, 'connected');
    expect(consentOf(wizard).text).to.contain('coop-shop');
    expect(outcome.asked.every((state) => /^[0-9a-f]{64}$/.test(state))).to.be.true;
  });

  it('completes through the BroadcastChannel when the opener was cut and the server is slow to say', async () => {
    const wizard = await atConsent(consentPlatform('connected', {}, 'coop'), outcomeEndpoint().handler);
    await connect(wizard);
    await statusIs(wizard, 'connected');
  });

});
