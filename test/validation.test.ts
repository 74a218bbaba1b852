import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { choose, click, currentHeading, deepActiveElement, errorOf, fill, getByLabel, getGroup, recordingEndpoint, submittedPayloads, useBackend, waitFor } from './helpers.js';
import { merchants, readyToSubmit, renderWizard, toMerchantStep, toStoreStep, typed } from './route.js';

const field = (label: string, wizard: AddConnectionWizard) => getByLabel(label, wizard);

describe('validation of the wizard’s own fields', () => {
  describe('Basic Information', () => {
    it('shows no error before the user touched the field or pressed Continue', async () => {
      const wizard = await renderWizard();

      expect(errorOf(field('Connection name', wizard))).to.equal(undefined);
      expect(field('Connection name', wizard).getAttribute('aria-invalid')).to.equal('false');
    });

    it('shows “required” once the user left the field empty', async () => {
      const wizard = await renderWizard();

      await fill('Connection name', '', wizard);

      expect(errorOf(field('Connection name', wizard))).to.match(/enter a name/i);
    });

    it('Continue on an empty name shows the error, focuses the field and stays on step 1', async () => {
      const wizard = await renderWizard();

      await click('Continue', wizard);

      const name = field('Connection name', wizard);
      expect(errorOf(name)).to.match(/enter a name/i);
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(deepActiveElement()).to.equal(name);
      expect(currentHeading(wizard)).to.equal('Basic Information');
    });

    it('a name of spaces only is not a name', async () => {
      const wizard = await renderWizard();

      await fill('Connection name', '    ', wizard);
      await click('Continue', wizard);

      expect(errorOf(field('Connection name', wizard))).to.match(/enter a name/i);
      expect(currentHeading(wizard)).to.equal('Basic Information');
    });

    it('the error disappears once the name is given', async () => {
      const wizard = await renderWizard();
      await click('Continue', wizard);

      await fill('Connection name', 'Brand X — Infusionsoft → ACME WMS', wizard);

      expect(errorOf(field('Connection name', wizard))).to.equal(undefined);
      await click('Continue', wizard);
      expect(currentHeading(wizard)).to.equal('Merchant Information');
    });
  });

  describe('Merchant Information, new merchant', () => {
    async function onStep2() {
      const wizard = await renderWizard();
      await toMerchantStep(wizard);
      return wizard;
    }

    it('shows no error on arrival', async () => {
      const wizard = await onStep2();

      expect(errorOf(field('Company name', wizard))).to.equal(undefined);
    });

    it('requires the company name', async () => {
      const wizard = await onStep2();

      await click('Continue', wizard);

      const company = field('Company name', wizard);
      expect(errorOf(company)).to.match(/company name/i);
      expect(deepActiveElement()).to.equal(company);
      expect(currentHeading(wizard)).to.equal('Merchant Information');
    });

    it('keeps the other values the user typed when the company name is missing', async () => {
      const wizard = await onStep2();
      await fill('City', 'New York', wizard);
      await fill('Country', 'USA', wizard);

      await click('Continue', wizard);

      expect(field('City', wizard).value).to.equal('New York');
      expect(field('Country', wizard).value).to.equal('USA');
      expect(errorOf(field('City', wizard))).to.equal(undefined);
    });

    it('keeps the connection name when the user goes back to fix it', async () => {
      const wizard = await onStep2();

      await click('Back', wizard);

      expect(field('Connection name', wizard).value).to.equal(typed['Connection name']);
    });
  });

  describe('the new merchant in the request', () => {
    async function sendWithAddress(address: Record<string, string>) {
      const endpoint = recordingEndpoint();
      await useBackend(endpoint.handler);
      const wizard = await renderWizard({ endpoint: '/api/connections' });
      await readyToSubmit(wizard, { merchant: { 'Company name': typed['Company name'], ...address } });
      await click('Add connection', wizard);
      await waitFor(() => endpoint.requests.length > 0);
      return (endpoint.requests[0].body as { customer: unknown }).customer;
    }

    it('leaves empty address fields out and sends the filled ones', async () => {
      const customer = await sendWithAddress({ City: 'New York', 'Zip code': '10001', Country: 'USA' });

      expect(customer).to.deep.equal({ company_name: 'Brand Y', city: 'New York', zip: '10001', country: 'USA' });
    });

    it('leaves out an address field that holds only spaces', async () => {
      const customer = await sendWithAddress({ 'Address line 1': '1 Main St', 'Address line 2': '   ' });

      expect(customer).to.deep.equal({ company_name: 'Brand Y', address1: '1 Main St' });
    });
  });

  describe('Merchant Information, existing merchant', () => {
    async function onStep2WithMerchants() {
      const wizard = await renderWizard({ merchants });
      await toMerchantStep(wizard);
      return wizard;
    }

    it('asks the user to choose a merchant before continuing', async () => {
      const wizard = await onStep2WithMerchants();

      await click('Continue', wizard);

      const list = getGroup('Existing merchants', wizard);
      expect(errorOf(list)).to.equal('Choose a merchant.');
      expect(list.contains(deepActiveElement())).to.equal(true);
      expect(currentHeading(wizard)).to.equal('Merchant Information');
    });

    it('the error disappears once a merchant is chosen', async () => {
      const wizard = await onStep2WithMerchants();
      await click('Continue', wizard);

      await choose('Oak & Ember', wizard);

      expect(errorOf(getGroup('Existing merchants', wizard))).to.equal(undefined);
      await click('Continue', wizard);
      expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    });
  });

  describe('Store Setup', () => {
    it('requires the store’s name and keeps the credentials typed', async () => {
      const endpoint = recordingEndpoint();
      await useBackend(endpoint.handler);
      const wizard = await renderWizard({ endpoint: '/api/connections' });
      const payloads = submittedPayloads(wizard);
      await toStoreStep(wizard);
      await fill('Application name', 'brandy', wizard);
      await fill('Username', 'admin@example.com', wizard);

      await click('Add connection', wizard);

      const name = field('Name', wizard);
      expect(errorOf(name)).to.match(/store’s name/i);
      expect(deepActiveElement()).to.equal(name);
      expect(currentHeading(wizard)).to.equal('Store Setup');
      expect(field('Application name', wizard).value).to.equal('brandy');
      expect(field('Username', wizard).value).to.equal('admin@example.com');
      expect(payloads, 'acw-submit').to.deep.equal([]);
      expect(endpoint.requests).to.have.length(0);
    });
  });
});
