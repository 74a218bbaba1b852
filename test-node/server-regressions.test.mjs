// Two defects found while building examples/server/, kept as the tests that found them.
// Needs `npm run build` first (the second drives the single-file bundle).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { createConnectionHandler } from 'add-connection-wizard/server';
import { startServer } from '../examples/server/server.mjs';

// src/server/problems.ts problemResponse (and run-hook.ts problemAnswer) build
// `{ type: problem.type ?? 'about:blank', ...problem }`: httpProblem() sets `type: undefined`,
// and the spread puts it back over the default, so every plain HTTP problem goes out
// without `type`. The fix: `{ ...problem, type: problem.type ?? 'about:blank' }`.
test('plain HTTP problems carry type about:blank', async () => {
  const handler = createConnectionHandler({ createConnection: async () => ({ id: 1 }) });
  for (const [method, path] of [['GET', '/elsewhere'], ['DELETE', '/api/connections']]) {
    const response = await handler(new Request(`http://127.0.0.1${path}`, { method }));
    assert.equal((await response.json()).type, 'about:blank', `${method} ${path} answered ${response.status}`);
  }
});

// The wizard: one element that created a connection and is then switched to edit mode
// (`connection` from GET, `mode = 'edit'`, as the demo's Reconnect does) refuses Save
// changes with "Enter the connection string." on Warehouse Setup: the File Exchange form
// keeps create mode's rule for its secret, though it says "optional … leave empty to keep
// the current value". A fresh element in edit mode with the same connection saves
// (test-node/server-e2e.test.mjs, and the same steps without the create first).
test('a wizard switched from create to edit saves with the stored connection string kept', async () => {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(5000);
    const textbox = (name) => page.getByRole('textbox', { name, exact: true });
    const button = (name) => page.getByRole('button', { name, exact: true });
    await page.goto(server.url);
    await textbox('Connection name').fill('W');
    await button('Continue').click();
    await page.getByRole('radio', { name: 'Create new merchant', exact: true }).check();
    await textbox('Company name').fill('New Co');
    await button('Continue').click();
    await textbox('Connection string').fill('sftp://a:b@ftp.example.com');
    await button('Continue').click();
    await textbox('Name').fill('S');
    await textbox('Application name').fill('brandx');
    await textbox('Username').fill('u@x.com');
    await textbox('Password').fill('pw');
    await button('Add connection').click();
    await page.getByRole('heading', { name: 'Connection created', exact: true }).waitFor();
    const id = await page.locator('#created-id').textContent();

    await page.evaluate(async (id) => {
      const wizard = document.querySelector('add-connection-wizard');
      wizard.connection = await (await fetch(`/api/connections/${id}`)).json();
      wizard.editStep = 'store';
      wizard.mode = 'edit';
    }, id);
    await page.getByRole('heading', { name: 'Store Setup', exact: true }).waitFor();
    await textbox('Name').fill('S2');
    await button('Save changes').click();
    const shown = await page.getByRole('heading', { name: 'Changes saved', exact: true }).waitFor().then(() => 'Changes saved', () =>
      page.locator('add-connection-wizard').evaluate((wizard) => wizard.shadowRoot.querySelector('h2')?.textContent?.trim()));
    assert.equal(shown, 'Changes saved');
    assert.equal(server.db.connections.get(id).store.name, 'S2');
    assert.equal(server.db.connections.get(id).warehouse.adapter.connection_string, 'sftp://a:b@ftp.example.com');
  } finally {
    await browser.close();
    await server.close();
  }
});
