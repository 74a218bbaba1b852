// `npm run bench`: builds, measures, prints a table and writes bench/results.json and
// BENCHMARKS.md, so numbers can be compared over time. Not a test: timings vary by machine.
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { measureBrowser } from './browser.mjs';
import { measureBytes } from './bytes.mjs';

const root = new URL('..', import.meta.url).pathname;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const bytes = await measureBytes();
const browser = await measureBrowser();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, headless Chromium`;
const results = { date: new Date().toISOString().slice(0, 10), machine, bytes, browser };
await writeFile(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);

const row = (name, s) => `| ${name} | ${kb(s.minified)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
const { hostPageWithCatalogueOf: byCatalogue } = bytes;
const markdown = `# Benchmarks

Measured by \`npm run bench\` on ${results.date}: ${machine}. Raw numbers: \`bench/results.json\`.

## Bytes

| what | minified | gzip | brotli |
| --- | --- | --- | --- |
${row('single-file bundle (`dist/add-connection-wizard.js`)', bytes.singleFileBundle)}
${row('main entry as a bundler loads it first', bytes.mainEntryInitial)}
${row('host page, catalogue of 3: first load', byCatalogue[3].initial)}
${row('host page, catalogue of 1,000: first load', byCatalogue[1000].initial)}
${row('catalogue of 1,000 (data, loaded apart)', byCatalogue[1000].catalogue)}

The first load of a page whose catalogue has 3 or 1,000 platforms differs by
${Math.abs(byCatalogue[1000].initial.minified - byCatalogue[3].initial.minified)} bytes minified: platforms are data, and one form element renders them all.

## Platform picker

One keystroke in the searchable picker to the filtered list rendered, with a catalogue of
${browser.pickerKeystrokeMs.catalogue} platforms, ${browser.pickerKeystrokeMs.runs} keystrokes: median **${browser.pickerKeystrokeMs.median} ms**, p95 ${browser.pickerKeystrokeMs.p95} ms.
`;
await writeFile(`${root}BENCHMARKS.md`, markdown);
console.log(markdown);
