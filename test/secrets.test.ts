import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { click, currentHeading, deepElements, fill, recordingEndpoint, typeInto, useBackend, waitFor } from './helpers.js';
import { renderWizard, toWarehouseStep } from './route.js';

const password = 'S3cr3t-PW-9f2';
const warehousePassword = 'Wh-P4ss-77';
const secrets = [password, warehousePassword];

const attributes = () => deepElements().flatMap((el) => Array.from(el.attributes, (a) => `<${el.localName} ${a.name}="${a.value}">`));
const storage = (store: Storage) => Array.from({ length: store.length }, (_, i) => `${store.key(i)}=${store.getItem(store.key(i)!)}`);
const shown = (value: unknown) => {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.message} ${value.stack}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Records what every console method is given, until the returned function is called. */
function captureConsole(into: string[]) {
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'count', 'timeLog'] as const;
  const originals = methods.map((method) => [method, console[method]] as const);
  for (const [method, original] of originals) {
    console[method] = (...args: unknown[]) => {
      into.push(`${method}: ${args.map(shown).join(' ')}`);
      (original as (...a: unknown[]) => void).apply(console, args);
    };
  }
  return () => originals.forEach(([method, original]) => Object.assign(console, { [method]: original }));
}

function expectNoSecretIn(where: string, texts: string[]) {
  for (const secret of secrets) {
    expect(texts.filter((t) => t.includes(secret)), `${secret} in ${where}`).to.deep.equal([]);
  }
}

describe('secrets after a full flow', () => {
  it('stay out of attributes, storage, the console, the URL and event details', async () => {
    const logged: string[] = [];
    const restoreConsole = captureConsole(logged);
    try {
      console.info('console capture on');
      const endpoint = recordingEndpoint('/api/connections', (attempt) =>
        attempt === 1 ? new HttpResponse(null, { status: 500 }) : HttpResponse.json({ id: 42, enabled_at: null }, { status: 201 }),
      );
      await useBackend(endpoint.handler);
      const wizard = await renderWizard({ endpoint: '/api/connections' });
      const details: string[] = [];
      for (const type of ['acw-step-change', 'acw-success', 'acw-error']) {
        wizard.addEventListener(type, (e) => details.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`));
      }

      await toWarehouseStep(wizard);
      await typeInto('Connection string', `sftp://wh1:${warehousePassword}@ftp.example.com`, wizard);
      await click('Show', wizard);
      await click('Continue', wizard);
      await fill('Name', 'Brand Y Store', wizard);
      await fill('Application name', 'brandy', wizard);
      await fill('Username', 'admin@example.com', wizard);
      await typeInto('Password', password, wizard);
      await click('Show', wizard);
      expectNoSecretIn('attributes while typed', attributes());
      await click('Add connection', wizard);
      await waitFor(() => details.some((d) => d.startsWith('acw-error')));
      await click('Try again', wizard);
      await waitFor(() => currentHeading(wizard) === 'Connection created');

      // The secrets did go through the flow: they were sent, and only there.
      expect(JSON.stringify(endpoint.requests[1].body)).to.contain(password).and.contain(warehousePassword);
      expect(logged[0]).to.equal('info: console capture on');
      expect(details.map((d) => d.split(' ')[0])).to.include.members(['acw-step-change', 'acw-error', 'acw-success']);
      expectNoSecretIn('attributes', attributes());
      expectNoSecretIn('the text on the page', [wizard.shadowRoot!.textContent ?? '']);
      expectNoSecretIn('storage', [...storage(localStorage), ...storage(sessionStorage), document.cookie]);
      expectNoSecretIn('the console', logged);
      expectNoSecretIn('the URL and requested URLs', [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
      expectNoSecretIn('event details', details);
    } finally {
      restoreConsole();
    }
  });
});
