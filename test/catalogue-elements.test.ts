import { expect } from '@open-wc/testing';
import { settle, pause, useBackend } from './helpers.js';
import { renderWizard, toStoreStep } from './route.js';
import { fill } from './helpers.js';

describe('review: catalogue', () => {
  it('C1 a fetched catalogue cannot make the wizard instantiate any element defined on the page (here: itself)', async () => {
    await useBackend();
    const problems: string[] = [];
    const wizard = await renderWizard({ endpoint: '/api/connections' });
    wizard.addEventListener('acw-catalogue-problem', (e) => problems.push((e as CustomEvent).detail.message));
    wizard.platforms = [{ id: 'evil', label: 'Aaa Evil', kind: 'store', element: 'add-connection-wizard' }] as never;
    await settle();
    await toStoreStep(wizard);
    await fill('Name', 'S', wizard);
    const select = wizard.shadowRoot!.querySelector('select') as HTMLSelectElement | null;
    const input = wizard.shadowRoot!.querySelector('[id="f-store-platform"]') as HTMLInputElement;
    if (select) { select.value = 'evil'; select.dispatchEvent(new Event('change', { bubbles: true, composed: true })); select.dispatchEvent(new Event('input', { bubbles: true, composed: true })); }
    await settle(); await pause(100);
    const nested = wizard.shadowRoot!.querySelectorAll('add-connection-wizard').length;
    void input;
    expect({ nested, problems }).to.deep.equal({ nested: 0, problems: ['platforms[0] "evil": element: expected a loader for <add-connection-wizard> in platformLoaders, or the element defined'] });
  });
});
