// The wizard's first step before the rest of its code has arrived (a slow network), and
// when that code cannot be fetched at all. The test server holds back or fails
// /src/wizard-engine.* while this page's `acw-engine` cookie says so (see
// web-test-runner.config.js): the page fetches that module once, for its first wizard, so
// the scenarios below run in order on one wizard, and the main entry is imported after
// the cookie is set.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AddConnectionWizard } from '../src/index.js';
import { currentHeading, getButton, getByLabel, part, pause, typeKeys, waitFor } from './helpers.js';

const engineFetch = (how?: 'fail' | `delay-${number}`) => {
  document.cookie = how ? `acw-engine=${how}; path=/` : 'acw-engine=; path=/; max-age=0';
};

describe('the first step while the rest of the code loads', () => {
  let wizard: AddConnectionWizard;
  const root = () => wizard.shadowRoot!;

  before(async () => {
    // Before the main entry, which starts fetching the rest at once.
    engineFetch('fail');
    await import('../src/index.js');
    wizard = document.createElement('add-connection-wizard');
    wizard.endpoint = '/api/connections';
    document.body.append(wizard);
  });

  after(() => {
    engineFetch();
    wizard.remove();
  });

  it('shows step 1 at once, and says so beside it, with Try again, when the rest cannot load', async () => {
    // Step 1 is there before anything else arrived, ready for typing.
    await waitFor(() => currentHeading(wizard) === 'Basic Information');
    const alert = await waitFor(() => root().querySelector<HTMLElement>('[part~="alert"]'));
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('The wizard could not load. Check your internet connection and try again.');
    expect(getButton('Try again', root())).to.exist;
    await expect(wizard).to.be.accessible();
  });

  it('keeps what is typed, and stays on step 1 when Continue is pressed, while nothing has loaded', async () => {
    const name = getByLabel('Connection name', root());
    name.focus();
    await typeKeys('Acme');
    await sendKeys({ press: 'Enter' });
    await pause(200);
    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(wizard.currentStep).to.equal(1);
    expect(getByLabel('Connection name', root()).value).to.equal('Acme');
    let failed: unknown;
    await wizard.submit().catch((error: unknown) => (failed = error));
    expect(String(failed)).to.contain('did not load');
  });

  it('on Try again loads the rest and goes on from where the person was, with the name typed', async () => {
    engineFetch('delay-600');
    getButton('Try again', root()).click();
    // While it loads, step 1 is still there and usable: Continue is remembered.
    await waitFor(() => !root().querySelector('[part~="alert"]'));
    const name = getByLabel('Connection name', root());
    name.focus();
    await typeKeys(' Outdoor');
    getButton('Continue', root()).click();
    expect(currentHeading(wizard)).to.equal('Basic Information');
    await waitFor(() => currentHeading(wizard) === 'Merchant Information', 5000);
    part(wizard, 'back-button').click();
    await waitFor(() => currentHeading(wizard) === 'Basic Information');
    expect(getByLabel('Connection name', root()).value).to.equal('Acme Outdoor');
  });

  it('renders a wizard created once the code has loaded whole, without the early step', async () => {
    const second = document.createElement('add-connection-wizard');
    document.body.append(second);
    await second.updateComplete;
    expect(currentHeading(second)).to.equal('Basic Information');
    // The package's own forms registered with the rest of the code.
    expect(customElements.get('infusionsoft-store-form')).to.exist;
    expect(customElements.get('dropstream-warehouse-form')).to.exist;
    second.remove();
  });
});
