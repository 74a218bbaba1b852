// Installs the packed package the way a user would and runs every example in examples/
// through a full submission in headless Chromium. `npm run test:examples`.
//
// For each example: copy it to a fresh temp folder, install the tarball and the example's
// own dependencies, type-check and build it when its package.json has those scripts, serve
// the result (the folder itself when there is no build) on 127.0.0.1 with a tiny server
// that also answers POST /api/connections (validating the body with the installed
// package's `schema` entry, then 201 { id: 4242, customer_id }), GET /api/connections/:id
// (the stored connection without its secrets, in the wizard's `connection` shape) and
// PATCH /api/connections/:id (merge-patch+json only, then 200 { id }), and in Chromium: fill
// the four steps (new merchant, File Exchange, Infusionsoft) by their labels, press Add
// connection and wait for the page to show 4242 from acw-success. Examples with a
// Reconnect button then reopen the connection in edit mode, change the store password and
// press Save changes: exactly one PATCH with `{"store":{"adapter":{"password":"new-pw"}}}`.
//
// Options: --only react19,vue3   run some examples
//          --no-build            pack dist/ as it is (default: `npm run build` first)
//          --keep                keep the temp folder
//          --serve NAME          prepare one example, then serve it until Ctrl-C (or SIGTERM)
//          --port N              with --serve: the port (default 5180; 0 picks a free one)
// Prints one line per example and a closing "N passed, N failed"; exits 1 on a failure.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const examplesDir = join(root, 'examples');
const CREATED_ID = 4242;
// The ids the server gives the records a create body describes rather than names.
const NEW_CUSTOMER_ID = 3775;
const NEW_STORE_ID = 5603;
// Adapter keys the server never answers: the example server stores them, hands them back never.
const SECRET_KEYS = new Set(['password', 'connection_string']);
// The examples that go on to edit the connection they created.
const RECONNECTING = new Set(['react19', 'vue3']);

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    serve: { type: 'string' },
    port: { type: 'string', default: '5180' },
  },
});

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

// npm run exports npm_* variables (its prefix, the package being run…); a nested npm
// install must see none of them, or it may act on this repository instead of the copy.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)),
);

