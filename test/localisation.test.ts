import { expect, html } from '@open-wc/testing';
import { es } from '../src/locales/es.js';
import { en, type Messages } from '../src/messages.js';
import { click, currentHeading, errorOf, fill, getButton, getByLabel, queryButton, settle } from './helpers.js';
import { wizardIn } from './look-helpers.js';
import { renderWizard, toStoreStep } from './route.js';

const german: Messages = {
  ...en,
  steps: ['Grunddaten', 'Händler', 'Lager', 'Shop'],
  connectionName: 'Name der Verbindung',
  continue: 'Weiter',
  back: 'Zurück',
  cancel: 'Abbrechen',
  addConnection: 'Verbindung hinzufügen',
  infusionsoft: { ...en.infusionsoft, appName: 'Anwendungsname', username: 'Benutzername', password: 'Passwort' },
  validation: { 'Enter a name for the connection.': 'Geben Sie einen Namen für die Verbindung ein.' },
};

describe('languages', () => {
  it('speaks Spanish with lang="es" on the element', async () => {
    const wizard = await renderWizard({ lang: 'es' });

    expect(currentHeading(wizard)).to.equal('Información básica');
    expect(getByLabel('Nombre de la conexión', wizard)).to.exist;
    expect(getButton('Continuar', wizard)).to.exist;
    expect(getButton('Cancelar', wizard)).to.exist;
    expect(wizard.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Progreso');
    expect(queryButton('Continue', wizard)).to.equal(undefined);
  });

  it('takes the language of an ancestor', async () => {
    const wizard = await wizardIn(html`<section lang="es"><div><add-connection-wizard></add-connection-wizard></div></section>`);

    expect(wizard.locale).to.equal('es');
    expect(currentHeading(wizard)).to.equal('Información básica');
    expect(getButton('Continuar', wizard)).to.exist;
  });

  it('re-renders when lang changes at runtime, platform form included', async () => {
    const wizard = await renderWizard({ lang: 'es' });
    await toStoreStep(wizard, { messages: es });
    expect(getByLabel('Nombre de la aplicación', wizard)).to.exist;

    wizard.lang = 'en';
    await settle();

    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(getByLabel('Application name', wizard)).to.exist;
    expect(getButton('Add connection', wizard)).to.exist;

    wizard.setAttribute('lang', 'es');
    await settle();
    expect(currentHeading(wizard)).to.equal('Configuración de la tienda');
    expect(getButton('Añadir conexión', wizard)).to.exist;
  });

  it('translates validation messages of its own fields', async () => {
    const wizard = await renderWizard({ lang: 'es' });

    await click('Continuar', wizard);

    expect(errorOf(getByLabel('Nombre de la conexión', wizard))).to.equal('Escriba un nombre para la conexión.');
    expect(currentHeading(wizard)).to.equal('Información básica');
  });

  it('shows the Infusionsoft form and its errors in Spanish', async () => {
    const wizard = await renderWizard({ lang: 'es' });
    await toStoreStep(wizard, { messages: es });
    expect(currentHeading(wizard)).to.equal('Configuración de la tienda');

    await fill('Nombre de la aplicación', 'mystore.example.com', wizard);
    await click('Añadir conexión', wizard);

    expect(errorOf(getByLabel('Nombre de la aplicación', wizard))).to.match(/^Escriba solo el subdominio/);
    expect(errorOf(getByLabel('Usuario', wizard))).to.equal('Escriba el usuario de un administrador de Infusionsoft.');
    expect(errorOf(getByLabel('Contraseña', wizard))).to.equal('Escriba la contraseña de ese administrador.');
    expect(getButton('Mostrar', wizard)).to.exist;
  });

  it('falls back from es-MX to Spanish', async () => {
    const wizard = await renderWizard({ lang: 'es-MX' });

    expect(currentHeading(wizard)).to.equal('Información básica');
    expect(getButton('Continuar', wizard)).to.exist;
  });

  it('falls back from an unknown language to English', async () => {
    const wizard = await renderWizard({ lang: 'xx' });

    expect(currentHeading(wizard)).to.equal('Basic Information');
    expect(getButton('Continue', wizard)).to.exist;
  });

  it('overrides a single string through messages', async () => {
    const wizard = await renderWizard();

    wizard.messages = { continue: 'Next' };
    await settle();

    expect(getButton('Next', wizard)).to.exist;
    expect(queryButton('Continue', wizard)).to.equal(undefined);
    expect(getButton('Cancel', wizard)).to.exist;
    expect(currentHeading(wizard)).to.equal('Basic Information');
  });

  it('overrides a single string on top of the Spanish catalogue', async () => {
    const wizard = await renderWizard({ lang: 'es' });

    wizard.messages = { continue: 'Siguiente' };
    await settle();

    expect(getButton('Siguiente', wizard)).to.exist;
    expect(getButton('Cancelar', wizard)).to.exist;
  });

  it('takes a whole German catalogue through messages, validation included', async () => {
    const wizard = await renderWizard({ lang: 'de' });

    wizard.messages = german;
    await settle();
    await click('Weiter', wizard);

    expect(currentHeading(wizard)).to.equal('Grunddaten');
    expect(getButton('Abbrechen', wizard)).to.exist;
    expect(errorOf(getByLabel('Name der Verbindung', wizard))).to.equal('Geben Sie einen Namen für die Verbindung ein.');
  });

  it('uses the German catalogue in the Infusionsoft form too', async () => {
    const wizard = await renderWizard({ lang: 'de' });
    wizard.messages = german;
    await settle();

    await toStoreStep(wizard, { messages: german });

    expect(currentHeading(wizard)).to.equal('Shop');
    expect(getByLabel('Anwendungsname', wizard)).to.exist;
    expect(getByLabel('Benutzername', wizard)).to.exist;
    expect(getByLabel('Passwort', wizard)).to.exist;
  });
});
