import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard } from '../src/index.js';

describe('smoke', () => {
  it('renders step 1', async () => {
    const el = await fixture<AddConnectionWizard>(html`<add-connection-wizard></add-connection-wizard>`);
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal('Basic Information');
    await expect(el).to.be.accessible();
  });
});
