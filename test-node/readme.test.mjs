// The README's reference tables are written by hand; this keeps them true to the
// manifest: every attribute, event, slot, part and custom property of the wizard that
// custom-elements.json lists must be named in the README.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const root = new URL('..', import.meta.url);
const readme = await readFile(new URL('README.md', root), 'utf8');
const manifest = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const wizard = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'add-connection-wizard');

for (const [kind, entries] of Object.entries({
  attribute: wizard.attributes ?? [],
  event: wizard.events ?? [],
  slot: wizard.slots ?? [],
  part: wizard.cssParts ?? [],
  'custom property': wizard.cssProperties ?? [],
})) {
  test(`the README names every ${kind} of <add-connection-wizard> in the manifest`, () => {
    assert.ok(entries.length > 0, `the manifest lists no ${kind}`);
    const missing = entries.map((e) => e.name).filter((name) => !readme.includes(`\`${name}\``));
    assert.deepEqual(missing, []);
  });
}
