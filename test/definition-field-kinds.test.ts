// The field kinds a real catalogue needs (several values from a list, whole numbers with a
// range and a unit, showWhen one of several values), through the generic form the wizard
// renders from `platforms`: found by label and role, in English and in Spanish.
import { expect } from '@open-wc/testing';
import type { AddConnectionWizard, PlatformDefinition, PlatformForm } from '../src/index.js';
import { en, type Messages } from '../src/messages.js';
import { es } from '../src/locales/es.js';
import { choose, click, deepActiveElement, deepElements, errorOf, fill, getByLabel, getGroup, press, queryByLabel, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { renderWizard, toStoreStep } from './route.js';

const options = (...labels: string[]) => labels.map((label) => ({ value: label.toLowerCase().replace(/ /g, '-'), label }));

const acme: PlatformDefinition = {
  id: 'acme',
  label: 'Acme',
  kind: 'store',
  fields: [
    { name: 'api_key', label: 'API key', type: 'secret', required: true },
    { name: 'statuses', label: 'Order statuses', type: 'multiselect', required: true, default: ['paid'], options: options('Paid', 'Shipped', 'On hold') },
    { name: 'countries', label: 'Countries', type: 'multiselect', send: 'array', options: options('US', 'Canada', 'Mexico', 'UK', 'Germany', 'France', 'Spain', 'Italy') },
    { name: 'handling_days', label: 'Handling time', type: 'number', integer: true, min: 0, max: 30, unit: 'days', default: 0 },
    { name: 'weight_rounding', label: 'Weight rounding', type: 'number', min: 0, step: 0.5, unit: 'kg' },
    { name: 'mode', label: 'Mode', type: 'select', options: options('Live', 'Test', 'Sandbox') },
    { name: 'test_account', label: 'Test account', type: 'text', showWhen: { field: 'mode', equals: ['test', 'sandbox'] } },
  ],
};

/** The one visible listbox whose label is `label` (its `aria-labelledby`). */
function getListbox(label: string, root: Element): HTMLElement {
  const found = deepElements(root).filter((el) => {
    if (el.getAttribute('role') !== 'listbox' || !(el as HTMLElement).checkVisibility()) return false;
    const labelledBy = (el.getRootNode() as ShadowRoot).getElementById(el.getAttribute('aria-labelledby') ?? '');
    return labelledBy?.textContent?.trim() === label;
  });
  if (found.length !== 1) throw new Error(`Expected one listbox "${label}", found ${found.length}`);
  return found[0] as HTMLElement;
}
const optionsOf = (listbox: HTMLElement) => [...listbox.querySelectorAll<HTMLElement>('[role=option]')];
const selected = (listbox: HTMLElement) => optionsOf(listbox).filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.textContent!.trim());
const describedText = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (control.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim());

