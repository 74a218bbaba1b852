// CI's byte budgets: the single-file bundle, and the first load of the minimal create embed
// as a bundler host loads it (bench/first-load.mjs, page a), both brotli. Timings are not
// checked in CI (they vary between machines); bytes do not. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { sizes } from './bytes.mjs';
import { measureFirstLoad } from './first-load.mjs';

const root = new URL('..', import.meta.url).pathname;
const budgets = JSON.parse(await readFile(`${root}bench/budgets.json`, 'utf8'));
const single = sizes(await readFile(`${root}dist/add-connection-wizard.js`, 'utf8')).brotli;
const { bytes } = await measureFirstLoad(`${root}dist`, { times: false });
const firstLoad = bytes.a.firstLoad;
console.log(`single-file bundle: ${single} bytes brotli (budget ${budgets.singleFileBundleBrotliBytes})`);
console.log(`first load of the minimal create embed, bundled: ${firstLoad} bytes brotli (budget ${budgets.firstLoadBrotliBytes}); the rest, fetched while step 1 shows: ${bytes.a.fetchedMeanwhile}`);
// Not budgeted, shown so a change to it is seen: loaded only by pages that import it.
console.log(`Spanish module (dist/locales/es.js): ${sizes(await readFile(`${root}dist/locales/es.js`, 'utf8')).brotli} bytes brotli`);
let over = false;
for (const [name, value, budget] of [['single-file bundle', single, budgets.singleFileBundleBrotliBytes], ['first load', firstLoad, budgets.firstLoadBrotliBytes]]) {
  if (value <= budget) continue;
  console.error(`The ${name} is over its byte budget by ${value - budget} bytes: see BENCHMARKS.md for what it is made of.`);
  over = true;
}
if (over) process.exit(1);
