// Walks through the demo in headless Chromium and saves a screenshot of each step to
// docs/screenshots/, at a desktop and a phone width. `npm run screenshots`;
// `npm run screenshots -- --only scenarios` takes only the edit-mode and preset ones,
// `--only consent` only the Etsy consent walk, `--only loading` step 1 while the rest of the
// code is held back, and when it fails to load.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
await mkdir(out, { recursive: true });

const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: 5199 }, logLevel: 'error' });
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

async function walk(name, viewport, look = {}) {
  const page = await browser.newPage({ viewport });
  const wizard = page.locator('add-connection-wizard');
  const shot = (step) => wizard.screenshot({ path: `${out}${name}-${step}.png` });
  await page.goto('http://127.0.0.1:5199/');
  await page.locator('body[data-ready]').waitFor();
  for (const [id, value] of Object.entries(look)) await page.locator(`#${id}`).selectOption(value);
  await page.getByRole('heading', { name: 'Basic Information' }).waitFor();
  await shot('1-basic');
  await page.getByRole('button', { name: 'Continue' }).click();
  await shot('1-basic-error');
  await page.getByLabel('Connection name').fill('Brand Y — Infusionsoft → ACME WMS');
  await page.getByRole('button', { name: 'Continue' }).click();
  await shot('2-merchant-existing');
  await page.getByLabel('Create new merchant').check();
  await page.getByLabel('Company name').fill('Brand Y');
  await page.getByLabel('City').fill('New York');
  await shot('2-merchant-new');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Warehouse platform').selectOption('DropStream File Exchange');
  await page.getByRole('textbox', { name: 'Connection string' }).fill('ftp.example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await shot('3-warehouse-error');
  await page.getByRole('textbox', { name: 'Connection string' }).fill('sftp://wh1:secret@ftp.example.com');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText('Connection test passed').waitFor();
  await shot('3-warehouse-tested');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Brand Y Store');
  await page.getByRole('combobox', { name: 'Platform' }).fill('Infus');
  await shot('4-store-picker');
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Application name' }).fill('brandy.infusionsoft.com');
  await page.getByRole('textbox', { name: 'Username' }).fill('admin@example.com');
  await page.getByRole('textbox', { name: 'Username' }).blur();
  await shot('4-store');
  await page.getByRole('textbox', { name: 'Application name' }).fill('brandy');
  await page.getByRole('textbox', { name: 'Password' }).fill('hunter2');
  await page.locator('#backend-mode').selectOption('error');
  await page.getByRole('button', { name: 'Add connection' }).click();
  await page.getByRole('button', { name: 'Try again' }).waitFor();
  await shot('4-store-failed');
  await page.locator('#backend-mode').selectOption('accept');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'Connection created' }).waitFor();
  await shot('5-done');
  await page.close();
}

/** Spanish, and right to left: the first two steps, with errors, by role rather than English labels. */
async function glance(name, look) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const wizard = page.locator('add-connection-wizard');
  await page.goto('http://127.0.0.1:5199/');
  await page.locator('body[data-ready]').waitFor();
  for (const [id, value] of Object.entries(look)) await page.locator(`#${id}`).selectOption(value);
  await page.locator('add-connection-wizard [part~="next-button"]').click();
  await wizard.screenshot({ path: `${out}${name}-1-basic-error.png` });
  await page.getByRole('textbox').first().fill('Marca X — Shopify → ACME');
  await page.locator('add-connection-wizard [part~="next-button"]').click();
  await page.getByRole('radio').nth(1).check();
  await page.locator('add-connection-wizard [part~="next-button"]').click();
  await wizard.screenshot({ path: `${out}${name}-2-merchant-error.png` });
  await page.close();
}

/** The merchant combobox: 10,000 merchants listed, and the mock server's search. The page, so the open list shows whole. */
async function merchants(name, source, query, viewport) {
  const page = await browser.newPage({ viewport });
  await page.goto('http://127.0.0.1:5199/');
  await page.locator('body[data-ready]').waitFor();
  await page.locator('#merchant-source').selectOption(source);
  await page.getByLabel('Connection name').fill('Oak Summit — Infusionsoft → ACME WMS');
  await page.getByRole('button', { name: 'Continue' }).click();
  const box = page.getByRole('combobox', { name: 'Existing merchants' });
  await box.pressSequentially(query, { delay: 20 });
  await page.locator('add-connection-wizard').getByRole('option').first().waitFor();
  await page.screenshot({ path: `${out}${name}.png` });
  await page.close();
}

