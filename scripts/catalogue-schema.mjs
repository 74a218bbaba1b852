// Writes catalogue.schema.json, the JSON Schema of a `platforms` catalogue, from the zod
// schema the wizard validates with (never by hand). It reads dist/esm, so `npm run build`
// runs it after tsc; `--check` (run by CI) fails when the committed file differs.
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const outputFile = new URL('../catalogue.schema.json', import.meta.url);

/** The file's text, from the built zod schema. */
export async function render() {
  const { platformDefinitionSchema } = await import(new URL('../dist/esm/schema/platform-definition.js', import.meta.url).href);
  const schema = {
    ...z.toJSONSchema(z.array(platformDefinitionSchema), { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://unpkg.com/add-connection-wizard/catalogue.schema.json',
    title: 'add-connection-wizard platform catalogue',
    description:
      'The `platforms` property of <add-connection-wizard>: an array of platform definitions. Rules that ' +
      'depend on other keys (a default of the field’s type, showWhen naming another field, unique ids and ' +
      'field names, safe patterns, fields or element) are checked by checkCatalogue() from add-connection-wizard/schema.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await render();
  if (process.argv.includes('--check')) {
    if ((await readFile(outputFile, 'utf8').catch(() => '')) !== text) {
      console.error('catalogue.schema.json is stale: run `npm run schema` (after `npm run build`) and commit it.');
      process.exit(1);
    }
    console.log('catalogue.schema.json is up to date.');
  } else {
    await writeFile(outputFile, text);
  }
}
