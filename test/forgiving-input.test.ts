import { expect } from '@open-wc/testing';
import type { PlatformDefinition } from '../src/index.js';
import { infusionsoft, shopify, wooCommerce } from '../src/platforms/index.js';
import { cleanValue } from '../src/schema/index.js';
import { errorOf, getByLabel, noteOf, paste, typeInto, waitFor } from './helpers.js';
import { pickPlatform } from './platform-helpers.js';
import { renderWizard, toStoreStep } from './route.js';

async function storeSetup(platforms?: PlatformDefinition[]) {
  const wizard = await renderWizard({ endpoint: '/api/connections', platforms });
  await toStoreStep(wizard);
  return wizard;
}

describe('cleanValue', () => {
  const infusionsoftHost = { subdomainOf: 'infusionsoft.com' };

  it('keeps only the subdomain of a whole URL or host, and says so', () => {
    const note = 'Kept only “mystore” from the address you entered.';
    expect(cleanValue(infusionsoftHost, 'https://mystore.infusionsoft.com/app/home')).to.deep.equal({ value: 'mystore', note });
    expect(cleanValue(infusionsoftHost, ' mystore.infusionsoft.com:443/?x=1 ')).to.deep.equal({ value: 'mystore', note });
    expect(cleanValue({ subdomainOf: 'myshopify.com' }, 'mystore.myshopify.com')).to.deep.equal({ value: 'mystore', note });
  });

  it('leaves what it cannot clean as it was, with no note', () => {
    expect(cleanValue(infusionsoftHost, 'mystore')).to.deep.equal({ value: 'mystore' });
    expect(cleanValue(infusionsoftHost, 'my.store')).to.deep.equal({ value: 'my.store' });
    expect(cleanValue(infusionsoftHost, 'mystore.example.com')).to.deep.equal({ value: 'mystore.example.com' });
    expect(cleanValue('url', 'not a url')).to.deep.equal({ value: 'not a url' });
    expect(cleanValue('url', 'ftp://shop.example.com')).to.deep.equal({ value: 'ftp://shop.example.com' });
  });

  it('adds https:// to a bare host, and says so', () => {
    expect(cleanValue('url', ' shop.example.com ')).to.deep.equal({ value: 'https://shop.example.com', note: 'Added “https://” to the address.' });
  });

  it('trims spaces, tabs and newlines around keys and tokens', () => {
    expect(cleanValue('trim', ' \n\tshpat_abc123 \r\n')).to.deep.equal({ value: 'shpat_abc123' });
  });
});

describe('forgiving input in platform forms', () => {
  for (const [name, platforms] of [['shipped element', undefined], ['definition', [infusionsoft]]] as const) {
    describe(`Infusionsoft as the ${name}`, () => {
      const url = 'https://mystore.infusionsoft.com/app/home';

      it('keeps the subdomain of a URL typed into Application name, with a linked note', async () => {
        const wizard = await storeSetup(platforms && [...platforms]);

        await typeInto('Application name', url, wizard);

        const field = getByLabel('Application name', wizard);
        expect(field.value).to.equal('mystore');
        expect(noteOf(field)).to.equal('Kept only “mystore” from the address you entered.');
        expect(errorOf(field)).to.equal(undefined);
      });

      it('keeps the subdomain of a URL pasted into Application name, before the field is left', async () => {
        const wizard = await storeSetup(platforms && [...platforms]);
        const field = await waitFor(() => getByLabel('Application name', wizard));

        await paste(field, url);

        expect(field.value).to.equal('mystore');
        expect(noteOf(field)).to.contain('mystore');
      });

      it('keeps “my.store” as typed and shows it as an error', async () => {
        const wizard = await storeSetup(platforms && [...platforms]);

        await typeInto('Application name', 'my.store', wizard);

        const field = getByLabel('Application name', wizard);
        expect(field.value).to.equal('my.store');
        expect(noteOf(field)).to.equal(undefined);
        expect(errorOf(field)).to.match(/only the subdomain/);
      });
    });
  }

  async function definitionStore(platform: string, firstField: string) {
    const wizard = await storeSetup([shopify, wooCommerce, infusionsoft]);
    await pickPlatform(wizard, platform, firstField);
    return wizard;
  }

  it('keeps “mystore” of a Shopify shop name given as its host', async () => {
    const wizard = await definitionStore('Shopify', 'Shop name');

    await typeInto('Shop name', 'mystore.myshopify.com', wizard);

    expect(getByLabel('Shop name', wizard).value).to.equal('mystore');
    expect(noteOf(getByLabel('Shop name', wizard))).to.contain('mystore');
  });

  it('trims spaces around a pasted Shopify access token', async () => {
    const wizard = await definitionStore('Shopify', 'Admin API access token');
    const token = getByLabel('Admin API access token', wizard);

    await paste(token, '  shpat_abc123 \t');

    expect(token.value).to.equal('shpat_abc123');
  });

  it('adds https:// to a bare WooCommerce host, with a note', async () => {
    const wizard = await definitionStore('WooCommerce', 'Store URL');

    await typeInto('Store URL', 'shop.example.com', wizard);

    const field = getByLabel('Store URL', wizard);
    expect(field.value).to.equal('https://shop.example.com');
    expect(noteOf(field)).to.equal('Added “https://” to the address.');
    expect(errorOf(field)).to.equal(undefined);
  });
});
