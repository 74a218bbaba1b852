import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../src/index.js';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { click, fill, getByLabel, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';

// Field names a host may use that are also names of Object.prototype's properties: each is
// a field like any other (issue 15, finding 8).
// `['__proto__']` computed: a plain `__proto__:` in a literal would set the prototype instead.
const names = { constructor: 'Constructor', toString: 'To string', ['__proto__']: 'Proto', hasOwnProperty: 'Has own property' };
const fields = Object.entries(names).map(([name, label]) => ({ name, label, type: 'text' as const, required: true }));
const builtinNames: PlatformDefinition = { id: 'builtin_names', label: 'Built-in names', kind: 'store', fields };

async function storeSetup() {
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections"></add-connection-wizard>`);
  wizard.platforms = [builtinNames];
  await settle();
  await fill('Connection name', 'Names', wizard);
  await click('Continue', wizard);
  await fill('Company name', 'Names Co', wizard);
  await click('Continue', wizard);
  await waitFor(() => getByLabel('Connection string', wizard));
  await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
  await click('Continue', wizard);
  await fill('Name', 'Names Store', wizard);
  const platform = getByLabel<HTMLSelectElement>('Platform', wizard);
  platform.value = 'builtin_names';
  platform.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => getByLabel('Constructor', wizard));
  return wizard;
}

/** The error message linked to a control through `aria-describedby`. */
function errorOf(control: Element) {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const error = ids.map((id) => root.getElementById(id)).find((el) => el?.matches('[part~="error"]'));
  return error?.textContent?.trim();
}

const problem = (errors: { pointer: string; detail: string }[]) =>
  HttpResponse.json({ title: 'Invalid', errors }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } });

describe('fields named after Object.prototype’s properties', () => {
  it('start empty', async () => {
    const wizard = await storeSetup();

    expect(Object.keys(names)).to.deep.equal(['constructor', 'toString', '__proto__', 'hasOwnProperty']);
    for (const label of Object.values(names)) expect(getByLabel(label, wizard).value, label).to.equal('');
  });

  it('are required like any other field', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await storeSetup();

    await click('Add connection', wizard);

    for (const label of Object.values(names)) expect(errorOf(getByLabel(label, wizard)), label).to.equal(`Enter the ${label.toLowerCase()}.`);
    expect(endpoint.requests).to.have.length(0);
  });

  it('are sent with the typed values, as own keys of the adapter', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await storeSetup();
    for (const [name, label] of Object.entries(names)) await fill(label, `typed ${name}`, wizard);

    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 1);

    const adapter = (endpoint.requests[0].body as { store: { adapter: object } }).store.adapter;
    expect(Object.entries(adapter)).to.deep.equal(Object.keys(names).map((name) => [name, `typed ${name}`]));
  });

  it('show the server’s errors that point at them', async () => {
    const errors = Object.keys(names).map((name) => ({ pointer: `/store/adapter/${name}`, detail: `Server says no to ${name}.` }));
    const endpoint = recordingEndpoint('/api/connections', () => problem(errors));
    await useBackend(endpoint.handler);
    const wizard = await storeSetup();
    for (const [name, label] of Object.entries(names)) await fill(label, `typed ${name}`, wizard);

    await click('Add connection', wizard);
    await waitFor(() => errorOf(getByLabel('Constructor', wizard)));

    for (const [name, label] of Object.entries(names)) expect(errorOf(getByLabel(label, wizard)), label).to.equal(`Server says no to ${name}.`);
  });
});

describe('a language named after an Object.prototype property', () => {
  it('is an unknown language: the wizard speaks English', async () => {
    const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard lang="constructor"></add-connection-wizard>`);
    await settle();

    expect(wizard.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Basic Information');
    expect(getByLabel('Connection name', wizard).value).to.equal('');
  });
});
