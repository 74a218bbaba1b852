// Minifies the HTML and CSS template literals of dist/esm in place, as the single-file
// bundle's build does: a host's bundler minifies the JavaScript, not the text inside
// templates. Run by `npm run build`, after tsc.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdir, readFile, writeFile } from 'node:fs/promises';

const dir = new URL('../dist/esm/', import.meta.url);
const plugin = minifyHtmlLiterals({ failOnError: true });
const fail = (message) => {
  throw new Error(message);
};
for (const file of await readdir(dir, { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const url = new URL(file, dir);
  const result = await plugin.transform.call({ error: fail, warn: fail }, await readFile(url, 'utf8'), url.pathname);
  if (result) await writeFile(url, result.code);
}