function sh(command, args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: cleanEnv, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout}\n${stderr}`.trim()), { stdout, stderr }));
      else resolve(stdout);
    });
  });
}

async function timed(fn) {
  const t = Date.now();
  await fn();
  return Date.now() - t;
}

// ----- The package ---------------------------------------------------------------------

async function packPackage(workDir) {
  if (!options['no-build']) await sh('npm', ['run', 'build', '--silent'], root);
  const out = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], root);
  const [packed] = JSON.parse(out.slice(out.search(/^\[/m)));
  return join(workDir, packed.filename);
}

// ----- One example: install, type-check, build ------------------------------------------

async function prepare(name, workDir, tarball) {
  const dir = join(workDir, name);
  await cp(join(examplesDir, name), dir, {
    recursive: true,
    filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
  });
  // The tarball, never the registry, for the package itself.
  const pkgFile = join(dir, 'package.json');
  const pkg = JSON.parse(await readFile(pkgFile, 'utf8'));
  pkg.dependencies = { ...pkg.dependencies, 'add-connection-wizard': `file:${tarball}` };
  await writeFile(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

  const steps = {};
  steps.install = await timed(() => sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir));
  if (pkg.scripts?.typecheck) steps.typecheck = await timed(() => sh('npm', ['run', 'typecheck', '--silent'], dir));
  if (pkg.scripts?.build) steps.build = await timed(() => sh('npm', ['run', 'build', '--silent'], dir));
  const servedDir = pkg.scripts?.build ? join(dir, 'dist') : dir;
  if (!pkg.scripts?.build) await pinWithSubresourceIntegrity(dir);
  return { name, dir, servedDir, steps };
}

/**
 * A page without a build step loads the single-file bundle with a script tag; pin it with
 * Subresource Integrity as the README advises, so the test also proves that the bundle is
 * self-contained (an integrity-pinned module that fetched chunks would not run them pinned).
 */
async function pinWithSubresourceIntegrity(dir) {
  const bundlePath = 'node_modules/add-connection-wizard/dist/add-connection-wizard.js';
  const htmlFile = join(dir, 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  const tag = `<script type="module" src="./${bundlePath}"></script>`;
  if (!html.includes(tag)) return;
  const digest = createHash('sha384').update(await readFile(join(dir, bundlePath))).digest('base64');
  await writeFile(htmlFile, html.replace(tag, `<script type="module" src="./${bundlePath}" integrity="sha384-${digest}" crossorigin="anonymous"></script>`));
}

// ----- The server: static files + the mock endpoint ------------------------------------

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function serve(example, port = 0) {
  // The installed package's own schema entry, as a host's Node backend would import it.
  const require = createRequire(join(example.dir, 'package.json'));
  const { connectionRequestSchema, toFieldErrors } = await import(pathToFileURL(require.resolve('add-connection-wizard/schema')).href);
  // Every API request, as { method, path, headers, body }; the body holds secrets: compared, never printed.
  const requests = [];
  const stored = new Map();

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const readJson = async () => {
        let raw = '';
        for await (const chunk of req) raw += chunk;
        return raw === '' ? undefined : JSON.parse(raw);
      };
      if (url.pathname === '/api/connections') {
        if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
        const body = await readJson();
        requests.push({ method: req.method, path: url.pathname, headers: req.headers, body });
        const result = connectionRequestSchema.safeParse(body);
        if (!result.success) {
          return send(res, 422, 'application/problem+json', JSON.stringify({ title: 'Invalid connection', errors: toFieldErrors(result.error) }));
        }
        const connection = storedConnection(CREATED_ID, result.data);
        stored.set(String(CREATED_ID), connection);
        return send(res, 201, 'application/json', JSON.stringify({ id: CREATED_ID, enabled: false, customer_id: connection.customer_id }));
      }
      const one = /^\/api\/connections\/([^/]+)$/.exec(url.pathname);
      if (one) {
        const id = decodeURIComponent(one[1]);
        const connection = stored.get(id);
        if (req.method === 'GET') {
          requests.push({ method: req.method, path: url.pathname, headers: req.headers });
          if (!connection) return send(res, 404, 'application/problem+json', JSON.stringify({ title: `No connection ${id}` }));
          return send(res, 200, 'application/json', JSON.stringify(withoutSecrets(connection)));
        }
        if (req.method === 'PATCH') {
          const type = String(req.headers['content-type'] ?? '').split(';')[0].trim();
          const body = type === 'application/merge-patch+json' ? await readJson() : undefined;
          requests.push({ method: req.method, path: url.pathname, headers: req.headers, body });
          if (body === undefined) return send(res, 415, 'application/problem+json', JSON.stringify({ title: 'Send application/merge-patch+json' }));
          if (!connection) return send(res, 404, 'application/problem+json', JSON.stringify({ title: `No connection ${id}` }));
          stored.set(id, applyMergePatch(connection, body));
          return send(res, 200, 'application/json', JSON.stringify({ id: connection.id }));
        }
        return send(res, 405, 'text/plain', 'GET or PATCH only');
      }
      if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      let file = join(example.servedDir, path);
      if (!file.startsWith(example.servedDir)) return send(res, 403, 'text/plain', 'Forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      if (!(await stat(file).catch(() => null))?.isFile()) return send(res, 404, 'text/plain', 'Not found');
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(res);
    } catch (error) {
      send(res, 500, 'text/plain', String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** What the server keeps of a create body: the wizard's `connection` shape, with secrets. */
function storedConnection(id, body) {
  const connection = { id, name: body.name, customer_id: body.customer_id ?? NEW_CUSTOMER_ID };
  if (body.warehouse) connection.warehouse = { platform: body.warehouse.platform, adapter: { ...body.warehouse.adapter } };
  else if (body.warehouse_id !== undefined) connection.warehouse_id = body.warehouse_id;
  if (body.store) connection.store = { id: NEW_STORE_ID, name: body.store.name, platform: body.store.platform, adapter: { ...body.store.adapter } };
  else connection.store = { id: body.store_id, name: '', platform: '' };
  return connection;
}

/** A connection as GET answers it: every secret adapter value left out. */
function withoutSecrets(connection) {
  const clean = (part) => part && { ...part, adapter: Object.fromEntries(Object.entries(part.adapter ?? {}).filter(([key]) => !SECRET_KEYS.has(key))) };
  const out = { ...connection, store: clean(connection.store) };
  if (connection.warehouse) out.warehouse = clean(connection.warehouse);
  return out;
}

/** RFC 7396. */
function applyMergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = applyMergePatch(out[key], value);
  }
  return out;
}

function send(res, status, type, text) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(text);
}

// ----- The browser: one full submission -------------------------------------------------

async function submitThroughWizard(browser, server, name) {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    const textbox = (name) => page.getByRole('textbox', { name, exact: true });
    const button = (name) => page.getByRole('button', { name, exact: true });
    const heading = (name) => page.getByRole('heading', { name, exact: true }).waitFor();

    await page.goto(server.url);
    await heading('Basic Information');
    await textbox('Connection name').fill('Brand X — Infusionsoft → File Exchange');
    await button('Continue').click();

    await heading('Merchant Information');
    // The host passed one merchant as a property: the wizard offers it.
    await page.getByRole('radio', { name: 'Use existing merchant', exact: true }).waitFor();
    await page.getByRole('radio', { name: 'Create new merchant', exact: true }).check();
    await textbox('Company name').fill('Brand X');
    await button('Continue').click();

    await heading('Warehouse Setup');
    await textbox('Connection string').fill('sftp://u:p@ftp.example.com');
    await button('Continue').click();

    await heading('Store Setup');
    await textbox('Name').fill('Brand X Store');
    const platform = page.getByRole('combobox', { name: 'Platform', exact: true });
    if ((await platform.inputValue()) !== 'infusionsoft') await platform.selectOption('infusionsoft');
    await textbox('Application name').fill('brandx');
    await textbox('Username').fill('admin@example.com');
    await textbox('Password').fill('hunter2');
    await button('Add connection').click();

    await page.waitForFunction(
      (id) => document.querySelector('#created-id')?.textContent?.trim() === id,
      String(CREATED_ID),
      { timeout: 15_000 },
    ).catch(async () => {
      throw new Error(`the page never showed ${CREATED_ID}; it says: ${(await page.locator('body').innerText()).slice(0, 300)}`);
    });
    await heading('Connection created');

    const describe = (requests) => requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none';
    if (server.requests.length !== 1 || server.requests[0].method !== 'POST') throw new Error(`expected 1 POST, got ${describe(server.requests)}`);
    const [{ headers, body }] = server.requests;
    if (!headers['idempotency-key']) throw new Error('the request had no Idempotency-Key');
    const expected = {
      name: 'Brand X — Infusionsoft → File Exchange',
      customer: { company_name: 'Brand X' },
      warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://u:p@ftp.example.com' } },
      store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2', pay_status: '1' } },
    };
    if (JSON.stringify(body) !== JSON.stringify(expected)) throw new Error(`unexpected body with keys ${JSON.stringify(Object.keys(body))}`);

    if (RECONNECTING.has(name)) {
      // Reconnect: the page loads the connection (without secrets) and edits it.
      await button('Reconnect').click();
      await heading('Store Setup');
      const gets = server.requests.filter((r) => r.method === 'GET');
      if (gets.length !== 1 || gets[0].path !== `/api/connections/${CREATED_ID}`) throw new Error(`expected GET /api/connections/${CREATED_ID}, got ${describe(gets)}`);
      // The known values are filled in, the secret is not.
      if ((await textbox('Username').inputValue()) !== 'admin@example.com') throw new Error('edit mode did not fill in the stored username');
      if ((await textbox('Password').inputValue()) !== '') throw new Error('edit mode filled in a password');
      await textbox('Password').fill('new-pw');
      await button('Save changes').click();
      await heading('Changes saved').catch(async (error) => {
        // Say where the wizard went instead, and why (headings and error summaries hold no secrets).
        const where = await page.evaluate(() => {
          const root = document.querySelector('add-connection-wizard[mode="edit"]')?.shadowRoot;
          const heading = root?.querySelector('h2, [part~="heading"]')?.textContent?.trim();
          const problems = [...(root?.querySelectorAll('[role="alert"], [part~="notice"]') ?? [])].map((el) => el.textContent?.replace(/\s+/g, ' ').trim()).filter(Boolean);
          return `it shows "${heading}"${problems.length ? `, saying: ${problems.join(' / ')}` : ''}`;
        }).catch(() => 'unknown');
        throw new Error(`Save changes did not save: ${where}\n${error.message.split('\n')[0]}`);
      });
      await page.waitForFunction(
        (text) => document.querySelector('#saved-status[role="status"]')?.textContent?.trim() === text,
        `Changes saved to connection ${CREATED_ID}`,
        { timeout: 5_000 },
      ).catch(async () => {
        throw new Error(`the page never said the changes were saved; #saved-status says: ${await page.locator('#saved-status').textContent().catch(() => '(missing)')}`);
      });
      const patches = server.requests.filter((r) => r.method === 'PATCH');
      if (patches.length !== 1 || patches[0].path !== `/api/connections/${CREATED_ID}`) throw new Error(`expected 1 PATCH /api/connections/${CREATED_ID}, got ${describe(patches)}`);
      const [patch] = patches;
      if (patch.headers['content-type'] !== 'application/merge-patch+json') throw new Error(`the PATCH was sent as ${patch.headers['content-type']}`);
      if (!patch.headers['idempotency-key']) throw new Error('the PATCH had no Idempotency-Key');
      const expectedPatch = { store: { adapter: { password: 'new-pw' } } };
      if (JSON.stringify(patch.body) !== JSON.stringify(expectedPatch)) {
        throw new Error(`unexpected PATCH body with keys ${JSON.stringify(patch.body && typeof patch.body === 'object' ? Object.keys(patch.body) : patch.body)}`);
      }
      if (server.requests.filter((r) => r.method === 'POST').length !== 1) throw new Error('edit mode created another connection');
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

