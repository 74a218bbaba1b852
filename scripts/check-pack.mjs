// Checks what `npm pack` would put in the tarball, without writing it: no tests, demo,
// examples, benchmarks or source maps; custom-elements.json inside and named by
// package.json `customElements`; every `exports` target and every relative import of the
// shipped JS and .d.ts files present. Prints the tarball size and file count; exits 1 on
// a failure. Run after `npm run build`. `npm run check:pack`.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const run = promisify(execFile);
const failures = [];
const fail = (message) => failures.push(message);

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
// Lifecycle output could precede the JSON: read from the first line that opens the array.
const [packed] = JSON.parse(stdout.slice(stdout.search(/^\[/m)));
const files = new Map(packed.files.map((file) => [file.path, file]));
const has = (path) => files.has(posix.normalize(path.replace(/^\.\//, '')));

// ----- What must stay out ------------------------------------------------------------
const forbiddenDirs = ['test/', 'test-node/', 'demo/', 'examples/', 'bench/', 'scripts/', 'src/', 'docs/', '.ci/', 'node_modules/', 'coverage/'];
for (const path of files.keys()) {
  const dir = forbiddenDirs.find((d) => path.startsWith(d) || path.includes(`/${d}`));
  if (dir) fail(`${path}: nothing from ${dir} belongs in the package`);
  if (path.endsWith('.map')) fail(`${path}: no source maps in the package`);
  if (/\.(test|spec)\.[cm]?[jt]s$/.test(path)) fail(`${path}: a test file`);
  if (/(^|\/)\.(env|npmrc)$|\.(tgz|log)$/.test(path)) fail(`${path}: should never be published`);
}

// ----- What must be in ---------------------------------------------------------------
const customElements = pkg.customElements?.replace(/^\.\//, '');
if (!customElements) fail('package.json has no "customElements" field');
else if (customElements !== 'custom-elements.json') fail(`package.json "customElements" is ${pkg.customElements}, not custom-elements.json`);
if (!has('custom-elements.json')) fail('custom-elements.json is not in the package');
for (const required of ['package.json', 'README.md', pkg.main, pkg.module, pkg.types].filter(Boolean)) {
  if (!has(required)) fail(`${required} (named in package.json) is not in the package`);
}

/** Every file an `exports` target names; `*` patterns must match at least one packed file. */
function* targets(value) {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) yield* targets(inner);
}
for (const [subpath, value] of Object.entries(pkg.exports ?? {})) {
  for (const target of targets(value)) {
    if (target.includes('*')) {
      const [before, after] = target.replace(/^\.\//, '').split('*');
      if (![...files.keys()].some((path) => path.startsWith(before) && path.endsWith(after))) fail(`exports["${subpath}"] → ${target} matches no packed file`);
    } else if (!has(target)) {
      fail(`exports["${subpath}"] → ${target} is not in the package`);
    }
  }
}

// Relative imports of the shipped modules and declarations (`./x.js` in a .d.ts means x.d.ts).
const importPattern = /(?:^|[\s;}])(?:import|export)\s*(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
for (const path of files.keys()) {
  if (!path.startsWith('dist/') || !/\.(d\.ts|js)$/.test(path)) continue;
  const text = await readFile(new URL(path, `file://${root}`), 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2];
    const target = posix.join(posix.dirname(path), specifier);
    const candidates = path.endsWith('.d.ts') ? [target.replace(/\.js$/, '.d.ts'), target] : [target];
    if (!candidates.some((candidate) => files.has(candidate))) fail(`${path} imports ${specifier}, which is not in the package`);
  }
}

// The generated editor data, when the package ships it, matches the manifest.
const vscodeData = 'vscode.html-custom-data.json';
if ((pkg.files ?? []).some((entry) => entry.replace(/^\.\//, '') === vscodeData)) {
  if (!has(vscodeData)) fail(`${vscodeData} is listed in "files" but not in the package`);
  const { render } = await import('./vscode-data.mjs');
  const current = await readFile(new URL(`../${vscodeData}`, import.meta.url), 'utf8').catch(() => '');
  if (current !== (await render())) fail(`${vscodeData} is stale: run \`npm run vscode-data\``);
}

// ----- Report --------------------------------------------------------------------------
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const bundle = files.get('dist/add-connection-wizard.js');
console.log(`${packed.filename}: ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked, ${packed.entryCount} files`);
if (bundle) console.log(`single-file bundle dist/add-connection-wizard.js: ${kib(bundle.size)}`);
for (const message of failures) console.log(`✗ ${message}`);
console.log(failures.length === 0 ? 'package contents: ok' : `package contents: ${failures.length} problem(s)`);
process.exit(failures.length === 0 ? 0 : 1);
