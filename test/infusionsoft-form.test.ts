import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard } from '../src/index.js';
import { attributesContaining, choose, click, errorOf, fill, getByLabel, submittedPayloads } from './helpers.js';
import { readyToSubmit, renderWizard, toStoreStep, typed } from './route.js';

const secret = 'S3cret-Pa55word';

/** A wizard on Store Setup (Infusionsoft) with the store name filled. */
async function onStoreSetup() {
  const wizard = await renderWizard();
  await toStoreStep(wizard);
  await fill('Name', typed.Name, wizard);
  return wizard;
}

/** Store Setup with the required fields of the Infusionsoft form filled. */
async function readyOnStoreSetup() {
  const wizard = await renderWizard();
  await readyToSubmit(wizard);
  return wizard;
}

const errorOfField = (label: string, wizard: AddConnectionWizard) => errorOf(getByLabel(label, wizard));

async function submittedAdapter(wizard: AddConnectionWizard) {
  const payloads = submittedPayloads(wizard);
  await click('Add connection', wizard);
  expect(payloads).to.have.length(1);
  return payloads[0].store!.adapter;
}

describe('the Infusionsoft store form', () => {
  it('is accessible', async () => {
    const form = await fixture(html`<infusionsoft-store-form></infusionsoft-store-form>`);

    await expect(form).to.be.accessible();
  });

  it('stays accessible while it shows errors', async () => {
    const form = await fixture(html`<infusionsoft-store-form></infusionsoft-store-form>`);

    await fill('Application name', 'my.store', form);
    await fill('Username', '', form);

    expect(errorOf(getByLabel('Application name', form))).to.match(/subdomain/i);
    await expect(form).to.be.accessible();
  });

  it('says the user needs Administration privileges', async () => {
    const wizard = await onStoreSetup();

    const form = wizard.shadowRoot!.querySelector('infusionsoft-store-form')!;
    expect(form.shadowRoot!.textContent).to.contain('Administration privileges');
  });

  it('requires Application name, Username and Password', async () => {
    const wizard = await onStoreSetup();

    await click('Add connection', wizard);

    expect(errorOfField('Application name', wizard)).to.match(/application name/i);
    expect(errorOfField('Username', wizard)).to.match(/username/i);
    expect(errorOfField('Password', wizard)).to.match(/password/i);
  });

  for (const [value, character] of [['my.store', '.'], ['https:mystore', ':'], ['mystore/app', '/']]) {
    it(`refuses an application name with “${character}”`, async () => {
      const wizard = await onStoreSetup();

      await fill('Application name', value, wizard);

      const error = errorOfField('Application name', wizard);
      expect(error).to.match(/subdomain/i);
      expect(error).to.contain(character);
    });
  }

  it('accepts the bare subdomain “mystore”', async () => {
    const wizard = await onStoreSetup();
    await fill('Application name', 'mystore.infusionsoft.com', wizard);

    await fill('Application name', 'mystore', wizard);

    expect(errorOfField('Application name', wizard)).to.equal(undefined);
  });

  it('leaves the optional custom fields out when empty and Pay Status defaults to Paid', async () => {
    const wizard = await readyOnStoreSetup();

    expect(getByLabel('Paid', wizard).checked).to.equal(true);
    expect(await submittedAdapter(wizard)).to.deep.equal({
      app_name: 'brandy', username: 'admin@example.com', password: 'hunter2', pay_status: '1',
    });
  });

  it('sends the custom field names when given', async () => {
    const wizard = await readyOnStoreSetup();
    await fill('Tracking Number Field', '_TrackingNumber', wizard);
    await fill('Shipment Date Field', '_ShipDate', wizard);

    const adapter = await submittedAdapter(wizard);

    expect(adapter).to.include({ tracking_number_custom_field_name: '_TrackingNumber', shipment_date_custom_field_name: '_ShipDate' });
  });

  it('sends pay_status "none" for Not Required', async () => {
    const wizard = await readyOnStoreSetup();

    await choose('Not Required', wizard);

    expect(await submittedAdapter(wizard)).to.include({ pay_status: 'none' });
  });

  it('masks the password, Show reveals it and Hide masks it again', async () => {
    const wizard = await onStoreSetup();
    await fill('Password', secret, wizard);
    expect(getByLabel('Password', wizard).type).to.equal('password');

    await click('Show', wizard);
    expect(getByLabel('Password', wizard).type).to.equal('text');
    expect(getByLabel('Password', wizard).value).to.equal(secret);

    await click('Hide', wizard);
    expect(getByLabel('Password', wizard).type).to.equal('password');
  });

  it('never writes the password into an attribute', async () => {
    const wizard = await onStoreSetup();
    await fill('Password', secret, wizard);
    await click('Show', wizard);
    await click('Add connection', wizard);

    expect(getByLabel('Password', wizard).value).to.equal(secret);
    expect(attributesContaining(secret)).to.deep.equal([]);
  });
});
