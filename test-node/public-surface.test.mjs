// The public surface, snapshotted: every tag with its attributes, public properties and
// methods, events, slots, parts and custom properties (from custom-elements.json), the
// package's exports map, and the names each entry exports. A refactor must leave it as it
// is; a change to it is a decision, made by rewriting the snapshot on purpose:
//   UPDATE_SURFACE=1 node --test test-node/public-surface.test.mjs
// and reviewing the diff of test-node/public-surface.json. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import '@lit-labs/ssr';

const root = new URL('..', import.meta.url);
const snapshotUrl = new URL('test-node/public-surface.json', root);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));

const byName = (a, b) => a.name.localeCompare(b.name);
const names = (list = []) => list.map((entry) => entry.name).sort();

function elementSurface(declaration) {
  const members = (declaration.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');
  return {
    attributes: (declaration.attributes ?? []).map((a) => ({ name: a.name, field: a.fieldName ?? null })).sort(byName),
    properties: members.filter((m) => m.kind === 'field').map((m) => ({ name: m.name, static: Boolean(m.static), readonly: Boolean(m.readonly) })).sort(byName),
    methods: names(members.filter((m) => m.kind === 'method')),
    events: (declaration.events ?? []).map((e) => ({ name: e.name, type: e.type?.text ?? null })).sort(byName),
    slots: names(declaration.slots),
    parts: names(declaration.cssParts),
    cssProperties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? null })).sort(byName),
  };
}

async function exportedNames(file) {
  const module = await import(new URL(file, root).href);
  return Object.keys(module).sort();
}

async function currentSurface() {
  const elements = {};
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.customElement) elements[declaration.tagName ?? `(class) ${declaration.name}`] = elementSurface(declaration);
  }
  const entries = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js') || key.includes('*') || file === './dist/add-connection-wizard.js') continue;
    entries[key] = await exportedNames(file);
  }
  // `./forms/*.js` and `./locales/*.js` publish every module in their folder: a new file there is public.
  for (const folder of ['forms', 'locales']) {
    for (const file of (await readdir(new URL(`dist/esm/${folder}/`, root))).filter((f) => f.endsWith('.js')).sort()) {
      entries[`./${folder}/${file}`] = await exportedNames(`./dist/esm/${folder}/${file}`);
    }
  }
  const { wizardContext } = await import(new URL('dist/esm/index.js', root).href);
  return { exportsMap: pkg.exports, entries, elements, contextKey: wizardContext };
}

test('the public surface matches the snapshot', async () => {
  const surface = JSON.parse(JSON.stringify(await currentSurface()));
  if (process.env.UPDATE_SURFACE) {
    await writeFile(snapshotUrl, `${JSON.stringify(surface, null, 2)}\n`);
    return;
  }
  const snapshot = JSON.parse(await readFile(snapshotUrl, 'utf8'));
  assert.deepEqual(surface, snapshot, 'The public surface changed. If that is intended, rewrite the snapshot (see the top of this file) and say so in the commit.');
});