for (const [lang, m] of [['en', en], ['es', es]] as [string, Messages][]) {
  // The wizard's own messages are translated (a missing translation fails the test);
  // the definition's labels are the host's.
  const say = (english: string) => (lang === 'en' ? english : m.validationPatterns.map(([re, f]) => re.exec(english) && f(...re.exec(english)!.slice(1))).find(Boolean) ?? m.validation[english]);

  describe(`new field kinds of a definition (${lang})`, () => {
    // Starting the mock backend's service worker can take seconds on a busy machine.
    before(async function () {
      this.timeout(30_000);
      await useBackend();
    });

    async function acmeForm() {
      await useBackend(recordingEndpoint().handler);
      const wizard = await renderWizard({ endpoint: '/api/connections', platforms: [acme], lang });
      await toStoreStep(wizard, { messages: m });
      await fill(m.storeName, 'Acme Store', wizard);
      const picker = getByLabel<HTMLSelectElement>(m.platform, wizard);
      picker.value = 'acme';
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => getByLabel('API key', wizard));
      await fill('API key', 'acme-key', wizard);
      return wizard;
    }

    async function send(wizard: AddConnectionWizard) {
      const endpoint = recordingEndpoint();
      await useBackend(endpoint.handler);
      await click(m.addConnection, wizard);
      await waitFor(() => endpoint.requests.length === 1);
      return (endpoint.requests[0].body as { store: { adapter: Record<string, unknown> } }).store.adapter;
    }

    it('renders a checkbox group for a few choices, a multi-select listbox for more, and numbers with their unit', async () => {
      const wizard = await acmeForm();

      const statuses = getGroup('Order statuses', wizard);
      expect([...statuses.querySelectorAll('input')].map((i) => i.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
      expect(getByLabel('Paid', wizard).checked).to.be.true;
      const countries = getListbox('Countries', wizard);
      expect(countries.getAttribute('aria-multiselectable')).to.equal('true');
      expect(optionsOf(countries)).to.have.length(8);
      const days = getByLabel('Handling time', wizard);
      expect(days.value).to.equal('0');
      expect(days.inputMode).to.equal('numeric');
      expect(describedText(days)).to.include('days');
      expect(getByLabel('Weight rounding', wizard).inputMode).to.equal('decimal');
      await expect(wizard).to.be.accessible();
    });

    it('sends several choices comma-separated or as an array, and numbers as numbers', async () => {
      const wizard = await acmeForm();
      await choose('Shipped', wizard);
      const countries = getListbox('Countries', wizard);
      optionsOf(countries)[4].click();
      optionsOf(countries)[0].click();
      await fill('Handling time', '3', wizard);
      await fill('Weight rounding', '1.5', wizard);

      const adapter = await send(wizard);

      expect(adapter).to.deep.equal({
        api_key: 'acme-key',
        statuses: 'paid,shipped',
        countries: ['us', 'germany'],
        handling_days: 3,
        weight_rounding: 1.5,
        mode: 'live',
      });
    });

    it('leaves out an empty optional multiselect and number, and sends a numeric default', async () => {
      const wizard = await acmeForm();

      const adapter = await send(wizard);

      expect(adapter).to.deep.equal({ api_key: 'acme-key', statuses: 'paid', handling_days: 0, mode: 'live' });
    });

    it('moves through the listbox with the arrows, Home and End, and toggles with Space', async () => {
      const wizard = await acmeForm();
      const countries = getListbox('Countries', wizard);
      countries.focus();

      await press('ArrowDown');
      await press('Space');
      await press('End');
      await press('Space');
      await press('Home');

      expect(deepActiveElement()).to.equal(countries);
      expect(countries.getAttribute('aria-activedescendant')).to.equal(optionsOf(countries)[0].id);
      expect(selected(countries)).to.deep.equal(['Canada', 'Italy']);
      await press('End');
      await press('Space');
      expect(selected(countries)).to.deep.equal(['Canada']);
    });

    it('refuses a fraction, a number out of range, a number off its step and no status at all, in the wizard’s language', async () => {
      const wizard = await acmeForm();

      await fill('Handling time', '1.5', wizard);
      expect(errorOf(getByLabel('Handling time', wizard))).to.equal(say('Enter a whole number.'));
      await fill('Handling time', '31', wizard);
      expect(errorOf(getByLabel('Handling time', wizard))).to.equal(say('Enter a number from 0 to 30.'));
      await fill('Weight rounding', '0.3', wizard);
      expect(errorOf(getByLabel('Weight rounding', wizard))).to.equal(say('Enter a multiple of 0.5.'));
      await choose('Paid', wizard);
      await click(m.addConnection, wizard);
      expect(errorOf(getGroup('Order statuses', wizard))).to.equal(say('Choose at least one of the order statuses options.'));

      await expect(wizard).to.be.accessible();
    });

    it('shows a server error on the listbox and the group, and focuses the listbox', async () => {
      const wizard = await acmeForm();
      const form = (getByLabel('API key', wizard).getRootNode() as ShadowRoot).host as PlatformForm;

      form.setErrors({ countries: 'Not sold there.', statuses: 'Not allowed.' });
      form.focusField('countries');
      await settle();

      const countries = getListbox('Countries', wizard);
      expect(deepActiveElement()).to.equal(countries);
      expect(errorOf(countries)).to.equal('Not sold there.');
      expect(countries.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(getGroup('Order statuses', wizard))).to.equal('Not allowed.');
      await expect(wizard).to.be.accessible();
    });

    it('shows a showWhen field while the other field has one of its values', async () => {
      const wizard = await acmeForm();
      expect(queryByLabel('Test account', wizard)).to.equal(undefined);

      await choose('Sandbox', wizard);
      expect(getByLabel('Test account', wizard)).to.exist;
      await choose('Test', wizard);
      await fill('Test account', 'qa', wizard);
      await choose('Live', wizard);
      expect(queryByLabel('Test account', wizard)).to.equal(undefined);

      expect(await send(wizard)).to.not.have.property('test_account');
    });
  });
}
