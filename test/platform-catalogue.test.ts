// The `platforms` catalogue as a host hands it over: changed after a choice, or with broken entries.
import { expect } from '@open-wc/testing';
import type { PlatformDefinition } from '../src/index.js';
import { shopify, wooCommerce } from '../src/platforms/index.js';
import { click, currentHeading, errorOf, getByLabel, pause, recordingEndpoint, settle, submittedPayloads, useBackend } from './helpers.js';
import { readyToSubmit, renderWizard, toStoreStep, typed } from './route.js';

const offered = (picker: HTMLSelectElement) => [...picker.options].filter((o) => o.value !== '').map((o) => o.textContent!.trim());

describe('the platform catalogue', () => {
  it('refuses a platform the catalogue no longer offers instead of sending an empty adapter', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections', platforms: [shopify, wooCommerce] });
    const payloads = submittedPayloads(wizard);
    // Every field valid, so that only the withdrawn platform can hold the request back.
    await readyToSubmit(wizard, { platform: 'Shopify', store: { Name: typed.Name, 'Shop name': 'mystore', 'Admin API access token': 'shpat_abc', 'Location ID': '42' } });

    wizard.platforms = [];
    await settle();
    await click('Add connection', wizard);

    expect(errorOf(getByLabel('Platform', wizard))).to.equal('Choose a platform.');
    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(payloads, 'acw-submit').to.deep.equal([]);
    await pause(100);
    expect(endpoint.requests).to.deep.equal([]);
  });

  it('leaves out a broken definition and an unsafe help link with a warning, and keeps the good ones', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const broken = { ...shopify, id: 'broken', label: 'Broken', fields: [{ name: 'x', label: 'X', type: 'text', pattern: '[a-z' }] } as PlatformDefinition;
      const evil = { ...wooCommerce, id: 'evil', label: 'Evil', helpUrl: 'javascript:alert(1)' };
      const wizard = await renderWizard({ platforms: [broken, wooCommerce, evil] });

      await toStoreStep(wizard);

      // The built-in Infusionsoft element stays beside the catalogue.
      expect(offered(getByLabel<HTMLSelectElement>('Platform', wizard))).to.deep.equal(['Infusionsoft', 'WooCommerce']);
      expect(warnings.join('\n')).to.contain('"broken"').and.to.contain('"evil"');
    } finally {
      console.warn = warn;
    }
  });
});
