// What each part of the single-file bundle costs, so a change can see its price:
// `node bench/parts.mjs` (add `--zod` for what each zod/mini function adds). The bundle is
// built as `npm run build` builds it; each module's code as it stands in the bundle (after
// tree-shaking) is minified and compressed alone, and the bundle's brotli bytes are shared
// out in proportion. Shares, not exact costs: brotli finds repeats across modules.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifySync } from 'rolldown/utils';
import { build } from 'vite';
import { sizes } from './bytes.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Parts by module path, first match wins. */
const partOf = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['zod/mini (the library)', /node_modules\/zod\//],
  ['schemas: platform definitions and the pattern matcher', /src\/schema\/(platform-definition|safe-pattern)\.ts$/],
  ['schemas: request, adapters, credentials', /src\/schema\//],
  ['English messages', /src\/internal\/messages-en\.ts$/],
  ['styles (`*.styles.ts`)', /\.styles\.ts$/],
  ['element and controllers', /src\/(add-connection-wizard|controllers\/.*)\.ts$/],
  ['steps (templates)', /src\/steps\//],
  ['field and combobox', /src\/internal\//],
  ['platform forms (base, built-in, definition form)', /src\/(platform|forms)\/|src\/builtin-forms\.ts$|src\/platforms\//],
  ['wizard logic without DOM (draft, answers, host config, posting)', /src\/wizard\//],
  ['the rest (entries, events, bundler helpers)', /./],
];

/** The single-file bundle, in memory, with its modules. */
async function singleFile() {
  const result = await build({ configFile: `${root}vite.config.ts`, logLevel: 'silent', build: { write: false } });
  return (Array.isArray(result) ? result[0] : result).output.find((chunk) => chunk.type === 'chunk');
}

export async function measureParts() {
  const chunk = await singleFile();
  const whole = sizes(chunk.code);
  const alone = new Map();
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    const { code } = minifySync(id.replace(/\0/g, ''), module.code, { compress: true, mangle: true });
    const [name] = partOf.find(([, pattern]) => pattern.test(id));
    const part = alone.get(name) ?? { minified: 0, brotli: 0, modules: 0 };
    const size = sizes(code);
    alone.set(name, { minified: part.minified + size.minified, brotli: part.brotli + size.brotli, modules: part.modules + 1 });
  }
  const sum = [...alone.values()].reduce((total, part) => total + part.brotli, 0);
  const parts = {};
  for (const [name] of partOf) {
    const part = alone.get(name);
    if (part) parts[name] = { ...part, brotliShare: Math.round((whole.brotli * part.brotli) / sum) };
  }
  return { whole, parts };
}

// Each line: the code that uses one function, added to a minimal schema (an object of a
// string, parsed once). What it adds is what it costs a page that uses nothing else.
const zodUses = {
  'z.optional': 'z.optional(z.string())',
  'z.boolean': 'z.boolean()',
  'z.number': 'z.number()',
  'z.int': 'z.int()',
  'z.enum': "z.enum(['a', 'b'])",
  'z.literal': "z.literal(['a', 'b'])",
  'z.array': 'z.array(z.string())',
  'z.union': 'z.union([z.string(), z.boolean()])',
  'z.discriminatedUnion': "z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })])",
  'z.record': 'z.record(z.string(), z.string())',
  'z.json': 'z.json()',
  'z._default': "z._default(z.string(), 'a')",
  'z.pipe + z.transform': 'z.pipe(z.unknown(), z.transform((v) => v))',
  'z.trim': 'z.string().check(z.trim())',
  'z.minLength': 'z.string().check(z.minLength(1))',
  'z.maxLength': 'z.string().check(z.maxLength(1))',
  'z.minLength + z.maxLength': 'z.string().check(z.minLength(1), z.maxLength(9))',
  'z.regex': 'z.string().check(z.regex(/a/))',
  'z.positive': 'z.number().check(z.positive())',
  'z.refine': 'z.string().check(z.refine((v) => v !== ""))',
  'z.superRefine': 'z.string().check(z.superRefine(() => {}))',
  'z.overwrite': 'z.string().check(z.overwrite((v) => v))',
};

async function bundledSize(dir, name, code) {
  const entry = join(dir, `${name}.js`);
  await writeFile(entry, code);
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: { write: false, target: 'es2022', minify: true, rolldownOptions: { input: entry, output: { format: 'es', minify: true, comments: false } } },
  });
  return sizes((Array.isArray(result) ? result[0] : result).output.filter((c) => c.type === 'chunk').map((c) => c.code).join(''));
}

export async function measureZodFunctions() {
  const dir = await mkdtemp(join(root, 'bench', '.tmp-'));
  try {
    const minimal = "import * as z from 'zod/mini'; globalThis.r = z.object({ a: z.string() }).safeParse({});";
    const base = await bundledSize(dir, 'minimal', minimal);
    const added = {};
    for (const [name, use] of Object.entries(zodUses)) {
      const size = await bundledSize(dir, `use-${Object.keys(added).length}`, `${minimal} globalThis.x = ${use};`);
      added[name] = { minified: size.minified - base.minified, brotli: size.brotli - base.brotli };
    }
    return { minimal: base, added };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { whole, parts } = await measureParts();
  console.log(`single-file bundle: ${whole.minified} B minified, ${whole.brotli} B brotli\n`);
  console.log('part'.padEnd(70), 'modules', 'minified', 'brotli (share)');
  for (const [name, part] of Object.entries(parts)) {
    console.log(name.padEnd(70), String(part.modules).padStart(7), String(part.minified).padStart(8), String(part.brotliShare).padStart(14));
  }
  if (process.argv.includes('--zod')) {
    const { minimal, added } = await measureZodFunctions();
    console.log(`\nzod/mini, a minimal schema: ${minimal.minified} B minified, ${minimal.brotli} B brotli; each function adds:`);
    for (const [name, size] of Object.entries(added)) console.log(name.padEnd(28), String(size.minified).padStart(6), String(size.brotli).padStart(6));
  }
}
