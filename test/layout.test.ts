import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AddConnectionWizard } from '../src/index.js';
import { es } from '../src/locales/es.js';
import { click, deepActiveElement, deepElements, fill, getButton, getByLabel, part } from './helpers.js';
import { infusionsoftParts, settledStyle, style, wizardIn } from './look-helpers.js';
import { renderWizard, toStoreStep } from './route.js';

const narrow = (lang = 'en') =>
  wizardIn(html`<div style="width: 320px"><add-connection-wizard lang=${lang}></add-connection-wizard></div>`);

const nameOf = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}[part=${el.getAttribute('part') ?? ''}] .${el.className}`;

/** Elements (shadow roots of the wizard and its forms) that stick out of part `base`. */
function overflowing(wizard: AddConnectionWizard): string[] {
  const base = part(wizard, 'base');
  const box = base.getBoundingClientRect();
  const out = deepElements(wizard.shadowRoot!)
    .filter((el) => (el as HTMLElement).checkVisibility?.() !== false)
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 1 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5))
    .map(({ el, rect }) => `${nameOf(el)} ${Math.round(rect.left)}–${Math.round(rect.right)}`);
  if (base.scrollWidth > base.clientWidth) out.unshift(`base scrollWidth ${base.scrollWidth} > clientWidth ${base.clientWidth}`);
  return out;
}

/** Buttons and inputs smaller than 24×24 CSS px; a radio or checkbox counts with its label. */
function smallTargets(wizard: AddConnectionWizard): string[] {
  return deepElements(wizard.shadowRoot!)
    .filter((el) => el.matches('button, input, select') && (el as HTMLElement).checkVisibility())
    .map((el) => (el.matches('[type=radio], [type=checkbox]') ? el.closest('label') ?? el : el))
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < 24 || rect.height < 24)
    .map(({ el, rect }) => `${nameOf(el)} ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
}

function expectFits(wizard: AddConnectionWizard, where: string) {
  expect(wizard.getBoundingClientRect().width, where).to.be.at.most(320);
  expect(overflowing(wizard), `${where}: wider than the wizard`).to.deep.equal([]);
  expect(smallTargets(wizard), `${where}: targets under 24×24`).to.deep.equal([]);
}

describe('layout', () => {
  it('fits 320 px with 24×24 targets on every step and in the error state', async () => {
    const wizard = await narrow();
    expectFits(wizard, 'Basic Information');
    await click('Continue', wizard);
    expectFits(wizard, 'Basic Information, invalid');
    await fill('Connection name', 'Brand Y — Infusionsoft → ACME WMS', wizard);
    await click('Continue', wizard);
    await click('Continue', wizard);
    expectFits(wizard, 'Merchant Information, invalid (address fields shown)');
    await fill('Company name', 'Brand Y', wizard);
    await click('Continue', wizard);
    expectFits(wizard, 'Warehouse Setup');
    await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
    await click('Continue', wizard);
    expect(infusionsoftParts(wizard, 'input').length).to.be.greaterThan(3);
    expectFits(wizard, 'Store Setup');

    await click('Add connection', wizard);

    expect(getByLabel('Application name', wizard).getAttribute('aria-invalid')).to.equal('true');
    expectFits(wizard, 'Store Setup, invalid');
  });

  it('fits 320 px in Spanish, whose words are longer', async () => {
    const wizard = await narrow('es');
    await click('Continuar', wizard);
    expectFits(wizard, 'Información básica, invalid');
    await toStoreStep(wizard, { messages: es });
    await click('Añadir conexión', wizard);

    expect(getByLabel('Nombre de la aplicación', wizard).getAttribute('aria-invalid')).to.equal('true');
    expectFits(wizard, 'Configuración de la tienda, invalid');
  });

  it('mirrors the footer and the step list with dir="rtl"', async () => {
    const wizard = await wizardIn(html`<div style="width: 720px"><add-connection-wizard dir="rtl"></add-connection-wizard></div>`);
    await fill('Connection name', 'Brand Y', wizard);
    await click('Continue', wizard);
    const left = (el: Element) => el.getBoundingClientRect().left;

    expect(left(getButton('Continue', wizard))).to.be.below(left(getButton('Back', wizard)));
    expect(left(getButton('Back', wizard))).to.be.below(left(getButton('Cancel', wizard)));
    const steps = wizard.shadowRoot!.querySelectorAll('[part~="step"]');
    expect(left(steps[3])).to.be.below(left(steps[0]));
    const label = getByLabel('Company name', wizard).labels![0];
    expect(label.getBoundingClientRect().right).to.be.closeTo(getByLabel('Company name', wizard).getBoundingClientRect().right, 1);
  });

  it('keeps the footer in reading order without dir="rtl"', async () => {
    const wizard = await wizardIn(html`<div style="width: 720px"><add-connection-wizard></add-connection-wizard></div>`);

    expect(getButton('Continue', wizard).getBoundingClientRect().left).to.be.above(getButton('Cancel', wizard).getBoundingClientRect().left);
  });

  it('shows a visible focus indicator on inputs and buttons reached by keyboard', async () => {
    const wizard = await renderWizard();
    const input = getByLabel('Connection name', wizard);
    expect(style(input).boxShadow).to.equal('none');

    input.focus();
    expect(deepActiveElement()).to.equal(input);
    expect((await settledStyle(input)).boxShadow).to.match(/ 3px$/);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.localName).to.equal('button');
    expect((await settledStyle(focused)).boxShadow).to.match(/ 3px$/);
  });

  it('shows the focus indicator inside the Infusionsoft form too', async () => {
    const wizard = await renderWizard();
    await toStoreStep(wizard);
    const input = getByLabel('Application name', wizard);
    expect(style(input).boxShadow).to.equal('none');

    input.focus();

    expect((await settledStyle(input)).boxShadow).to.match(/ 3px$/);
  });

  // The halo alone is 35 % primary on the surface (about 1.75:1 on white); WCAG 1.4.11
  // needs 3:1, which the primary border that field.styles.ts sets on focus provides.
  it('turns the border of a focused input primary, so the indicator has 3:1 contrast', async () => {
    const wizard = await renderWizard();
    const primary = style(getButton('Continue', wizard)).backgroundColor;
    const input = getByLabel('Connection name', wizard);
    const before = style(input).borderTopColor;

    input.focus();

    expect(before).to.not.equal(primary);
    expect((await settledStyle(input)).borderTopColor).to.equal(primary);
  });
});