// ----- Main -----------------------------------------------------------------------------

// A framework example is a project of its own (a package.json that installs the tarball);
// examples/server/ is a Node server, tested by test-node/server-e2e.test.mjs instead.
const isProject = (name) => readFile(join(examplesDir, name, 'package.json')).then(() => true, () => false);
const dirs = (await readdir(examplesDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const all = (await Promise.all(dirs.map(async (name) => ((await isProject(name)) ? name : undefined)))).filter(Boolean);
const wanted = options.serve ? [options.serve] : options.only ? options.only.split(',').map((s) => s.trim()) : all;
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`no such example: ${unknown.join(', ')} (there are ${all.join(', ')})`);
  process.exit(1);
}

const workDir = await mkdtemp(join(tmpdir(), 'acw-examples-'));
const results = [];
let browser;
try {
  const tarball = await packPackage(workDir);
  console.log(`packed ${tarball.split(sep).pop()} (${seconds(Date.now() - started)})`);

  if (options.serve) {
    const example = await prepare(options.serve, workDir, tarball);
    const server = await serve(example, Number(options.port));
    console.log(`${options.serve}: ${server.url} (POST /api/connections answers 201 { id: ${CREATED_ID} }, then GET and PATCH /api/connections/${CREATED_ID}); Ctrl-C to stop`);
    // SIGTERM too, so a script that started this server can stop it and the temp folder goes.
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
  } else {
    // Installs run two at a time (2 cores); each example goes to the browser when ready.
    const { chromium } = await import('playwright-core');
    const launching = chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    launching.catch(() => {});
    const queue = [...wanted];
    let browserTurn = Promise.resolve();
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const result = { name, ok: false, steps: {} };
        results.push(result);
        let example;
        try {
          example = await prepare(name, workDir, tarball);
          result.steps = example.steps;
        } catch (error) {
          result.error = error;
          continue;
        }
        // One page in the browser at a time, so timings stay honest on two cores.
        const turn = browserTurn.then(async () => {
          const server = await serve(example);
          try {
            browser ??= await launching;
            result.steps.browser = await timed(() => submitThroughWizard(browser, server, name));
            result.ok = true;
          } catch (error) {
            result.error = error;
          } finally {
            await server.close();
          }
        });
        browserTurn = turn;
        await turn;
      }
    };
    await Promise.all([worker(), worker()]);
  }
} catch (error) {
  results.push({ name: 'setup', ok: false, error, steps: {} });
} finally {
  await browser?.close();
  if (!options.keep) await rm(workDir, { recursive: true, force: true });
  else console.log(`kept ${workDir}`);
}

if (!options.serve) {
  for (const result of results.sort((a, b) => a.name.localeCompare(b.name))) {
    const steps = Object.entries(result.steps).map(([step, ms]) => `${step} ${seconds(ms)}`).join(', ');
    const what = RECONNECTING.has(result.name) ? `shows id ${CREATED_ID} after a full submission, then saves a new password with one PATCH` : `shows id ${CREATED_ID} after a full submission`;
    if (result.ok) console.log(`ok   ${result.name.padEnd(11)} ${what} (${steps})`);
    else console.log(`FAIL ${result.name.padEnd(11)} ${String(result.error?.message ?? result.error).split('\n').slice(0, 12).join('\n     ')}`);
  }
  const passed = results.filter((r) => r.ok).length;
  console.log(`total ${seconds(Date.now() - started)}`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exit(passed === results.length && results.length > 0 ? 0 : 1);
}
