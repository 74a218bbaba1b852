import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import '../src/locales/es.js';
import { click, currentHeading, deepActiveElement, fill, getByLabel, settle } from './helpers.js';
import { renderWizard, toMerchantStep, toStoreStep } from './route.js';

const summaryOf = (wizard: AddConnectionWizard) => wizard.shadowRoot!.querySelector<HTMLElement>('[part~="error-summary"]');
const linksOf = (wizard: AddConnectionWizard) =>
  Array.from(summaryOf(wizard)?.querySelectorAll('a') ?? []).map((a) => a.textContent!.trim());

/** Merchant Information, new merchant, Continue pressed with the company name empty. */
async function failedContinueOnMerchant() {
  const wizard = await renderWizard();
  await toMerchantStep(wizard);
  await click('Continue', wizard);
  return wizard;
}

describe('the error summary', () => {
  it('is absent before anything failed', async () => {
    const wizard = await renderWizard();

    expect(summaryOf(wizard)).to.equal(null);
  });

  it('lists the problem of a failed Continue as a link, in an alert', async () => {
    const wizard = await failedContinueOnMerchant();

    const summary = summaryOf(wizard)!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('There is a problem');
    expect(linksOf(wizard)).to.deep.equal(['Enter the company name of the merchant.']);
    expect(currentHeading(wizard)).to.equal('Merchant Information');
  });

  it('focuses the first invalid field after the failed Continue', async () => {
    const wizard = await failedContinueOnMerchant();

    expect(deepActiveElement()).to.equal(getByLabel('Company name', wizard));
  });

  it('takes the user to the field when its link is followed', async () => {
    const wizard = await failedContinueOnMerchant();
    getByLabel('City', wizard).focus();

    summaryOf(wizard)!.querySelector('a')!.click();
    await settle();

    expect(deepActiveElement()).to.equal(getByLabel('Company name', wizard));
  });

  it('lists every problem of a failed Add connection, in screen order, and links to fields of the platform form', async () => {
    const wizard = await renderWizard();
    await toStoreStep(wizard);

    await click('Add connection', wizard);

    expect(linksOf(wizard)).to.deep.equal([
      'Enter the store’s name as customers see it.',
      'Enter the application name (your Infusionsoft subdomain).',
      'Enter the username of an Infusionsoft administrator.',
      'Enter the password of that administrator.',
    ]);
    expect(deepActiveElement()).to.equal(getByLabel('Name', wizard));
    summaryOf(wizard)!.querySelectorAll('a')[3].click();
    await settle();
    expect(deepActiveElement()).to.equal(getByLabel('Password', wizard));
  });

  it('goes away when the user moves to another step', async () => {
    const wizard = await failedContinueOnMerchant();
    expect(summaryOf(wizard)).to.exist;

    await click('Back', wizard);
    expect(summaryOf(wizard)).to.equal(null);

    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Merchant Information');
    expect(summaryOf(wizard)).to.equal(null);
  });

  it('goes away once the step is fixed and the user continues', async () => {
    const wizard = await failedContinueOnMerchant();

    await fill('Company name', 'Brand Y', wizard);
    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    expect(summaryOf(wizard)).to.equal(null);
  });

  it('speaks the wizard’s language', async () => {
    const wizard = await renderWizard({ lang: 'es' });

    await click('Continuar', wizard);

    expect(summaryOf(wizard)!.textContent).to.contain('Hay un problema');
    expect(linksOf(wizard)).to.deep.equal(['Escriba un nombre para la conexión.']);
  });

  it('is accessible', async () => {
    const wizard = await failedContinueOnMerchant();

    expect(summaryOf(wizard)).to.exist;
    await expect(wizard).to.be.accessible();
  });
});
