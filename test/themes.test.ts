import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { AddConnectionWizard } from '../src/index.js';
import { isEngine, itExceptOn } from './engine.js';
import { click, currentHeading, getButton, getByLabel, part } from './helpers.js';
import { addPageStyle, infusionsoftParts, removePageStyles, style, wizardIn } from './look-helpers.js';
import { toStoreStep } from './route.js';

// The default tokens of src/internal/field.styles.ts, as getComputedStyle spells them.
const light = { surface: 'rgb(255, 255, 255)', text: 'rgb(28, 34, 48)' };
const dark = { surface: 'rgb(23, 28, 39)', text: 'rgb(230, 233, 240)' };
const brand = 'rgb(15, 118, 110)';

const colours = (wizard: AddConnectionWizard) => ({
  surface: style(part(wizard, 'base')).backgroundColor,
  text: style(part(wizard, 'heading')).color,
});

/** Step 1, its error state, Store Setup and its error state must each pass axe. */
async function expectAccessibleThroughout(wizard: AddConnectionWizard) {
  await expect(wizard).to.be.accessible();
  await click('Continue', wizard);
  expect(getByLabel('Connection name', wizard).getAttribute('aria-invalid')).to.equal('true');
  await expect(wizard).to.be.accessible();
  await toStoreStep(wizard);
  expect(currentHeading(wizard)).to.equal('Store Setup');
  await expect(wizard).to.be.accessible();
  await click('Add connection', wizard);
  expect(getByLabel('Application name', wizard).getAttribute('aria-invalid')).to.equal('true');
  await expect(wizard).to.be.accessible();
}

describe('themes', () => {
  afterEach(async () => {
    removePageStyles();
    if (isEngine('chromium')) await emulateMedia({ colorScheme: 'light' });
  });

  it('is light by default and dark with theme="dark"', async () => {
    const plain = await wizardIn(html`<add-connection-wizard></add-connection-wizard>`);
    const themed = await wizardIn(html`<add-connection-wizard theme="dark"></add-connection-wizard>`);

    expect(colours(plain)).to.deep.equal(light);
    expect(colours(themed)).to.deep.equal(dark);
    expect(style(getByLabel('Connection name', themed)).backgroundColor).to.equal(dark.surface);
    expect(style(getByLabel('Connection name', themed)).color).to.equal(dark.text);
  });

  it('follows a dark color-scheme of the page, and theme="light" overrides it', async () => {
    const wrapper = html`<div style="color-scheme: dark">
      <add-connection-wizard></add-connection-wizard>
      <add-connection-wizard theme="light"></add-connection-wizard>
    </div>`;
    const first = await wizardIn(wrapper);
    const forced = first.parentElement!.querySelector<AddConnectionWizard>('[theme="light"]')!;

    expect(colours(first)).to.deep.equal(dark);
    expect(colours(forced)).to.deep.equal(light);
  });

  // The one test that needs the OS preference changed, which only CDP can do here: the
  // emulate-media command needs CDP under puppeteer's WebDriver BiDi (Firefox), and
  // WebDriver (WebKitWebDriver) has no media emulation. light-dark() itself is tested above.
  itExceptOn(['firefox', 'webkit'], 'the driver cannot emulate prefers-color-scheme')('follows the OS preference on a page that declares color-scheme: light dark', async () => {
    const wizard = await wizardIn(html`<div style="color-scheme: light dark"><add-connection-wizard></add-connection-wizard></div>`);
    expect(colours(wizard)).to.deep.equal(light);

    await emulateMedia({ colorScheme: 'dark' });

    expect(colours(wizard)).to.deep.equal(dark);
  });

  it('the platform form inside is dark too', async () => {
    const wizard = await wizardIn(html`<add-connection-wizard theme="dark"></add-connection-wizard>`);

    await toStoreStep(wizard);

    const [input] = infusionsoftParts(wizard, 'input');
    expect(style(input).backgroundColor).to.equal(dark.surface);
    expect(style(input).color).to.equal(dark.text);
  });

  it('takes a brand colour from a custom property set outside', async () => {
    const wizard = await wizardIn(html`<add-connection-wizard style="--acw-color-primary: ${brand}"></add-connection-wizard>`);

    expect(style(getButton('Continue', wizard)).backgroundColor).to.equal(brand);
    expect(style(part(wizard, 'step-current').querySelector('[part~="step-number"]')!).backgroundColor).to.equal(brand);
  });

  it('takes tokens from a page stylesheet too', async () => {
    addPageStyle(`add-connection-wizard { --acw-color-primary: ${brand}; --acw-color-surface: rgb(250, 250, 240); }`);
    const wizard = await wizardIn(html`<add-connection-wizard></add-connection-wizard>`);

    expect(style(getButton('Continue', wizard)).backgroundColor).to.equal(brand);
    expect(style(part(wizard, 'base')).backgroundColor).to.equal('rgb(250, 250, 240)');
  });

  it('::part() rules of the page style the heading, the inputs and those of the Infusionsoft form', async () => {
    addPageStyle(`
      add-connection-wizard::part(heading) { color: rgb(1, 2, 3); }
      add-connection-wizard::part(input) { background-color: rgb(4, 5, 6); color: rgb(250, 251, 252); }
      add-connection-wizard::part(label) { color: rgb(7, 8, 9); }
    `);
    const wizard = await wizardIn(html`<add-connection-wizard></add-connection-wizard>`);
    expect(style(part(wizard, 'heading')).color).to.equal('rgb(1, 2, 3)');
    expect(style(getByLabel('Connection name', wizard)).backgroundColor).to.equal('rgb(4, 5, 6)');

    await toStoreStep(wizard);

    const inputs = infusionsoftParts(wizard, 'input');
    expect(inputs.length).to.be.greaterThan(3);
    expect(inputs.map((el) => style(el).backgroundColor)).to.deep.equal(inputs.map(() => 'rgb(4, 5, 6)'));
    expect(style(getByLabel('Application name', wizard)).color).to.equal('rgb(250, 251, 252)');
    expect(style(infusionsoftParts(wizard, 'label')[0]).color).to.equal('rgb(7, 8, 9)');
    expect(style(part(wizard, 'heading')).color).to.equal('rgb(1, 2, 3)');
  });

  it('passes axe in dark theme: step 1, Store Setup and both error states', async () => {
    const wizard = await wizardIn(html`<add-connection-wizard theme="dark"></add-connection-wizard>`);
    expect(colours(wizard)).to.deep.equal(dark);

    await expectAccessibleThroughout(wizard);
  });

  it('passes axe with a brand colour token: step 1, Store Setup and both error states', async () => {
    const wizard = await wizardIn(html`<add-connection-wizard style="--acw-color-primary: ${brand}"></add-connection-wizard>`);
    expect(style(getButton('Continue', wizard)).backgroundColor).to.equal(brand);

    await expectAccessibleThroughout(wizard);
  });
});
