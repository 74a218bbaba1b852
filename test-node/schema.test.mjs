// Under Node, not in a browser: the built package's DOM-free `schema` entry validates the
// request body a host's backend receives, and the entries a server may import load
// without touching window, document or HTMLElement. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const dist = new URL('../dist/esm/', import.meta.url);
const schemaUrl = new URL('schema/index.js', dist).href;
const { connectionRequestSchema, toFieldErrors } = await import(schemaUrl);

/** The reference request body (README, "The request"). */
const reference = () => ({
  name: 'Brand X — Infusionsoft → ACME WMS',
  customer: { company_name: 'Brand X', city: 'New York' },
  warehouse: { platform: 'dropstream', adapter: { connection_string: 'sftp://wh1:secret@ftp.example.com' } },
  store: {
    name: 'Brand X Store',
    platform: 'infusionsoft',
    adapter: { app_name: 'brandx', username: 'admin@example.com', password: 'hunter2', pay_status: '1' },
  },
});

/** The field errors a backend would answer with (empty when the body is accepted). */
function fieldErrors(body) {
  const result = connectionRequestSchema.safeParse(body);
  return result.success ? [] : toFieldErrors(result.error);
}
const pointers = (body) => fieldErrors(body).map((error) => error.pointer);

describe('the schema entry under Node', () => {
  it('is what `add-connection-wizard/schema` resolves to (package exports)', async () => {
    const viaExports = await import('add-connection-wizard/schema');
    assert.equal(viaExports.connectionRequestSchema, connectionRequestSchema);
  });

  it('accepts the reference request body', () => {
    const result = connectionRequestSchema.safeParse(reference());
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
    assert.deepEqual(result.data.store.adapter, reference().store.adapter);
  });

  it('accepts existing records by id', () => {
    const { customer, warehouse, store, ...body } = reference();
    assert.deepEqual(pointers({ ...body, customer_id: 101, warehouse_id: 11, store_id: 501 }), []);
  });

  it('rejects a blank name at /name', () => {
    const errors = fieldErrors({ ...reference(), name: '   ' });
    assert.deepEqual(errors.map((e) => e.pointer), ['/name']);
    assert.match(errors[0].detail, /name/i);
  });

  it('rejects a missing company name at /customer/company_name', () => {
    assert.deepEqual(pointers({ ...reference(), customer: { city: 'New York' } }), ['/customer/company_name']);
  });

  it('rejects a bad connection string at /warehouse/adapter/connection_string', () => {
    const body = reference();
    body.warehouse.adapter.connection_string = 'http://wh1:secret@ftp.example.com';
    const errors = fieldErrors(body);
    assert.deepEqual(errors.map((e) => e.pointer), ['/warehouse/adapter/connection_string']);
    assert.match(errors[0].detail, /sftp:\/\//);
  });

  it('rejects every missing Infusionsoft credential at /store/adapter/…', () => {
    const body = { ...reference(), store: { name: 'Brand X Store', platform: 'infusionsoft', adapter: {} } };
    assert.deepEqual(pointers(body).sort(), ['/store/adapter/app_name', '/store/adapter/password', '/store/adapter/username']);
  });

  it('rejects a full host name as the Infusionsoft application name', () => {
    const body = reference();
    body.store.adapter.app_name = 'brandx.infusionsoft.com';
    assert.deepEqual(pointers(body), ['/store/adapter/app_name']);
  });

  it('rejects both customer_id and customer, and neither store_id nor store', () => {
    const { store, ...body } = reference();
    assert.deepEqual(pointers({ ...body, customer_id: 101 }).sort(), ['/customer', '/store']);
  });

  it('rejects what is not a request body at all', () => {
    assert.ok(pointers(null).length > 0);
    assert.ok(pointers('name=x').length > 0);
    assert.ok(pointers({}).includes('/name'));
  });

  it('escapes "/" and "~" in pointer segments (RFC 6901)', () => {
    const body = { ...reference(), store: { name: 'S', platform: 'infusionsoft', adapter: { ...reference().store.adapter, password: '' } } };
    for (const { pointer } of fieldErrors(body)) assert.match(pointer, /^(\/([^/~]|~[01])*)+$/);
  });
});

// ----- No DOM at the top level --------------------------------------------------------

const run = promisify(execFile);
const distPath = fileURLToPath(dist);

/**
 * Imports one module in a fresh Node process whose DOM-ish globals are traps, and returns
 * each access made directly by the package's own code (not by its dependencies) while the
 * module and its imports were evaluated.
 */
async function topLevelDomAccess(file) {
  const script = `
    const names = ['window', 'document', 'HTMLElement', 'customElements', 'navigator', 'location',
      'MutationObserver', 'ResizeObserver', 'CSS', 'localStorage', 'sessionStorage', 'requestAnimationFrame'];
    const hits = [];
    for (const name of names) {
      let value = globalThis[name];
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          // The frame after this getter is the code that read the global.
          const caller = new Error().stack.split('\\n').slice(2).find((line) => !line.includes('[eval'));
          hits.push({ name, caller: caller?.trim() });
          return value;
        },
        set(next) { value = next; },
      });
    }
    await import(${JSON.stringify(pathToFileURL(file).href)});
    const own = hits.filter((hit) => hit.caller?.includes(${JSON.stringify(pathToFileURL(distPath).href)}));
    process.stdout.write(JSON.stringify(own));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)) });
  return JSON.parse(stdout);
}

describe('server-importable entries have no top-level DOM access', () => {
  it('schema/index.js loads in plain Node and reads no DOM global', async () => {
    assert.deepEqual(await topLevelDomAccess(fileURLToPath(new URL('schema/index.js', dist))), []);
  });

  it('classes.js (side-effect-free) loads in plain Node and reads no DOM global', async () => {
    // No shim installed here: Lit's "node" export condition brings @lit-labs/ssr-dom-shim itself.
    assert.deepEqual(await topLevelDomAccess(fileURLToPath(new URL('classes.js', dist))), []);
  });

  it('classes.js registers no element', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', `
        const { AddConnectionWizard } = await import(${JSON.stringify(new URL('classes.js', dist).href)});
        const tags = ['add-connection-wizard', 'infusionsoft-store-form', 'dropstream-warehouse-form', 'platform-definition-form'];
        process.stdout.write(JSON.stringify({ ok: typeof AddConnectionWizard === 'function', defined: tags.filter((t) => globalThis.customElements?.get(t)) }));
      `],
    );
    assert.deepEqual(JSON.parse(stdout), { ok: true, defined: [] });
  });
});
