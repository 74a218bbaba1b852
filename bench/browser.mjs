// Timings in headless Chromium against the built single-file bundle. Each is the median
// of many runs; the machine and the date go with them into results.json.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

function serve() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x').pathname;
    const file = root + (url === '/' ? 'bench/page.html' : url.slice(1));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: drives the wizard to Store Setup with a catalogue of `count` platforms. */
async function toStoreSetup(count) {
  await customElements.whenDefined('add-connection-wizard');
  const wizard = document.createElement('add-connection-wizard');
  wizard.platforms = Array.from({ length: count }, (_, i) => ({
    id: `platform_${i}`, label: `Platform ${i} ${['Commerce', 'Shop', 'Market', 'Store'][i % 4]}`, kind: 'store', rank: i < 5 ? 10 - i : undefined,
    fields: [{ name: 'api_key', label: 'API key', type: 'secret', required: true }],
  }));
  document.body.append(wizard);
  const root = wizard.shadowRoot;
  const settle = async () => { await wizard.updateComplete; await new Promise((r) => setTimeout(r, 0)); };
  const type = (selector, value) => {
    const input = root.querySelector(selector);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  const next = async () => { root.querySelector('[part~="next-button"]').click(); await settle(); };
  await settle();
  type('#f-name', 'Bench'); await next();
  type('#f-customer-company_name', 'Bench Co'); await next();
  const warehouseForm = root.querySelector('dropstream-warehouse-form');
  await warehouseForm.updateComplete;
  const cs = warehouseForm.shadowRoot.querySelector('#connection_string');
  cs.value = 'sftp://a:b@h.example.com';
  cs.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await next();
  window.__wizard = wizard;
}

/** Runs in the page: the time from a keystroke in the picker to the filtered list rendered. */
async function pickerKeystrokes(queries) {
  const wizard = window.__wizard;
  const input = wizard.shadowRoot.querySelector('[role="combobox"]');
  input.focus();
  const times = [];
  for (const query of queries) {
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await wizard.updateComplete;
    times.push(performance.now() - start);
  }
  return times;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};
const median = (values) => percentile(values, 0.5);
const round = (n, digits = 3) => Number(n.toFixed(digits));

/** Heap after a forced collection, and the listeners on window and document, around 1,000 wizards. */
async function measureMemory(page, measures) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const listeners = async (expression) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.length;
  };
  const count = async () => (await listeners('window')) + (await listeners('document'));
  // Warm up once so that lazily created shared things (styles, templates) are not counted.
  await page.evaluate(async (m) => (await import(m)).churn(20), measures);
  const before = { heap: await heap(), listeners: await count() };
  await page.evaluate(async (m) => (await import(m)).churn(1000), measures);
  const after = { heap: await heap(), listeners: await count() };
  return {
    elements: 1000,
    heapBeforeBytes: before.heap,
    heapAfterBytes: after.heap,
    heapGrowthBytes: after.heap - before.heap,
    listenersOnWindowAndDocumentBefore: before.listeners,
    listenersOnWindowAndDocumentAfter: after.listeners,
  };
}

/** Heap around choosing among 10,000 merchants and removing the wizard (the list itself kept by the page throughout). */
async function measureMerchantMemory(page, measures) {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(async (m) => {
    const { makeMerchants, chooseAmongMerchants } = await import(m);
    window.__merchants = makeMerchants(10_000);
    await chooseAmongMerchants(window.__merchants);
  }, measures);
  const before = await heap();
  await page.evaluate(async (m) => (await import(m)).chooseAmongMerchants(window.__merchants), measures);
  const after = await heap();
  return { heapBeforeBytes: before, heapAfterBytes: after, heapGrowthBytes: after - before };
}

export async function measureBrowser() {
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => customElements.get('add-connection-wizard'));
    const measures = `/bench/measures.js`;
    const ratio = ({ wizardTimes, baselineTimes }) => ({
      wizardMs: round(median(wizardTimes)),
      templateBaselineMs: round(median(baselineTimes)),
      ratio: round(median(wizardTimes) / median(baselineTimes), 2),
    });
    const firstRender = ratio(await page.evaluate(async (m) => (await import(m)).firstRender(60), measures));
    const stepChange = ratio(await page.evaluate(async (m) => (await import(m)).stepChange(60), measures));
    const typingTimes = await page.evaluate(async (m) => (await import(m)).typing(400), measures);
    const memory = await measureMemory(page, measures);

    const merchantStep = await page.evaluate(async (m) => (await import(m)).continueToMerchants(30, 10, 10_000), measures);
    const merchantLetters = 'oak summit 3272'.split('');
    const merchantQueries = [];
    for (let run = 0; run < 20; run++) for (let i = 1; i <= merchantLetters.length; i++) merchantQueries.push(merchantLetters.slice(0, i).join(''));
    const merchantTimes = await page.evaluate(async ([m, q]) => (await import(m)).merchantKeystrokes(10_000, q), [measures, merchantQueries]);
    const merchantMemory = await measureMerchantMemory(page, measures);

    await page.evaluate(toStoreSetup, 1000);
    const letters = 'platform 9 shop market commerce store 12 3 45 p'.split('');
    const queries = [];
    for (let run = 0; run < 10; run++) for (let i = 1; i <= letters.length; i++) queries.push(letters.slice(0, i).join(''));
    const times = await page.evaluate(pickerKeystrokes, queries);
    return {
      firstRender,
      stepChange,
      typingKeystrokeMs: { runs: typingTimes.length, median: round(median(typingTimes)), p95: round(percentile(typingTimes, 0.95)) },
      pickerKeystrokeMs: { catalogue: 1000, runs: times.length, median: round(median(times)), p95: round(percentile(times, 0.95)) },
      memory,
      merchants: {
        count: 10_000,
        continueMs: { few: round(median(merchantStep.few)), many: round(median(merchantStep.many)), ratio: round(median(merchantStep.many) / median(merchantStep.few), 2) },
        keystrokeMs: { runs: merchantTimes.length, median: round(median(merchantTimes)), p95: round(percentile(merchantTimes, 0.95)) },
        memory: merchantMemory,
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await measureBrowser(), null, 2));
