// Regressions found in the release review: each test is a scenario that once went wrong.
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { shopify, wooCommerce } from '../src/platforms/index.js';
import { click, currentHeading, errorOf, fill, getByLabel, queryButton, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { merchants, readyToSubmit, renderWizard, toStoreStep } from './route.js';

const wizardWith = () => renderWizard({ endpoint: '/api/connections' });

describe('release review', () => {
  it('refuses a platform the catalogue no longer offers instead of sending an empty adapter', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await wizardWith();
    wizard.platforms = [shopify, wooCommerce];
    await toStoreStep(wizard);
    await fill('Name', 'Brand Y Store', wizard);
    const platform = getByLabel<HTMLSelectElement>('Platform', wizard);
    platform.value = 'shopify';
    platform.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();

    wizard.platforms = [];
    await settle();
    await click('Add connection', wizard);

    expect(endpoint.requests).to.have.length(0);
    expect(errorOf(getByLabel('Platform', wizard))).to.equal('Choose a platform.');
  });

  it('keeps Cancel from hiding a request in flight', async () => {
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    await useBackend(http.post('/api/connections', async () => {
      await answered;
      return HttpResponse.json({ id: 7 }, { status: 201 });
    }));
    const wizard = await wizardWith();
    const events: string[] = [];
    for (const type of ['acw-cancel', 'acw-success'] as const) wizard.addEventListener(type, () => events.push(type));
    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    await click('Cancel', wizard);
    release();

    await waitFor(() => events.includes('acw-success'));
    expect(events).to.deep.equal(['acw-success']);
  });

  it('lets a request finish when the element is moved, as portals and modals do', async () => {
    await useBackend(http.post('/api/connections', async () => {
      await delay(100);
      return HttpResponse.json({ id: 8 }, { status: 201 });
    }));
    const wizard = await wizardWith();
    let id: unknown;
    wizard.addEventListener('acw-success', (e) => (id = e.detail.id));
    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(wizard);

    await waitFor(() => id === 8);
    expect(currentHeading(wizard)).to.equal('Connection created');
    elsewhere.remove();
  });

  it('makes late merchants the default even after the connection name was typed', async () => {
    const wizard = await wizardWith();
    await fill('Connection name', 'Brand X — Infusionsoft → ACME WMS', wizard);

    wizard.merchants = merchants;
    await click('Continue', wizard);

    expect(getByLabel('Use existing merchant', wizard).checked).to.equal(true);
  });

  it('leaves out a broken definition with a warning and keeps the good ones', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wizard = await wizardWith();
      const broken = { ...shopify, id: 'broken', label: 'Broken', fields: [{ name: 'x', label: 'X', type: 'text', pattern: '[a-z' }] };
      wizard.platforms = [broken as typeof shopify, wooCommerce, { ...wooCommerce, id: 'evil', label: 'Evil', helpUrl: 'javascript:alert(1)' }];
      await toStoreStep(wizard);

      const options = Array.from(getByLabel<HTMLSelectElement>('Platform', wizard).options).map((o) => o.textContent?.trim());
      expect(options).to.include('WooCommerce');
      expect(options).not.to.include('Broken');
      expect(options).not.to.include('Evil');
      expect(warnings.join('\n')).to.contain('"broken"').and.to.contain('"evil"');
    } finally {
      console.warn = warn;
    }
  });

  it('clears a passed Test connection once the credentials are edited', async () => {
    await useBackend(http.post('/api/test', () => HttpResponse.json({ ok: true })));
    const wizard = await renderWizard({ testEndpoint: '/api/test' });
    await fill('Connection name', 'C', wizard);
    await click('Continue', wizard);
    await fill('Company name', 'Brand Y', wizard);
    await click('Continue', wizard);
    await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
    await click('Test connection', wizard);
    await waitFor(() => wizard.shadowRoot!.textContent!.includes('Connection test passed'));

    await fill('Connection string', 'sftp://wh1:other@ftp.example.com', wizard);

    expect(wizard.shadowRoot!.textContent).not.to.contain('Connection test passed');
  });

  it('sends no undefined store or warehouse keys alongside ids', async () => {
    await useBackend(recordingEndpoint().handler);
    const wizard = await wizardWith();
    wizard.merchants = merchants;
    let payload: Record<string, unknown> = {};
    wizard.addEventListener('acw-submit', (e) => (payload = e.detail.payload as Record<string, unknown>));
    await fill('Connection name', 'C', wizard);
    await click('Continue', wizard);
    getByLabel('Brand X', wizard).click();
    await settle();
    await click('Continue', wizard);
    await click('Continue', wizard);
    getByLabel('Use existing store', wizard).click();
    await settle();
    getByLabel('Brand X Store', wizard).click();
    await settle();
    await click('Add connection', wizard);

    expect(Object.keys(payload).sort()).to.deep.equal(['customer_id', 'name', 'store_id', 'warehouse_id']);
    expect(queryButton('Add another connection', wizard) ?? currentHeading(wizard)).to.be.ok;
  });
});