/** The demo's scenario buttons: Reconnect (edit mode) and a merchant-facing page (preset), on Store Setup. */
async function scenarios(name, viewport) {
  const page = await browser.newPage({ viewport });
  const wizard = page.locator('add-connection-wizard');
  const shot = (step) => wizard.screenshot({ path: `${out}${name}-${step}.png` });
  await page.goto('http://127.0.0.1:5199/');
  await page.locator('body[data-ready]').waitFor();

  await page.getByRole('button', { name: 'Reconnect a connection (edit mode)' }).click();
  await page.getByRole('heading', { name: 'Store Setup' }).waitFor();
  await page.getByRole('textbox', { name: 'Application name' }).waitFor();
  await shot('edit-4-store');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await wizard.locator('[part="notice"]').waitFor();
  await shot('edit-4-store-no-changes');
  await page.getByRole('textbox', { name: 'Password' }).fill('new-password');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: 'Changes saved' }).waitFor();
  await shot('edit-5-saved');

  await page.getByRole('button', { name: 'Merchant-facing page (preset)' }).click();
  await page.getByRole('heading', { name: 'Store Setup' }).waitFor();
  await page.getByRole('textbox', { name: 'Application name' }).waitFor();
  await shot('preset-4-store');
  await page.close();
}

/** The demo's consent platform, Etsy, end to end: Connect, the consent page in its popup, Allow, connected, created. */
async function consent(name, viewport, byKeyboard = false) {
  const page = await browser.newPage({ viewport });
  const wizard = page.locator('add-connection-wizard');
  const shot = (step) => wizard.screenshot({ path: `${out}${name}-${step}.png` });
  await page.goto('http://127.0.0.1:5199/');
  await page.locator('body[data-ready]').waitFor();
  await page.getByLabel('Connection name').fill('Northwind Candle — Etsy → ACME WMS');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Brand X').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Create new store').check();
  await page.getByLabel('Name', { exact: true }).fill('Northwind Candle on Etsy');
  await page.getByRole('combobox', { name: 'Platform' }).fill('Etsy');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Connect with Etsy' }).waitFor();
  await shot('consent-1-connect');
  // By mouse, or by keyboard alone: Enter on Connect, Enter on Allow (the consent page focuses it).
  const connect = page.getByRole('button', { name: 'Connect with Etsy' });
  if (byKeyboard) await connect.focus();
  const [popup] = await Promise.all([page.waitForEvent('popup'), byKeyboard ? page.keyboard.press('Enter') : connect.click()]);
  await popup.setViewportSize({ width: 520, height: 640 });
  await popup.locator('#allow:enabled').waitFor();
  await shot('consent-2-waiting');
  await popup.screenshot({ path: `${out}${name}-consent-3-provider.png` });
  if (byKeyboard) await popup.keyboard.press('Enter');
  else await popup.getByRole('button', { name: 'Allow access' }).click();
  await wizard.getByText('Connected to Etsy').waitFor({ timeout: 10_000 });
  await shot('consent-4-connected');
  const add = page.getByRole('button', { name: 'Add connection' });
  if (byKeyboard) await add.focus().then(() => page.keyboard.press('Enter'));
  else await add.click();
  await page.getByRole('heading', { name: 'Connection created' }).waitFor();
  await shot('consent-5-done');
  await page.close();
}

/** Step 1 before the rest of the code arrives (held back), then with its fetch failed. */
async function loading(name, viewport) {
  for (const [state, answer] of [['held', (route) => new Promise(() => route)], ['failed', (route) => route.fulfill({ status: 503, body: '' })]]) {
    const page = await browser.newPage({ viewport });
    await page.route(/wizard-engine/, answer);
    await page.goto('http://127.0.0.1:5199/');
    await page.getByRole('heading', { name: 'Basic Information' }).waitFor();
    await page.getByLabel('Connection name').fill('Brand Y — Infusionsoft');
    if (state === 'failed') await page.getByRole('button', { name: 'Reload page' }).waitFor();
    await page.locator('add-connection-wizard').screenshot({ path: `${out}${name}-loading-${state}.png` });
    await page.close();
  }
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
try {
  if (only === undefined || only === 'consent') {
    await consent('desktop', { width: 1280, height: 900 });
    await consent('phone', { width: 360, height: 780 }, true);
  }
  if (only === undefined || only === 'scenarios') {
    await scenarios('desktop', { width: 1280, height: 900 });
    await scenarios('phone', { width: 360, height: 780 });
  }
  if (only === undefined || only === 'loading') {
    await loading('desktop', { width: 1280, height: 900 });
    await loading('phone', { width: 360, height: 780 });
  }
  if (only === undefined) await everyStep();
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}`);

async function everyStep() {
  await merchants('merchants-10000', 'many', 'oak sum', { width: 1280, height: 900 });
  await merchants('merchants-search', 'search', 'harbor', { width: 1280, height: 900 });
  await merchants('phone-merchants-10000', 'many', 'pine', { width: 360, height: 780 });
  await walk('desktop', { width: 1280, height: 900 });
  await walk('phone', { width: 360, height: 780 });
  await walk('dark', { width: 1280, height: 900 }, { theme: 'dark' });
  await walk('brand', { width: 1280, height: 900 }, { theme: 'brand' });
  await glance('spanish', { language: 'es' });
  await glance('rtl', { direction: 'rtl' });
}
