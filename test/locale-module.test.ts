// Spanish is a module of its own: without it lang="es" shows English and says which import
// is missing; importing it later re-renders the wizards already on the page.
import { expect } from '@open-wc/testing';
import { currentHeading, getButton, settle } from './helpers.js';
import { renderWizard } from './route.js';

describe('a language shipped as a module', () => {
  it('shows English for lang="es" until the module is imported, then Spanish', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wizard = await renderWizard({ lang: 'es' });
      await new Promise((resolve) => setTimeout(resolve));

      expect(currentHeading(wizard)).to.equal('Basic Information');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('add-connection-wizard/locales/es.js');

      await import('../src/locales/es.js');
      await settle();

      expect(currentHeading(wizard)).to.equal('Información básica');
      expect(getButton('Continuar', wizard)).to.exist;
    } finally {
      console.warn = warn;
    }
  });
});
