// <platform-definition-form> on its own: one labelled control per field type, and its adapter.
import { expect, fixture, html } from '@open-wc/testing';
import { PlatformDefinitionForm, type PlatformDefinition } from '../src/classes.js';
import { choose, errorOf, fill, getByLabel, settle } from './helpers.js';

if (!customElements.get('platform-definition-form')) customElements.define('platform-definition-form', PlatformDefinitionForm);

describe('a definition with every field type', () => {
  const options = (...labels: string[]) => labels.map((label) => ({ value: label.toLowerCase(), label }));
  const everyType: PlatformDefinition = {
    id: 'every',
    label: 'Every type',
    kind: 'store',
    fields: [
      { name: 'account', label: 'Account', type: 'text', required: true, pattern: '[a-z]+', patternMessage: 'Use lower-case letters only.' },
      { name: 'api_secret', label: 'API secret', type: 'secret', required: true },
      { name: 'region', label: 'Region', type: 'select', options: options('US', 'EU', 'UK', 'APAC') },
      { name: 'mode', label: 'Mode', type: 'select', options: options('Live', 'Test') },
      { name: 'sandbox', label: 'Sandbox', type: 'boolean' },
      { name: 'site', label: 'Site', type: 'url' },
      { name: 'contact', label: 'Contact email', type: 'email' },
      { name: 'limit', label: 'Order limit', type: 'number' },
      { name: 'webhook_secret', label: 'Webhook secret', type: 'secret', showWhen: { field: 'site' } },
    ],
  };
  const render = () => fixture<PlatformDefinitionForm>(html`<platform-definition-form .definition=${everyType}></platform-definition-form>`);
  const fillValid = async (form: PlatformDefinitionForm) => {
    await fill('Account', 'acme', form);
    await fill('API secret', 's3cret', form);
  };

  it('renders a labelled control of the right kind for each type', async () => {
    const form = await render();

    expect(getByLabel('Account', form).type).to.equal('text');
    expect(getByLabel('API secret', form).type).to.equal('password');
    expect(getByLabel('Region', form)).to.be.instanceOf(HTMLSelectElement);
    expect(form.shadowRoot!.querySelector('fieldset legend')?.textContent).to.equal('Mode');
    expect(getByLabel('Live', form).type).to.equal('radio');
    expect(getByLabel('Sandbox', form).type).to.equal('checkbox');
    expect(getByLabel('Site', form).type).to.equal('url');
    expect(getByLabel('Contact email', form).type).to.equal('email');
    // A number that may have decimals gets a keyboard with a decimal point.
    expect(getByLabel('Order limit', form).inputMode).to.equal('decimal');
  });

  it('shows the required message of each empty required field on validate()', async () => {
    const form = await render();

    const result = form.validate();
    await settle();

    expect(result.ok ? {} : result.errors).to.deep.equal({ account: 'Enter the account.', api_secret: 'Enter the api secret.' });
    expect(errorOf(getByLabel('Account', form))).to.equal('Enter the account.');
  });

  it('shows the pattern, email and number messages once a field is left', async () => {
    const form = await render();

    await fill('Account', 'ACME', form);
    await fill('Contact email', 'not-an-email', form);
    await fill('Order limit', 'ten', form);

    expect(errorOf(getByLabel('Account', form))).to.equal('Use lower-case letters only.');
    expect(errorOf(getByLabel('Contact email', form))).to.match(/email address/);
    expect(errorOf(getByLabel('Order limit', form))).to.equal('Enter a number.');
  });

  it('builds the adapter with typed values and leaves empty optional fields out', async () => {
    const form = await render();
    await fillValid(form);
    await fill('Order limit', '25', form);
    await choose('Sandbox', form);

    const result = form.validate();

    expect(result.ok && result.adapter).to.deep.equal({ account: 'acme', api_secret: 's3cret', region: 'us', mode: 'live', sandbox: true, limit: 25 });
  });

  it('never accepts a required secret and then leaves it out of the adapter', async () => {
    const form = await render();
    await fill('Account', 'acme', form);
    await fill('API secret', '   ', form);

    const result = form.validate();

    expect(result.ok ? result.adapter : result.errors).to.have.property('api_secret');
  });

  it('shows a showWhen field only while the other field has a value, and leaves it out when hidden', async () => {
    const form = await render();
    await fillValid(form);
    expect(() => getByLabel('Webhook secret', form)).to.throw();

    await fill('Site', 'https://shop.example.com', form);
    await fill('Webhook secret', 'whsec', form);
    expect(form.validate()).to.deep.include({ ok: true }).and.have.nested.property('adapter.webhook_secret', 'whsec');

    await fill('Site', '', form);
    expect(() => getByLabel('Webhook secret', form)).to.throw();
    const result = form.validate();
    expect(result.ok && result.adapter).to.not.have.property('webhook_secret');
  });
});
