// What four host pages load before the wizard's first step, and how long that step takes
// to appear: `node bench/first-load.mjs [dist…]` (default: this build's dist/; name an
// older build's dist/ to compare side by side). Needs `npm run build` first.
//
// Bytes: each page bundled as a bundler host does (esbuild with code splitting over the
// package's ESM entry), each file brotli'd as a server sends it. "first load" is the
// entry and what it imports statically; "before the first step" adds what the page must
// fetch before it shows anything (edit mode and presets wait for the rest of the code);
// "fetched meanwhile" is what loads while step 1 is already on screen.
// Time: inserted → first step's heading in the shadow root, in headless Chromium, each run
// in a new browser context (nothing cached), over loopback and over a throttled network.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

const catalogue = Array.from({ length: 1000 }, (_, i) => ({
  id: `platform_${i}`,
  label: `Platform ${i}`,
  kind: 'store',
  fields: [{ name: 'api_key', label: 'API key', type: 'secret', required: true }],
}));

/** The host pages: what each sets on the wizard before inserting it. */
const pages = {
  a: { title: '(a) minimal create embed', setup: '' },
  b: { title: '(b) with a 1,000-platform catalogue', setup: `wizard.platforms = (await import('./catalogue.json', { with: { type: 'json' } })).default;` },
  c: {
    title: '(c) edit mode',
    // Edit mode and presets show nothing until the rest of the code has arrived.
    waits: true,
    setup: `wizard.mode = 'edit'; wizard.connection = { id: 41, name: 'Acme', customer_id: 7, warehouse_id: 3, store: { id: 9, name: 'Acme Shop', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops', pay_status: 'Paid' } } }; wizard.merchants = [{ id: 7, company_name: 'Acme', warehouses: [{ id: 3, name: 'Main' }] }];`,
  },
  d: { title: '(d) a merchant-facing preset page', waits: true, setup: `wizard.preset = { customer_id: 7, warehouse_id: 3 }; wizard.merchants = [{ id: 7, company_name: 'Acme', warehouses: [{ id: 3, name: 'Main' }] }];` },
};
// Pages (c) and (d) again, importing `eager.js` (the entry with the rest inside), where the build has it.
pages.ce = { ...pages.c, title: '(c) edit mode, importing `eager.js`', entry: 'eager.js' };
pages.de = { ...pages.d, title: '(d) a preset page, importing `eager.js`', entry: 'eager.js' };

/** Runs in the page: inserts the wizard and reports when its first step shows and when it has all rendered. */
const hostScript = (dist, setup, entry = 'index.js') => `import '${dist}/esm/${entry}';
const wizard = document.createElement('add-connection-wizard');
wizard.endpoint = '/api/connections';
${setup}
const started = performance.now();
document.body.append(wizard);
// The shadow root exists once the wizard is connected: watch it for the first heading.
const seen = () => {
  if (window.firstStepMs !== undefined || !wizard.shadowRoot.querySelector('[part~="heading"]')) return;
  window.firstStepMs = performance.now() - started;
  window.firstStepFromNavigationMs = performance.now();
  observer.disconnect();
};
const observer = new MutationObserver(seen);
observer.observe(wizard.shadowRoot, { childList: true, subtree: true });
seen();
await wizard.updateComplete;
window.wholeMs = performance.now() - started;
// From the start of navigation, the page's own first load included.
window.fromNavigationMs = performance.now();
`;

/** The pages a build can serve: those of an entry it has. */
const pagesOf = (dist) => Object.fromEntries(Object.entries(pages).filter(([, page]) => existsSync(join(dist, 'esm', page.entry ?? 'index.js'))));

/** Each page bundled on its own, as its host would: `out-<id>/`. */
async function bundlePages(dist, dir) {
  await writeFile(join(dir, 'catalogue.json'), JSON.stringify(catalogue));
  const outputs = {};
  for (const [id, page] of Object.entries(pagesOf(dist))) {
    const file = join(dir, `host-${id}.js`);
    await writeFile(file, hostScript(dist, page.setup, page.entry));
    await writeFile(join(dir, `host-${id}.html`), `<!doctype html><meta charset="utf-8"><title>${page.title}</title><body><script type="module" src="./out-${id}/host-${id}.js"></script>`);
    const result = await esbuild.build({
      entryPoints: [file],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: join(dir, `out-${id}`),
      metafile: true,
      legalComments: 'none',
      logLevel: 'silent',
      absWorkingDir: root,
    });
    Object.assign(outputs, result.metafile.outputs);
  }
  return outputs;
}

