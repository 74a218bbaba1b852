// The React 19 JSX typings (src/jsx.d.ts) are written by hand: this keeps them in step
// with the element. Every attribute and every public writable property in
// custom-elements.json must be a prop of `add-connection-wizard` there. (Event props are
// derived from GlobalEventHandlersEventMap, so new `acw-*` events need nothing here; the
// React 19 example type-checks the whole in `npm run test:examples`.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const jsx = await readFile(new URL('../src/jsx.d.ts', import.meta.url), 'utf8');

const wizard = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'add-connection-wizard');
const propsBlock = /interface AddConnectionWizardProps[^{]*\{([\s\S]*?)\n\}/.exec(jsx)?.[1] ?? '';
const declaredProps = new Set([...propsBlock.matchAll(/^\s*'?([\w-]+)'?\?:/gm)].map((m) => m[1]));
// Standard HTML attributes the element observes come with React's HTMLAttributes already.
const globalAttributes = new Set(['lang', 'dir', 'id', 'class', 'style', 'title', 'hidden', 'slot', 'part', 'tabindex', 'inert']);

describe('src/jsx.d.ts', () => {
  it('declares the wizard props', () => {
    assert.ok(wizard, 'custom-elements.json has add-connection-wizard');
    assert.ok(declaredProps.size > 0, 'AddConnectionWizardProps found in src/jsx.d.ts');
  });

  it('has a prop for every attribute of the element', () => {
    const missing = (wizard.attributes ?? []).map((a) => a.name).filter((name) => !declaredProps.has(name) && !globalAttributes.has(name));
    assert.deepEqual(missing, [], `add these attributes to AddConnectionWizardProps: ${missing.join(', ')}`);
  });

  it('has a prop for every public writable property of the element', () => {
    const properties = wizard.members.filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly).map((m) => m.name);
    const missing = properties.filter((name) => !declaredProps.has(name));
    assert.deepEqual(missing, [], `add these properties to AddConnectionWizardProps: ${missing.join(', ')}`);
  });

  it('declares nothing the element does not have', () => {
    const known = new Set([
      ...(wizard.attributes ?? []).map((a) => a.name),
      ...wizard.members.filter((m) => m.kind === 'field').map((m) => m.name),
    ]);
    const unknown = [...declaredProps].filter((name) => !known.has(name));
    assert.deepEqual(unknown, [], `not in custom-elements.json: ${unknown.join(', ')}`);
  });
});
