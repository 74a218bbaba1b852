// The demo's consent platform as a person uses it: `npm start`'s page (vite) in headless
// Chromium, Etsy on Store Setup, by keyboard alone: Enter on Connect with Etsy, Enter on the
// consent page's Allow access, Enter on Add connection. The demo's backend is the package's
// handler under msw, so this walks its start, callback, token exchange and outcome routes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

let server;
let browser;
before(async () => {
  server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the demo connects Etsy by consent, by keyboard alone', { timeout: 60_000 }, async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator('body[data-ready]').waitFor();
  const wizard = page.locator('add-connection-wizard');

  await page.getByLabel('Connection name').fill('Northwind Candle — Etsy → ACME WMS');
  await page.keyboard.press('Enter');
  await page.getByLabel('Brand X').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Warehouse Setup' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Create new store').check();
  await page.getByLabel('Name', { exact: true }).fill('Northwind Candle on Etsy');
  await page.getByRole('combobox', { name: 'Platform' }).fill('Etsy');
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Connect with Etsy' }).focus();
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Enter')]);
  // The consent page focuses Allow access once the handler's start route has answered.
  await popup.locator('#allow:enabled:focus').waitFor();
  await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Enter')]);
  await wizard.getByText('Connected to Etsy as Northwind Candle Co. (demo shop).').waitFor();

  await page.getByRole('button', { name: 'Add connection' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Connection created' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