/** Brotli bytes of the files reached from `start` by static imports, minus those in `counted`. */
async function staticGraph(outputs, start, counted = new Set()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || counted.has(file)) return;
    seen.add(file);
    for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(start);
  let bytes = 0;
  for (const file of seen) bytes += brotli(await readFile(join(root, file))).length;
  return { files: seen, bytes };
}

async function measureBytes(outputs, dist) {
  const result = {};
  for (const id of Object.keys(pagesOf(dist))) {
    const own = Object.keys(outputs).filter((file) => file.includes(`/out-${id}/`));
    const engine = own.find((file) => Object.keys(outputs[file].inputs).some((input) => input.endsWith('/wizard-engine.js')));
    const entry = own.find((file) => outputs[file].entryPoint?.endsWith(`host-${id}.js`));
    const first = await staticGraph(outputs, entry);
    const rest = engine && !first.files.has(engine) ? await staticGraph(outputs, engine, first.files) : { bytes: 0 };
    const { waits } = pages[id];
    result[id] = { firstLoad: first.bytes, firstLoadFiles: first.files.size, beforeFirstStep: first.bytes + (waits ? rest.bytes : 0), fetchedMeanwhile: waits ? 0 : rest.bytes, restFiles: rest.files?.size ?? 0 };
  }
  return result;
}

function serve(dir) {
  // Compressed once, as a server with precompressed files sends them: quality 11 takes
  // longer than the fetch it would be measured in.
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      if (!compressed.has(path)) compressed.set(path, brotli(await readFile(join(dir, path))));
      const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'br', 'Cache-Control': 'no-store' }).end(compressed.get(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
};

/** A slow mobile network: Chrome DevTools' "Fast 3G" (562.5 ms round trip, 1.44 Mbps down). */
const fast3g = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1e6) / 8, uploadThroughput: (0.675 * 1e6) / 8 };

async function measureTimes(dir, dist, runs) {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  const result = {};
  try {
    for (const [network, conditions] of [['loopback', undefined], ['fast3g', fast3g]]) {
      for (const id of Object.keys(pagesOf(dist))) {
        const first = [];
        const whole = [];
        const firstFromNavigation = [];
        const wholeFromNavigation = [];
        for (let run = 0; run < (conditions ? Math.ceil(runs / 3) : runs); run++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          if (conditions) {
            const cdp = await context.newCDPSession(page);
            await cdp.send('Network.emulateNetworkConditions', conditions);
          }
          await page.goto(`${origin}/host-${id}.html`);
          await page.waitForFunction(() => window.wholeMs !== undefined && window.firstStepMs !== undefined, null, { timeout: 60000 });
          first.push(await page.evaluate(() => window.firstStepMs));
          whole.push(await page.evaluate(() => window.wholeMs));
          firstFromNavigation.push(await page.evaluate(() => window.firstStepFromNavigationMs));
          wholeFromNavigation.push(await page.evaluate(() => window.fromNavigationMs));
          await context.close();
        }
        result[network] ??= {};
        result[network][id] = {
          firstStepMs: median(first),
          wholeMs: median(whole),
          firstStepFromNavigationMs: median(firstFromNavigation),
          wholeFromNavigationMs: median(wholeFromNavigation),
          runs: first.length,
        };
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return result;
}

/** Bytes (and, unless `times` is false, times) of one build's pages. */
export async function measureFirstLoad(dist = `${root}dist`, { runs = 15, times = true } = {}) {
  // Inside the project, so that the bundles' bare imports resolve from its node_modules.
  const dir = await mkdtemp(join(root, 'bench', '.tmp-first-load-'));
  try {
    const outputs = await bundlePages(dist, dir);
    const singleFile = brotli(await readFile(join(dist, 'add-connection-wizard.js'))).length;
    const result = { pages: Object.fromEntries(Object.entries(pagesOf(dist)).map(([id, p]) => [id, p.title])), bytes: await measureBytes(outputs, dist), singleFile };
    return times ? { ...result, times: await measureTimes(dir, dist, runs) } : result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dists = process.argv.slice(2);
  for (const dist of dists.length > 0 ? dists : [`${root}dist`]) console.log(dist, JSON.stringify(await measureFirstLoad(dist), null, 2));
}
