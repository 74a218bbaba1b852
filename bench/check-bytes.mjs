// CI's byte budget: the single-file bundle, brotli. Timings are not checked in CI (they
// vary between machines); bytes do not. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { sizes } from './bytes.mjs';

const root = new URL('..', import.meta.url).pathname;
const budget = JSON.parse(await readFile(`${root}bench/budgets.json`, 'utf8')).singleFileBundleBrotliBytes;
const { brotli } = sizes(await readFile(`${root}dist/add-connection-wizard.js`, 'utf8'));
console.log(`single-file bundle: ${brotli} bytes brotli (budget ${budget})`);
// Not budgeted, shown so a change to it is seen: loaded only by pages that import it.
console.log(`Spanish module (dist/locales/es.js): ${sizes(await readFile(`${root}dist/locales/es.js`, 'utf8')).brotli} bytes brotli`);
if (brotli > budget) {
  console.error(`Over the byte budget by ${brotli - budget} bytes: see BENCHMARKS.md for what it is made of.`);
  process.exit(1);
}
