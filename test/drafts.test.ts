import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, fill, getByLabel, pause, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { draftEntries, draftRoute, entries, secrets, values } from './draft-helpers.js';
import { readyToSubmit, renderWizard } from './route.js';

let n = 0;
const uniqueKey = () => `drafts-test-${++n}-${Date.now()}`;
const render = (draftKey?: string) => renderWizard({ endpoint: '/api/connections', draftKey });
const saved = (key: string, text: string) => waitFor(() => draftEntries(key).some((e) => e.value.includes(text)));
const value = (label: string, wizard: AddConnectionWizard) => getByLabel(label, wizard).value;

async function expectFreshStart(key: string) {
  const wizard = await render(key);
  await settle();
  expect(wizard.currentStep).to.equal(1);
  expect(value('Connection name', wizard)).to.equal('');
}

describe('drafts (draft-key)', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('restores the step and every non-secret value in a new element, and never stores a secret', async () => {
    const key = uniqueKey();
    const first = await render(key);
    await readyToSubmit(first, draftRoute);
    await saved(key, values.Username);
    first.remove();

    const stored = entries(localStorage).join('\n');
    expect(stored).to.contain(values['Application name']).and.contain(values.City);
    for (const secret of secrets) expect(stored, secret).not.to.contain(secret);

    const wizard = await render(key);
    await waitFor(() => value('Application name', wizard) === values['Application name']);
    expect(wizard.currentStep).to.equal(4);
    expect(currentHeading(wizard)).to.equal('Store Setup');
    expect(value('Name', wizard)).to.equal(values.Name);
    expect(value('Username', wizard)).to.equal(values.Username);
    expect(getByLabel('Not Required', wizard).checked, 'Pay Status').to.equal(true);
    expect(value('Password', wizard), 'Password').to.equal('');
    await click('Back', wizard);
    expect(value('Connection string', wizard), 'Connection string').to.equal('');
    await click('Back', wizard);
    expect(value('Company name', wizard)).to.equal(values['Company name']);
    expect(value('City', wizard)).to.equal(values.City);
    await click('Back', wizard);
    expect(value('Connection name', wizard)).to.equal(values['Connection name']);
  });

  it('puts a restored form’s values back once: what is typed after survives a step change', async () => {
    const key = uniqueKey();
    const first = await render(key);
    await readyToSubmit(first, draftRoute);
    await saved(key, values.Username);
    first.remove();

    const wizard = await render(key);
    await waitFor(() => value('Username', wizard) === values.Username);
    await fill('Username', 'changed@draft.example', wizard);
    await click('Back', wizard);
    // Secrets are never kept: the connection string is typed again.
    await fill('Connection string', values['Connection string'], wizard);
    await click('Continue', wizard);
    await waitFor(() => getByLabel('Username', wizard));
    expect(value('Username', wizard)).to.equal('changed@draft.example');
  });

  it('is cleared after a successful submission', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const key = uniqueKey();
    const wizard = await render(key);
    await readyToSubmit(wizard, draftRoute);
    await saved(key, values.Username);

    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(draftEntries(key)).to.deep.equal([]);
    await pause(400);
    wizard.remove();
    expect(draftEntries(key)).to.deep.equal([]);
    await expectFreshStart(key);
  });

  it('is cleared after Cancel', async () => {
    const key = uniqueKey();
    const wizard = await render(key);
    await readyToSubmit(wizard, draftRoute);
    await saved(key, values.Username);

    await click('Cancel', wizard);
    expect(draftEntries(key)).to.deep.equal([]);
    await pause(400);
    wizard.remove();
    expect(draftEntries(key)).to.deep.equal([]);
    await expectFreshStart(key);
  });

  it('writes nothing to localStorage or sessionStorage without draft-key', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const wizard = await render();
    await readyToSubmit(wizard, draftRoute);
    await pause(400);
    wizard.remove();
    expect(entries(localStorage)).to.deep.equal([]);
    expect(entries(sessionStorage)).to.deep.equal([]);
  });

  it('restores with a draft key set as a property after the element is added', async () => {
    const key = uniqueKey();
    const first = await render(key);
    await readyToSubmit(first, draftRoute);
    await saved(key, values.Username);
    first.remove();

    const wizard = await render();
    wizard.draftKey = key;
    await waitFor(() => currentHeading(wizard) === 'Store Setup' && value('Application name', wizard) === values['Application name']);
    expect(value('Name', wizard)).to.equal(values.Name);
    await click('Back', wizard);
    await click('Back', wizard);
    expect(value('Company name', wizard)).to.equal(values['Company name']);
  });

  it('ignores a corrupt entry without throwing, and saves a fresh draft over it', async () => {
    const key = uniqueKey();
    const first = await render(key);
    await fill('Connection name', 'Before corruption', first);
    await saved(key, 'Before corruption');
    first.remove();
    const [entry] = draftEntries(key);
    localStorage.setItem(entry.key, '{"version":1,"step":4,"draft":');

    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('error' in e ? e.error : e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const wizard = await render(key);
      await settle();
      expect(wizard.currentStep).to.equal(1);
      expect(value('Connection name', wizard)).to.equal('');
      await fill('Connection name', 'After corruption', wizard);
      await saved(key, 'After corruption');
      expect(() => JSON.parse(draftEntries(key)[0].value)).not.to.throw();
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(thrown).to.deep.equal([]);
  });

  it('never puts a secret back into a form, even from an entry that holds one', async () => {
    const key = uniqueKey();
    const first = await render(key);
    await readyToSubmit(first, draftRoute);
    await saved(key, values.Username);
    first.remove();
    // An entry written by another version or edited by hand: every form's values get secrets.
    for (const entry of draftEntries(key)) {
      const draft = JSON.parse(entry.value) as { forms: Record<string, Record<string, string>> };
      for (const form of Object.values(draft.forms)) Object.assign(form, { password: 'Planted-PW-1', connection_string: 'sftp://x:Planted-PW-2@h' });
      localStorage.setItem(entry.key, JSON.stringify(draft));
    }

    const wizard = await render(key);
    await waitFor(() => value('Application name', wizard) === values['Application name']);
    expect(value('Password', wizard), 'Password').to.equal('');
    await click('Back', wizard);
    expect(value('Connection string', wizard), 'Connection string').to.equal('');
  });

  it('saves at once when the page is hidden right after typing', async () => {
    const key = uniqueKey();
    const wizard = await render(key);
    const input = getByLabel('Connection name', wizard);
    input.value = 'Typed just before closing';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await wizard.updateComplete;
    expect(draftEntries(key), 'not saved yet (debounced)').to.deep.equal([]);

    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(draftEntries(key).map((e) => e.value).join()).to.contain('Typed just before closing');
  });
});
