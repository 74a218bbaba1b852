// Choosing among 10,000 merchants, or among the host's own search results, as a person
// would: by keyboard and by pointer, with what is sent checked.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { AddConnectionWizard, Merchant } from '../src/index.js';
import { click, currentHeading, fill, getButton, getByLabel, recordingEndpoint, settle, typeKeys, useBackend, waitFor } from './helpers.js';
import { es } from '../src/locales/es.js';
import { en } from '../src/messages.js';
import { readyToSubmit, toMerchantStep, typed } from './route.js';

const words = ['Acme', 'Brand', 'Oak', 'Ember', 'North', 'Harbor', 'Pine', 'Summit', 'River', 'Stone'];
/** 10,000 merchants with names like "Oak Summit 3207", each with two warehouses and a store. */
const manyMerchants: Merchant[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: 10_000 + i,
  company_name: `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${i}`,
  warehouses: [{ id: i * 10 + 1, name: `Main ${i}` }, { id: i * 10 + 2, name: `Overflow ${i}` }],
  stores: [{ id: i * 10 + 3, name: `Store ${i}`, platform: 'infusionsoft' }],
}));

async function wizardAtMerchants(o: { merchants?: Merchant[]; searchMerchants?: AddConnectionWizard['searchMerchants']; lang?: string } = {}) {
  const endpoint = recordingEndpoint();
  await useBackend(endpoint.handler);
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections" lang=${o.lang ?? 'en'}
    .merchants=${o.merchants ?? []} .searchMerchants=${o.searchMerchants}></add-connection-wizard>`);
  await toMerchantStep(wizard, { messages: o.lang === 'es' ? es : en });
  return { wizard, endpoint };
}

const listOf = (input: HTMLInputElement) => (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-controls')!)!;
const options = (input: HTMLInputElement) => [...listOf(input).querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());
const announced = (input: HTMLInputElement) => (input.closest('.field')!.querySelector('[role=status]')!.textContent ?? '').trim();

async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await typeKeys(text);
  await settle();
}

async function finishAndSubmit(wizard: AddConnectionWizard) {
  await click('Continue', wizard);
  await click('Continue', wizard);
  await click('Use existing store', wizard).catch(() => undefined);
  getByLabel('Create new store', wizard).click();
  await settle();
  await readyToSubmit(wizard);
  await click('Add connection', wizard);
}

describe('choosing among 10,000 merchants', () => {
  it('is a combobox with at most 50 options in the DOM, and says so', async () => {
    const { wizard } = await wizardAtMerchants({ merchants: manyMerchants });
    const input = getByLabel('Existing merchants', wizard);

    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle();

    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options(input)).to.have.length(50);
    expect(announced(input)).to.equal('50 of 10,000 shown, type to narrow.');
  });

  it('is chosen by keyboard: type, arrow, Enter; the customer_id sent is that merchant’s', async () => {
    const { wizard, endpoint } = await wizardAtMerchants({ merchants: manyMerchants });
    const input = getByLabel('Existing merchants', wizard);

    await typeInto(input, 'oak summit 32');
    expect(options(input)).to.deep.equal(['Oak Summit 3272']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(input.value).to.equal('Oak Summit 3272');
    await finishAndSubmit(wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests[0].body).to.deep.include({ customer_id: 13_272, warehouse_id: 32_721 });
  });

  it('finds a merchant by its number, and puts word starts first', async () => {
    const { wizard } = await wizardAtMerchants({ merchants: manyMerchants });
    const input = getByLabel('Existing merchants', wizard);

    await typeInto(input, '17342');
    expect(options(input)).to.deep.equal([manyMerchants[7342].company_name]);

    input.select();
    await sendKeys({ press: 'Backspace' });
    await typeInto(input, 'ston');
    const shown = options(input);
    expect(shown[0].startsWith('Stone')).to.equal(true);
    expect(shown.every((name) => /(^|\s)ston/i.test(name))).to.equal(true);
  });

  it('is chosen by pointer, and offers that merchant’s warehouses', async () => {
    const { wizard, endpoint } = await wizardAtMerchants({ merchants: manyMerchants });
    const input = getByLabel('Existing merchants', wizard);
    await typeInto(input, 'River Pine 9');
    const option = [...listOf(input).querySelectorAll<HTMLElement>('[role=option]')].find((o) => o.textContent!.trim() === 'River Pine 9668')!;

    option.click();
    await settle();
    await click('Continue', wizard);

    expect(getByLabel('Main 9668', wizard).checked).to.equal(true);
    getByLabel('Overflow 9668', wizard).click();
    await settle();
    await click('Continue', wizard);
    getByLabel('Create new store', wizard).click();
    await settle();
    await readyToSubmit(wizard);
    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 1);
    expect(endpoint.requests[0].body).to.deep.include({ customer_id: 19_668, warehouse_id: 96_682 });
  });

  it('is accessible with the list open, in English and Spanish', async () => {
    for (const lang of ['en', 'es']) {
      const { wizard } = await wizardAtMerchants({ merchants: manyMerchants, lang });
      const input = getByLabel(lang === 'es' ? 'Comerciantes existentes' : 'Existing merchants', wizard);
      input.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      if (lang === 'es') expect(announced(input)).to.equal('Se muestran 50 de 10.000; escriba para acotar.');
      await expect(wizard).to.be.accessible();
    }
  });
});

describe('a merchant with many warehouses and stores', () => {
  it('offers them in the same combobox, found by name or number', async () => {
    const merchant: Merchant = {
      id: 5,
      company_name: 'Big Co',
      warehouses: Array.from({ length: 12 }, (_, i) => ({ id: 700 + i, name: `Warehouse ${String.fromCharCode(65 + i)}` })),
      stores: Array.from({ length: 9 }, (_, i) => ({ id: 900 + i, name: `Shop ${i}`, platform: 'infusionsoft' })),
    };
    const { wizard, endpoint } = await wizardAtMerchants({ merchants: [merchant] });
    getByLabel('Big Co', wizard).click();
    await settle();
    await click('Continue', wizard);

    const warehouse = getByLabel('Warehouse', wizard);
    expect(warehouse.getAttribute('role')).to.equal('combobox');
    expect(warehouse.value).to.equal('Warehouse A');
    await typeInto(warehouse, '711');
    expect(options(warehouse)).to.deep.equal(['Warehouse L']);
    await sendKeys({ press: 'Enter' });
    await settle();
    await click('Continue', wizard);
    getByLabel('Use existing store', wizard).click();
    await settle();
    const store = wizard.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
    expect(store.labels![0].textContent).to.equal('Existing stores');
    expect(getByLabel('Existing stores', wizard)).to.equal(store);
    await typeInto(store, 'Shop 7');
    await sendKeys({ press: 'Enter' });
    await settle();
    await click('Add connection', wizard);

    await waitFor(() => endpoint.requests.length === 1);
    expect(endpoint.requests[0].body).to.deep.equal({ name: typed['Connection name'], customer_id: 5, warehouse_id: 711, store_id: 907 });
  });
});

describe('searching the host’s merchants (searchMerchants)', () => {
  const found: Merchant[] = [{ id: 'm-7', company_name: 'Found Co', warehouses: [{ id: 'w-1', name: 'Found WH' }] }];

  it('searches once typing pauses, aborts the previous search, and sends the chosen merchant', async () => {
    const calls: { query: string; signal: AbortSignal }[] = [];
    const { wizard, endpoint } = await wizardAtMerchants({
      searchMerchants: (query, { signal }) => {
        calls.push({ query, signal });
        return new Promise((resolve) => setTimeout(() => resolve(found), 300));
      },
    });
    const input = getByLabel('Existing merchants', wizard);

    await typeInto(input, 'Fou');
    await waitFor(() => calls.length >= 1);
    const first = calls.length;
    await typeKeys('nd');
    await waitFor(() => options(input).includes('Found Co'));
    // Every search before the last was aborted by the keystroke after it.
    expect(calls.length).to.be.greaterThan(first);
    expect(calls.at(-1)!.query).to.equal('Found');
    expect(calls.slice(0, -1).every((c) => c.signal.aborted)).to.equal(true);
    expect(calls.at(-1)!.signal.aborted).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle();
    await click('Continue', wizard);
    expect(getByLabel('Found WH', wizard).checked).to.equal(true);
    await click('Continue', wizard);
    await fill('Name', 'Found Store', wizard);
    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    await waitFor(() => endpoint.requests.length === 1);
    expect(endpoint.requests[0].body).to.deep.include({ customer_id: 'm-7', warehouse_id: 'w-1' });
  });

  it('shows a slow search as busy, then its results', async () => {
    let answer!: (merchants: Merchant[]) => void;
    const { wizard } = await wizardAtMerchants({ searchMerchants: () => new Promise((resolve) => (answer = resolve)) });
    const input = getByLabel('Existing merchants', wizard);

    await typeInto(input, 'Found');
    await waitFor(() => typeof answer === 'function');
    await settle();
    expect(input.getAttribute('aria-busy')).to.equal('true');
    expect(announced(input)).to.equal('Searching…');

    answer(found);
    await waitFor(() => options(input).includes('Found Co'));
    expect(input.getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps what was typed when the search fails, and tries again', async () => {
    let fail = true;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { wizard } = await wizardAtMerchants({ searchMerchants: async () => (fail ? Promise.reject(new Error('502')) : found) });
      const input = getByLabel('Existing merchants', wizard);

      await typeInto(input, 'Found');
      await waitFor(() => announced(input) === 'The search failed.');
      // One report per failed search: on a slow machine a search may run before the last key too.
      const failures = errors.length;
      expect(failures).to.be.at.least(1);
      expect(input.value).to.equal('Found');
      fail = false;
      // A listbox holds options only: Try again sits beside it, and the open list stays accessible.
      expect(listOf(input).querySelector('button')).to.equal(null);
      await expect(wizard).to.be.accessible();
      getButton('Try again', wizard).click();

      await waitFor(() => options(input).includes('Found Co'));
      expect(errors).to.have.length(failures);
    } finally {
      console.error = consoleError;
    }
  });

  it('shows the chosen merchant again when the box is left with other text', async () => {
    const { wizard } = await wizardAtMerchants({ searchMerchants: async (q) => (q.startsWith('F') ? found : []) });
    const input = getByLabel('Existing merchants', wizard);
    await typeInto(input, 'Found');
    await waitFor(() => options(input).includes('Found Co'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle();

    await typeInto(input, 'zzz');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await sendKeys({ press: 'Tab' });
    await settle();

    expect(input.value).to.equal('Found Co');
  });

  it('offers no result of the previous query while the next one runs', async () => {
    const db: Merchant[] = [{ id: 1, company_name: 'Alpha Co' }, { id: 2, company_name: 'Beta Co' }];
    const { wizard } = await wizardAtMerchants({
      searchMerchants: (q) => new Promise((resolve) => setTimeout(() => resolve(db.filter((m) => m.company_name.startsWith(q))), q.startsWith('B') ? 2000 : 10)),
    });
    const input = getByLabel('Existing merchants', wizard);
    await typeInto(input, 'Al');
    await waitFor(() => options(input).includes('Alpha Co'));

    await typeInto(input, 'Be');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(options(input)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await settle();

    expect(input.value).to.equal('Be');
  });

  it('shows the results in the host’s order', async () => {
    const ranked: Merchant[] = [{ id: 2, company_name: 'Zeta Co' }, { id: 1, company_name: 'Alpha Co' }];
    const { wizard } = await wizardAtMerchants({ searchMerchants: async () => ranked });
    const input = getByLabel('Existing merchants', wizard);

    await typeInto(input, 'Co');
    await waitFor(() => options(input).length === 2);
    expect(options(input)).to.deep.equal(['Zeta Co', 'Alpha Co']);
  });

  it('says nothing matched', async () => {
    const { wizard } = await wizardAtMerchants({ searchMerchants: async () => [] });
    const input = getByLabel('Existing merchants', wizard);

    await typeInto(input, 'Zzz');
    await waitFor(() => announced(input) === 'No merchant matches. Check the spelling, or try the merchant’s number.');
  });
});

describe('the platform list’s cap', () => {
  it('holds for ranked platforms too', async () => {
    const ranked = Array.from({ length: 2000 }, (_, i) => ({ id: `p${i}`, label: `Platform ${i}`, kind: 'store' as const, rank: i + 1, fields: [{ name: 'a', label: 'A', type: 'text' as const }] }));
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard .platforms=${ranked}></add-connection-wizard>`);
    await fill('Connection name', 'C', wizard);
    await click('Continue', wizard);
    await fill('Company name', 'B', wizard);
    await click('Continue', wizard);
    await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
    await click('Continue', wizard);
    const input = getByLabel('Platform', wizard);
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle();

    expect(options(input)).to.have.length(50);
    expect(options(input)[0]).to.equal('Platform 1999');
  });
});
