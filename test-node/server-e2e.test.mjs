// The wizard against the real handler, end to end: examples/server/server.mjs (node:http,
// toNodeListener, the bundle) in headless Chromium, one browser for the file. Needs
// `npm run build` first and /usr/bin/chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { fakeDatabase, refusedPassword, startServer } from '../examples/server/server.mjs';

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(() => browser?.close());

/** A server and a page on it; both closed after `body`, whatever happens. */
async function withPage(serverOptions, body) {
  const server = await startServer({ port: 0, ...serverOptions });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await body({ page, server, db: server.db });
    assert.deepEqual(errors, [], 'no page errors');
  } finally {
    await context.close();
    await server.close();
  }
}

const textbox = (page, name) => page.getByRole('textbox', { name, exact: true });
const button = (page, name) => page.getByRole('button', { name, exact: true });
const heading = (page, name) => page.getByRole('heading', { name, exact: true }).waitFor();

/** Steps 1–4 by their labels, as a person (or assistive technology) finds them. */
async function fillCreate(page, { password = 'hunter2' } = {}) {
  await heading(page, 'Basic Information');
  await textbox(page, 'Connection name').fill('Brand Y — Infusionsoft → File Exchange');
  await button(page, 'Continue').click();
  await heading(page, 'Merchant Information');
  await page.getByRole('radio', { name: 'Use existing merchant', exact: true }).waitFor();
  await page.getByRole('radio', { name: 'Create new merchant', exact: true }).check();
  await textbox(page, 'Company name').fill('Brand Y');
  await button(page, 'Continue').click();
  await heading(page, 'Warehouse Setup');
  await textbox(page, 'Connection string').fill('sftp://wh1:s3cret@ftp.example.com');
  await button(page, 'Continue').click();
  await heading(page, 'Store Setup');
  await textbox(page, 'Name').fill('Brand Y Store');
  const platform = page.getByRole('combobox', { name: 'Platform', exact: true });
  if ((await platform.inputValue()) !== 'infusionsoft') await platform.selectOption('infusionsoft');
  await textbox(page, 'Application name').fill('brandy');
  await textbox(page, 'Username').fill('admin@example.com');
  await textbox(page, 'Password').fill(password);
  await button(page, 'Add connection').click();
}

const createdId = (page) => page.locator('#created-id').textContent();

/** The texts an element's aria-describedby points at, in its own shadow root. */
const description = (locator) =>
  locator.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .map((id) => el.getRootNode().getElementById(id)?.textContent?.trim() ?? '').join(' '));

test('create: four steps by label, Add connection, success; the hook ran once', async () => {
  await withPage({}, async ({ page, server, db }) => {
    await page.goto(server.url);
    await fillCreate(page);
    await heading(page, 'Connection created');
    const id = await createdId(page);
    assert.equal(db.calls.createConnection, 1);
    const stored = db.connections.get(id);
    assert.equal(stored.name, 'Brand Y — Infusionsoft → File Exchange');
    assert.equal(stored.store.adapter.password, 'hunter2', 'the host keeps the secret');
    assert.equal(db.customers.get(String(stored.customer_id)).company_name, 'Brand Y');
  });
});

test('a dropped answer: Try again replays the same id, createConnection ran exactly once', async () => {
  await withPage({ dropFirstAnswer: true }, async ({ page, server, db }) => {
    const posts = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/connections') posts.push(request.headers()['idempotency-key']);
    });
    const answers = [];
    page.on('response', async (response) => {
      if (response.request().method() === 'POST') answers.push({ status: response.status(), replayed: response.headers()['idempotent-replayed'] });
    });
    await page.goto(server.url);
    await fillCreate(page);
    await page.getByText('The server could not be reached', { exact: false }).waitFor().catch(async (error) => {
      const says = (await page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 200);
      throw new Error(`no network error shown (${posts.length} POSTs seen, answers ${JSON.stringify(answers)}); the page says: ${says}`, { cause: error });
    });
    assert.equal(db.calls.createConnection, 1, 'the first attempt was created before its answer was lost');
    assert.equal(db.connections.size, 1);
    const [firstId] = db.connections.keys();

    await button(page, 'Try again').click();
    await heading(page, 'Connection created');
    assert.equal(await createdId(page), firstId, 'the retry gets the first attempt’s id');
    assert.equal(db.calls.createConnection, 1, 'no second create');
    assert.equal(db.connections.size, 1);
    assert.ok(posts.length >= 2 && posts.every((key) => key === posts[0]), 'every attempt carries the same Idempotency-Key');
    assert.deepEqual(answers.at(-1), { status: 201, replayed: 'true' });
  });
});

test('a field error from the host lands on Password, every other value kept', async () => {
  await withPage({}, async ({ page, server, db }) => {
    await page.goto(server.url);
    await fillCreate(page, { password: refusedPassword });
    const password = textbox(page, 'Password');
    await password.and(page.locator('[aria-invalid="true"]')).waitFor();
    assert.match(await description(password), /Infusionsoft refused this password\./);
    assert.equal(await textbox(page, 'Username').getAttribute('aria-invalid') ?? 'false', 'false', 'only the refused field is marked');
    assert.equal(await textbox(page, 'Application name').inputValue(), 'brandy');
    assert.equal(await textbox(page, 'Username').inputValue(), 'admin@example.com');
    assert.equal(await textbox(page, 'Name').inputValue(), 'Brand Y Store');
    assert.equal(db.calls.createConnection, 1);
    assert.equal(db.connections.size, 0, 'nothing was created');

    // A 4xx is final for its key: the corrected password is a new request, and it is created.
    await password.fill('hunter3');
    await button(page, 'Add connection').click();
    await heading(page, 'Connection created');
    assert.equal(db.calls.createConnection, 2);
    assert.equal(db.connections.get(await createdId(page)).store.adapter.password, 'hunter3');
  });
});

test('edit mode: GET without secrets, change the store name, PATCH keeps the old password', async () => {
  const db = fakeDatabase();
  db.connections.set('777', {
    name: 'Brand X — Infusionsoft → ACME WMS — Newark',
    customer_id: 101,
    warehouse_id: 11,
    store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'old-secret', pay_status: '1' } },
  });
  await withPage({ db }, async ({ page, server }) => {
    const got = await (await fetch(new URL('/api/connections/777', server.url))).json();
    assert.equal(got.id, '777');
    assert.equal(got.store.adapter.username, 'admin@example.com');
    assert.ok(!JSON.stringify(got).includes('old-secret') && !('password' in got.store.adapter), 'GET answers no secret');

    const patches = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push({ url: new URL(request.url()).pathname, type: request.headers()['content-type'], body: request.postDataJSON() });
    });
    await page.goto(new URL('/?edit=777', server.url).href);
    await heading(page, 'Store Setup');
    assert.equal(await textbox(page, 'Password').inputValue(), '', 'the secret starts empty');
    await textbox(page, 'Name').fill('Brand X Outlet');
    await button(page, 'Save changes').click();
    await heading(page, 'Changes saved');
    await page.locator('#saved-status', { hasText: 'Changes saved to connection 777' }).waitFor();

    assert.deepEqual(patches, [{ url: '/api/connections/777', type: 'application/merge-patch+json', body: { store: { name: 'Brand X Outlet' } } }]);
    const stored = db.connections.get('777');
    assert.equal(stored.store.name, 'Brand X Outlet');
    assert.equal(stored.store.adapter.password, 'old-secret', 'the password left empty is kept');
    assert.equal(db.calls.updateConnection, 1);
    assert.equal(db.calls.createConnection, 0);
  });
});
