// A consent platform as everyone uses it: by keyboard alone, with a screen reader (axe in
// the states the other consent tests do not check), in Spanish and right to left.
import { expect } from '@open-wc/testing';
import '../src/locales/es.js';
import { click, currentHeading, fill, getButton, getByLabel, press, recordingEndpoint, select, settle, tabTo, typeKeys, useBackend, waitFor } from './helpers.js';
import { atConsent, connectButton, consentOf, consentPlatform, outcomeEndpoint, closeConsentPopup } from './consent-helpers.js';
import { shippedPlatforms } from '../src/platforms/index.js';
import { pickPlatform } from './platform-helpers.js';
import { renderWizard, toWarehouseStep, typed } from './route.js';

const statusIs = (wizard: HTMLElement, status: string) =>
  waitFor(() => consentOf(wizard as never).status === status, 5000);

/** Waits for `heading`, saying which step the wizard shows instead when it does not come. */
async function onStep(wizard: HTMLElement, heading: string) {
  await waitFor(() => currentHeading(wizard as never) === heading).catch(() => {
    throw new Error(`Expected ${heading}, the wizard shows ${currentHeading(wizard as never)}`);
  });
}


afterEach(closeConsentPopup);
describe('a consent platform for everyone', () => {
  it('connects and adds the connection by keyboard alone', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(outcomeEndpoint().handler, endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections', platforms: [consentPlatform('connected')] });
    getByLabel('Connection name', wizard).focus();
    await typeKeys('Acme by keyboard');
    await press('Enter');
    await onStep(wizard, 'Merchant Information');
    await tabTo(() => getByLabel('Company name', wizard));
    await typeKeys('Brand K');
    await press('Enter');
    await onStep(wizard, 'Warehouse Setup');
    await tabTo(() => getByLabel('Connection string', wizard));
    await typeKeys('sftp://wh1:secret@ftp.example.com');
    await press('Enter');
    await onStep(wizard, 'Store Setup');
    await tabTo(() => getByLabel('Name', wizard));
    await typeKeys('Brand K Store');
    // The platform list: one key moves from "Choose a platform" to the only platform.
    await tabTo(() => getByLabel('Platform', wizard));
    await press('ArrowDown');
    await waitFor(() => getByLabel('Shop name', wizard));
    await tabTo(() => getByLabel('Shop name', wizard));
    await typeKeys('brandk');
    await tabTo(() => getButton('Connect with Acme Shop', wizard));
    await press('Enter');
    await statusIs(wizard, 'connected');
    await tabTo(() => getButton('Add connection', wizard));
    await press('Enter');

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests.map((r) => (r.body as { store: unknown }).store)).to.deep.equal([
      { name: 'Brand K Store', platform: 'acme', adapter: { shop: 'brandk', import_all: false, oauth_grant_id: 'grant-42' } },
    ]);
  });

  it('is accessible while it waits for the platform and once it has given up', async () => {
    const wizard = await atConsent(consentPlatform('wait', { timeout: 1 }), outcomeEndpoint().handler);
    (await connectButton(wizard)).click();
    await statusIs(wizard, 'waiting');
    expect(consentOf(wizard).text).to.contain('Waiting for Acme Shop');
    // While it waits, the way on is to bring the sign-in window back.
    expect(getButton('Open the sign-in page', wizard)).to.exist;
    await expect(wizard).to.be.accessible();
    await statusIs(wizard, 'timeout');
    expect(getButton('Try again', wizard)).to.exist;
    await expect(wizard).to.be.accessible();
    window.open('', 'add-connection-wizard-consent')?.close();
  });

  it('speaks Spanish and reads right to left in every way on', async () => {
    const wizard = await atConsent(consentPlatform('denied'), outcomeEndpoint().handler);
    wizard.setAttribute('lang', 'es');
    wizard.setAttribute('dir', 'rtl');
    await settle();
    const connect = await connectButton(wizard, 'Conectar con Acme Shop');
    connect.click();
    await statusIs(wizard, 'denied');
    const { section, text } = consentOf(wizard);
    expect(text).to.equal('Acme Shop no ha permitido el acceso. Vuelva a intentarlo y elija permitir el acceso en la página de Acme Shop.');
    const retry = getButton('Volver a intentarlo', wizard);
    // Right to left: the line and its button start at the section's right edge.
    expect(getComputedStyle(section).direction).to.equal('rtl');
    const style = getComputedStyle(section);
    const contentRight = section.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
    expect(Math.abs(retry.getBoundingClientRect().right - contentRight)).to.be.below(2);
    await expect(wizard).to.be.accessible();

    // Blocked, in Spanish: both ways on are named in Spanish.
    const open = window.open;
    window.open = () => null;
    try {
      await click('Volver a intentarlo', wizard);
      await statusIs(wizard, 'blocked');
    } finally {
      window.open = open;
    }
    expect(consentOf(wizard).text).to.equal('El navegador ha bloqueado la ventana de inicio de sesión.');
    expect(getButton('Abrir la página de inicio de sesión', wizard)).to.exist;
    expect(getButton('Iniciar sesión en esta ventana', wizard)).to.exist;
    await expect(wizard).to.be.accessible();
  });
});

describe('a warehouse that connects by consent', () => {
  const warehouseByConsent = { ...consentPlatform('connected'), id: 'acme-wms', label: 'Acme WMS', kind: 'warehouse' as const };

  it('holds Continue on Warehouse Setup until connected, then sends the grant in the warehouse adapter', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(outcomeEndpoint().handler, endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections', platforms: [warehouseByConsent, ...shippedPlatforms.filter((p) => p.kind === 'store')] });
    await toWarehouseStep(wizard);
    await select('Warehouse platform', 'Acme WMS', wizard);
    await fill('Shop name', 'acmewh', wizard);
    await click('Continue', wizard);
    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
    expect(wizard.shadowRoot!.textContent).to.contain('Connect with Acme WMS to continue.');
    (await connectButton(wizard, 'Connect with Acme WMS')).click();
    await statusIs(wizard, 'connected');
    await click('Continue', wizard);
    await waitFor(() => currentHeading(wizard) === 'Store Setup');
    await fill('Name', typed.Name, wizard);
    await pickPlatform(wizard, 'Infusionsoft', 'Application name');
    for (const label of ['Application name', 'Username', 'Password'] as const) await fill(label, typed[label], wizard);
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect((endpoint.requests[0].body as { warehouse: unknown }).warehouse).to.deep.equal({
      platform: 'acme-wms', adapter: { shop: 'acmewh', import_all: false, oauth_grant_id: 'grant-42' },
    });
  });
});
