// A host that registers the classes under names of its own (classes.js, no side effects).
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { AddConnectionWizard, DropstreamWarehouseForm, InfusionsoftStoreForm } from '../src/classes.js';
import { fill, getByLabel } from './helpers.js';
import { toWarehouseStep } from './route.js';

customElements.define('acme-wizard', AddConnectionWizard);
customElements.define('acme-dropstream', DropstreamWarehouseForm);
customElements.define('acme-infusionsoft', InfusionsoftStoreForm);

describe('the classes under the host’s own tag names', () => {
  it('registers nothing by itself', () => {
    expect(customElements.get('add-connection-wizard')).to.equal(undefined);
  });

  it('renders the built-in warehouse form under the host’s name', async () => {
    const wizard = await fixture<AddConnectionWizard>(staticHtml`<${unsafeStatic('acme-wizard')}></${unsafeStatic('acme-wizard')}>`);
    await toWarehouseStep(wizard);

    await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);

    expect(getByLabel('Connection string', wizard).value).to.equal('sftp://wh1:secret@ftp.example.com');
    expect(wizard.shadowRoot!.querySelector('acme-dropstream')).to.not.equal(null);
    expect(customElements.get('dropstream-warehouse-form')).to.equal(undefined);
  });
});
