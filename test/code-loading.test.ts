// The wizard's first step before the rest of its code has arrived (a slow network), and
// when that code cannot be fetched at all. The test server holds back or fails
// /src/wizard-engine.ts while the `acw-engine` cookie says so (web-test-runner.config.js).
// Each case is a host page of its own in a frame, under a path of its own: a page fetches
// that module once, and a browser may keep an earlier page's copy.
import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { currentHeading, getButton, getByLabel, part, waitFor } from './helpers.js';

const engineFetch = (how?: 'fail' | `delay-${number}`) => {
  document.cookie = how ? `acw-engine=${how}; path=/` : 'acw-engine=; path=/; max-age=0';
};

let frame: HTMLIFrameElement;
let runs = 0;

/** The host page in a frame; resolves once its wizard is defined (its first step may still be all it has). */
async function openHostPage() {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 720px; height: 640px';
  runs += 1;
  frame.src = `/run-${Date.now()}-${runs}/test/code-loading/page.html`;
  document.body.append(frame);
  return waitFor(() => {
    const wizard = frame.contentDocument?.querySelector<AddConnectionWizard>('add-connection-wizard');
    return wizard?.shadowRoot?.querySelector('[part~="heading"]') ? wizard : undefined;
  }, 10000);
}

/** Types into the wizard's connection name as a person would, field by field events included. */
function typeName(wizard: AddConnectionWizard, value: string) {
  const field = getByLabel('Connection name', wizard.shadowRoot!);
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value, bubbles: true, composed: true }));
  field.blur();
}

describe('the first step while the rest of the code loads', () => {
  afterEach(() => {
    engineFetch();
    frame?.remove();
  });

  it('shows step 1 at once and takes typing; Continue goes on when the rest arrives, with the name', async () => {
    engineFetch('delay-2500');
    const wizard = await openHostPage();
    // The rest of the code registers the package's forms: not yet arrived.
    const arrived = () => Boolean(frame.contentWindow!.customElements.get('infusionsoft-store-form'));
    // Step 1 is there, and usable, before the held-back code.
    expect(currentHeading(wizard)).to.equal('Basic Information');
    typeName(wizard, 'Acme Outdoor');
    getButton('Continue', wizard.shadowRoot!).click();
    expect(arrived()).to.equal(false);
    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(wizard.currentStep).to.equal(1);
    // The Continue pressed meanwhile is done once the code arrives: the name was valid.
    await waitFor(() => currentHeading(wizard) === 'Merchant Information', 10000);
    part(wizard, 'back-button').click();
    await waitFor(() => currentHeading(wizard) === 'Basic Information');
    expect(getByLabel('Connection name', wizard.shadowRoot!).value).to.equal('Acme Outdoor');
    // The package's own forms registered with the rest of the code.
    expect(arrived()).to.equal(true);
    expect(frame.contentWindow!.customElements.get('dropstream-warehouse-form')).to.exist;
  });

  it('checks the name typed early once the rest arrives: an empty name stops Continue with its error', async () => {
    engineFetch('delay-800');
    const wizard = await openHostPage();
    getButton('Continue', wizard.shadowRoot!).click();
    const field = await waitFor(() => {
      const input = getByLabel('Connection name', wizard.shadowRoot!);
      return input.getAttribute('aria-invalid') === 'true' ? input : undefined;
    }, 10000);
    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(wizard.shadowRoot!.querySelector('[part~="error-summary"]')?.textContent).to.contain('Enter a name for the connection.');
    expect(field.value).to.equal('');
  });

  it('says so beside step 1 when the rest cannot load, keeps the name, and loads it on Reload page', async () => {
    engineFetch('fail');
    const wizard = await openHostPage();
    const alert = await waitFor(() => wizard.shadowRoot!.querySelector<HTMLElement>('[part~="alert"]'), 10000);
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('The wizard could not load. Check your internet connection, then reload the page.');
    expect(currentHeading(wizard)).to.equal('Basic Information');
    typeName(wizard, 'Acme');
    getButton('Continue', wizard.shadowRoot!).click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(currentHeading(wizard)).to.equal('Basic Information');
    // Continue says why it cannot go on: the alert takes the focus.
    expect(wizard.shadowRoot!.activeElement).to.equal(alert);
    expect(getByLabel('Connection name', wizard.shadowRoot!).value).to.equal('Acme');
    let failed: unknown;
    await wizard.submit().catch((error: unknown) => (failed = error));
    expect(String(failed)).to.contain('did not load');

    // Reload page loads the page again, where the code is fetched anew.
    const before = frame.contentDocument;
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    getButton('Reload page', wizard.shadowRoot!).click();
    await reloaded;
    expect(frame.contentDocument).not.to.equal(before);
    expect(frame.contentDocument!.querySelector('add-connection-wizard')).to.exist;
  });
});
