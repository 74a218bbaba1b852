// Bytes, as a bundler and as a <script> tag would see them: minified, gzip and brotli.
// Also proves that the wizard's first module does not grow with the platform catalogue:
// a host page whose catalogue has 3 or 1,000 platforms gets the same entry chunk.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;

export const sizes = (code) => ({
  minified: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** The code a page loads before anything else: the entry and what it imports statically. */
function initialCode(chunks) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((c) => c.isEntry));
  return [...seen].map((c) => c.code).join('');
}

async function bundle(input) {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input, output: { format: 'es', minify: true, comments: false } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output.filter((chunk) => chunk.type === 'chunk');
}

function catalogue(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `platform_${i}`,
    label: `Platform ${i}`,
    kind: 'store',
    fields: [{ name: 'api_key', label: 'API key', type: 'secret', required: true }],
  }));
}

/** A host page: the wizard, and a catalogue loaded as data. */
async function hostEntry(dir, count) {
  await writeFile(join(dir, `catalogue-${count}.json`), JSON.stringify(catalogue(count)));
  const entry = join(dir, `host-${count}.js`);
  await writeFile(
    entry,
    `import '${root}dist/esm/index.js';\n` +
      `const wizard = document.createElement('add-connection-wizard');\n` +
      `wizard.platforms = (await import('./catalogue-${count}.json')).default;\n` +
      `document.body.append(wizard);\n`,
  );
  return entry;
}

/** What the single-file bundle is made of, each part bundled alone (shared code counted in each). */
async function breakdown(dir) {
  // Each part is kept alive through a global, or an app build would drop unused exports.
  const keep = (from) => `import * as part from '${from}'; globalThis.part = part;`;
  const parts = {
    lit: keep('lit') + keep('lit/decorators.js').replace('part =', 'decorators =').replace('* as part', '* as decorators'),
    '@lit/context': keep('@lit/context'),
    'zod/mini with the package schemas': keep(`${root}dist/esm/schema/index.js`),
  };
  const result = {};
  for (const [name, code] of Object.entries(parts)) {
    if (!code) continue;
    const entry = join(dir, `part-${Object.keys(result).length}.js`);
    await writeFile(entry, code);
    result[name] = sizes(initialCode(await bundle(entry)));
  }
  return result;
}

/** Needs `npm run build` first: it measures the package as it ships. */
export async function measureBytes() {
  const single = await readFile(`${root}dist/add-connection-wizard.js`, 'utf8');
  const main = await bundle(`${root}dist/esm/index.js`);
  // Inside the project, so that bare imports resolve from its node_modules.
  const dir = await mkdtemp(join(root, 'bench', '.tmp-'));
  try {
    const byCatalogue = {};
    for (const count of [3, 1000]) {
      const chunks = await bundle(await hostEntry(dir, count));
      const catalogueChunk = chunks.find((c) => c.facadeModuleId?.endsWith(`catalogue-${count}.json`));
      byCatalogue[count] = { initial: sizes(initialCode(chunks)), catalogue: sizes(catalogueChunk.code) };
    }
    return { singleFileBundle: sizes(single), mainEntryInitial: sizes(initialCode(main)), hostPageWithCatalogueOf: byCatalogue, breakdown: await breakdown(dir) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureBytes(), null, 2));
}
