// Definitions that name a form element of the host's instead of fields: loaded by the
// wizard's `platformLoaders` only once the platform is chosen.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { click, currentHeading, errorOf, fill, getButton, getByLabel, pause, queryByLabel, settle, typeKeys, useBackend, waitFor } from './helpers.js';
import { generatedPlatforms, submitBody } from './platform-helpers.js';
import { renderWizard, toStoreStep } from './route.js';

const imported = () => Boolean((globalThis as { codeFormsImported?: boolean }).codeFormsImported);
const acme: PlatformDefinition = { id: 'acme', label: 'Acme Commerce', kind: 'store', element: 'acme-code-form' };
const flaky: PlatformDefinition = { id: 'flaky', label: 'Flaky Commerce', kind: 'store', element: 'flaky-code-form' };

async function storeSetup(platforms: PlatformDefinition[], platformLoaders: AddConnectionWizard['platformLoaders']) {
  const wizard = await renderWizard({ endpoint: '/api/connections' });
  wizard.platformLoaders = platformLoaders;
  wizard.platforms = platforms;
  await settle();
  await toStoreStep(wizard);
  await fill('Name', 'Acme Store', wizard);
  return wizard;
}

/** Chooses a platform in the searchable picker, as a keyboard user does. */
async function pickInCombobox(wizard: AddConnectionWizard, label: string) {
  const input = getByLabel('Platform', wizard);
  input.focus();
  await typeKeys(label);
  await sendKeys({ press: 'Enter' });
  await settle();
}

describe('code forms in a catalogue', () => {
  before(async function () {
    this.timeout(30_000);
    await useBackend();
  });

  it('loads no platform code up front in a 100-platform catalogue, and loads the chosen one', async () => {
    const calls: string[] = [];
    const loader = (tag: string) => () => {
      calls.push(tag);
      return import('./fixtures/code-forms.js');
    };
    const catalogue = [...generatedPlatforms(97), acme, { ...acme, id: 'other', label: 'Other Commerce', element: 'other-code-form' }];
    const wizard = await storeSetup(catalogue, { 'acme-code-form': loader('acme-code-form'), 'other-code-form': loader('other-code-form') });
    await pause(50);
    expect(calls, 'loaders run before a choice').to.deep.equal([]);
    expect(imported(), 'the module was imported before a choice').to.be.false;

    await pickInCombobox(wizard, 'Acme Commerce');
    const account = await waitFor(() => getByLabel('Account ID', wizard));

    expect(calls).to.deep.equal(['acme-code-form']);
    expect((account.getRootNode() as ShadowRoot).host.localName).to.equal('acme-code-form');
    await click('Add connection', wizard);
    expect(errorOf(getByLabel('Account ID', wizard))).to.equal('Enter the account ID.');
    await fill('Account ID', 'A-1', wizard);
    const body = await submitBody(wizard);
    expect(body.store).to.deep.equal({ name: 'Acme Store', platform: 'acme', adapter: { account: 'A-1' } });
  });

  it('says so inline when the loader fails, and tries again on request', async () => {
    let attempts = 0;
    const wizard = await storeSetup([flaky], {
      'flaky-code-form': () => (++attempts === 1 ? Promise.reject(new Error('offline')) : import('./fixtures/code-forms.js').then((m) => ({ default: m.FlakyCodeForm }))),
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const picker = getByLabel<HTMLSelectElement>('Platform', wizard);
      picker.value = 'flaky';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      const alert = await waitFor(() => wizard.shadowRoot!.querySelector('.platform-form [role=alert]'));
      expect(alert.textContent).to.contain('could not be loaded');
      expect(queryByLabel('Account ID', wizard)).to.equal(undefined);
      await expect(wizard).to.be.accessible();

      await click('Try again', wizard);

      await waitFor(() => getByLabel('Account ID', wizard));
      expect(attempts).to.equal(2);
      expect(wizard.shadowRoot!.querySelector('.platform-form [role=alert]')).to.equal(null);
      expect(getButton('Test connection', wizard)).to.exist;
    } finally {
      console.warn = warn;
    }
  });

  it('refuses a code form without a loader, naming it, and keeps the other platforms', async () => {
    const problems: string[] = [];
    const warn = console.warn;
    console.warn = () => {};
    try {
      const wizard = await renderWizard({ endpoint: '/api/connections' });
      wizard.addEventListener('acw-catalogue-problem', (e) => problems.push(e.detail.message));
      wizard.platforms = [{ ...acme, element: 'unloaded-code-form' }, ...generatedPlatforms(1)];
      await settle();
      await toStoreStep(wizard);

      expect(problems).to.deep.equal(['platforms[0] "acme": element: expected a loader for <unloaded-code-form> in platformLoaders, or the element defined']);
      const offered = [...getByLabel<HTMLSelectElement>('Platform', wizard).options].map((o) => o.value);
      expect(offered).to.include('p0').and.not.include('acme');
      expect(currentHeading(wizard)).to.equal('Store Setup');
    } finally {
      console.warn = warn;
    }
  });
});
