import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, deepActiveElement, errorOf, fill, getByLabel, settle, stepEntry } from './helpers.js';
import { readyToSubmit, renderWizard, toMerchantStep, toStoreStep } from './route.js';

const steps = ['Basic Information', 'Merchant Information', 'Warehouse Setup', 'Store Setup'];

async function clickStep(wizard: AddConnectionWizard, title: string) {
  const button = stepEntry(wizard, title).querySelector('button');
  if (!button) throw new Error(`"${title}" is not a button in the step list`);
  button.click();
  await settle();
}

const valueOf = (label: string, wizard: AddConnectionWizard) => getByLabel(label, wizard).value;

describe('navigation', () => {
  it('keeps every value through Back and Continue', async () => {
    const wizard = await renderWizard();
    await readyToSubmit(wizard, {
      merchant: { 'Company name': 'Brand Y', City: 'New York', Country: 'USA' },
      store: {
        Name: 'Brand Y Store',
        'Application name': 'brandy',
        Username: 'admin@example.com',
        Password: 'hunter2',
        'Tracking Number Field': 'Tracking',
        'Shipment Date Field': 'Shipped on',
        'Not Required': true,
      },
    });

    for (let i = 0; i < 3; i++) await click('Back', wizard);
    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(valueOf('Connection name', wizard)).to.equal('Brand Y — Infusionsoft → ACME WMS');
    await click('Continue', wizard);
    expect([valueOf('Company name', wizard), valueOf('City', wizard), valueOf('Country', wizard)]).to.deep.equal(['Brand Y', 'New York', 'USA']);
    await click('Continue', wizard);
    expect(valueOf('Connection string', wizard)).to.equal('sftp://wh1:secret@ftp.example.com');
    await click('Continue', wizard);
    expect(['Name', 'Application name', 'Username', 'Password', 'Tracking Number Field', 'Shipment Date Field'].map((l) => valueOf(l, wizard)))
      .to.deep.equal(['Brand Y Store', 'brandy', 'admin@example.com', 'hunter2', 'Tracking', 'Shipped on']);
    expect(getByLabel('Not Required', wizard).checked).to.be.true;
  });

  it('goes Back from a step that is not valid yet', async () => {
    const wizard = await renderWizard();
    await toMerchantStep(wizard);

    await click('Back', wizard);

    expect(currentHeading(wizard)).to.equal('Basic Information');
  });

  it('marks only the current step with aria-current="step"', async () => {
    const wizard = await renderWizard();
    await fill('Connection name', 'A', wizard);

    await click('Continue', wizard);

    expect(steps.map((s) => stepEntry(wizard, s).getAttribute('aria-current') === 'step')).to.deep.equal([false, true, false, false]);
  });

  it('makes completed steps buttons that return to them', async () => {
    const wizard = await renderWizard();
    await toStoreStep(wizard);

    await clickStep(wizard, 'Merchant Information');

    expect(currentHeading(wizard)).to.equal('Merchant Information');
    expect(valueOf('Company name', wizard)).to.equal('Brand Y');
  });

  it('does not make future steps clickable', async () => {
    const wizard = await renderWizard();
    await toMerchantStep(wizard);

    expect(steps.map((s) => stepEntry(wizard, s).querySelector('button') !== null)).to.deep.equal([true, false, false, false]);
  });

  it('validates when going forward through the step list', async () => {
    const wizard = await renderWizard();
    await toStoreStep(wizard);
    await clickStep(wizard, 'Basic Information');
    await fill('Connection name', '', wizard);

    await clickStep(wizard, 'Store Setup');

    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(errorOf(getByLabel('Connection name', wizard))).to.equal('Enter a name for the connection.');
  });

  it('goes forward through the step list when the steps are valid', async () => {
    const wizard = await renderWizard();
    await toStoreStep(wizard);
    await clickStep(wizard, 'Basic Information');

    await clickStep(wizard, 'Store Setup');

    expect(currentHeading(wizard)).to.equal('Store Setup');
  });

  it('moves the focus to the heading of the new step', async () => {
    const wizard = await renderWizard();
    await fill('Connection name', 'A', wizard);
    const focused: string[] = [];
    const record = () => focused.push(`${deepActiveElement()?.tagName} ${deepActiveElement()?.textContent}`);

    await click('Continue', wizard);
    record();
    await click('Back', wizard);
    record();
    await clickStep(wizard, 'Merchant Information');
    record();

    expect(focused).to.deep.equal(['H2 Merchant Information', 'H2 Basic Information', 'H2 Merchant Information']);
  });
});
