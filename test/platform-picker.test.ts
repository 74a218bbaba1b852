import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AddConnectionWizard } from '../src/index.js';
import { OptionIndex as PlatformIndex } from '../src/internal/option-index.js';
import { infusionsoft, shopify, wooCommerce } from '../src/platforms/index.js';
import { currentHeading, errorOf, fill, getByLabel, settle, typeKeys, waitFor } from './helpers.js';
import { generatedPlatforms } from './platform-helpers.js';
import { renderWizard, toStoreStep } from './route.js';

const catalogue = [...generatedPlatforms(1000), shopify, wooCommerce, infusionsoft];

async function storeSetup(platforms = catalogue) {
  const wizard = await renderWizard({ endpoint: '/api/connections', platforms });
  await toStoreStep(wizard);
  return wizard;
}

const combobox = (wizard: AddConnectionWizard) => getByLabel('Platform', wizard);
const listbox = (input: HTMLInputElement) => (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-controls')!)!;
const optionTexts = (input: HTMLInputElement) => [...listbox(input).querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());
const activeText = (input: HTMLInputElement) =>
  (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-activedescendant') ?? '')?.textContent?.trim();

async function keys(input: HTMLInputElement, ...presses: string[]) {
  input.focus();
  for (const press of presses) await sendKeys({ press });
  await settle();
}

async function typeQuery(input: HTMLInputElement, text: string) {
  input.focus();
  await typeKeys(text);
  await settle();
}

describe('the platform picker with more than 8 platforms', () => {
  it('is a combobox that controls a listbox in the same root and opens with ArrowDown', async () => {
    const input = combobox(await storeSetup());
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');

    await keys(input, 'ArrowDown');

    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox(input).getAttribute('role')).to.equal('listbox');
  });

  it('offers the popular platforms first, by rank, when nothing is typed', async () => {
    const input = combobox(await storeSetup());

    await keys(input, 'ArrowDown');

    expect(optionTexts(input).slice(0, 4)).to.deep.equal(['Shopify', 'WooCommerce', 'Infusionsoft', 'Platform 0']);
  });

  it('moves aria-activedescendant with ArrowDown and ArrowUp', async () => {
    const input = combobox(await storeSetup());
    await keys(input, 'ArrowDown');
    expect(activeText(input)).to.equal('Shopify');

    await keys(input, 'ArrowDown', 'ArrowDown');
    expect(activeText(input)).to.equal('Infusionsoft');

    await keys(input, 'ArrowUp');
    expect(activeText(input)).to.equal('WooCommerce');
  });

  it('filters as the user types: “shop” offers Shopify first', async () => {
    const input = combobox(await storeSetup());

    await typeQuery(input, 'shop');

    expect(optionTexts(input)[0]).to.equal('Shopify');
    expect(optionTexts(input)).to.not.include('Platform 1');
  });

  it('finds a platform by an alias: “Keap” offers Infusionsoft', async () => {
    const input = combobox(await storeSetup());

    await typeQuery(input, 'Keap');

    expect(optionTexts(input)).to.deep.equal(['Infusionsoft']);
  });

  it('says so when nothing matches', async () => {
    const input = combobox(await storeSetup());

    await typeQuery(input, 'zzzz');

    expect(optionTexts(input)).to.deep.equal([]);
    // Said beside the listbox, which holds options only (an empty one is hidden).
    expect(listbox(input).hidden).to.equal(true);
    const popup = [...input.parentElement!.querySelectorAll('[part~="picker-list"]')].find((el) => !(el as HTMLElement).hidden)!;
    expect(popup.textContent).to.match(/No platform matches/);
  });

  it('picks with Enter, shows the chosen form below, and neither submits nor validates', async () => {
    const wizard = await storeSetup();
    await fill('Name', 'Brand Y Store', wizard);
    const input = combobox(wizard);
    await typeQuery(input, 'shop');

    await keys(input, 'Enter');

    expect(input.value).to.equal('Shopify');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const shopName = await waitFor(() => getByLabel('Shop name', wizard));
    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(errorOf(shopName)).to.equal(undefined);
  });

  it('closes with Escape', async () => {
    const input = combobox(await storeSetup());
    await keys(input, 'ArrowDown');

    await keys(input, 'Escape');

    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.be.false;
  });

  it('filters 1,000 platforms correctly on every keystroke (and logs the median time)', () => {
    const options = catalogue.map((p) => ({ value: p.id, label: p.label, rank: p.rank, aliases: p.aliases }));
    const queries = ['s', 'sh', 'sho', 'shop', 'p', 'pl', 'platform 1', 'platform 99', '7', 'keap', 'woo', 'zzzz'];
    // performance.now() is coarse (0.1 ms) here: time batches of 10 and divide.
    const median = (run: (q: string) => unknown) => {
      const times: number[] = [];
      for (let round = 0; round < 20; round++) {
        for (const q of queries) {
          const start = performance.now();
          for (let i = 0; i < 10; i++) run(q);
          times.push((performance.now() - start) / 10);
        }
      }
      return times.sort((a, b) => a - b)[times.length >> 1].toFixed(3);
    };
    const built = new PlatformIndex(options);
    console.log(`1,003 platforms: new PlatformIndex(options).filter(q) median ${median((q) => new PlatformIndex(options).filter(q))} ms; ` +
      `filter(q) on a built index (one keystroke in the picker) median ${median((q) => built.filter(q))} ms`);

    const index = new PlatformIndex(options);
    // Platform 1, 10–19 and 100–199 contain “platform 1”: 111, of which 50 are shown.
    expect(index.filter('platform 1')).to.include({ hidden: 61 }).and.have.property('matches').with.length(50);
    expect(index.filter('platform 999').matches.map((o) => o.label)).to.deep.equal(['Platform 999']);
    expect(index.filter('shop').matches[0].label).to.equal('Shopify');
  });
});

describe('the platform picker with 8 platforms or fewer', () => {
  it('stays a native select labelled Platform', async () => {
    const wizard = await storeSetup([shopify, wooCommerce, infusionsoft]);

    expect(combobox(wizard)).to.be.instanceOf(HTMLSelectElement);
  });
});
