// Generates vscode.html-custom-data.json from custom-elements.json, so that VS Code (and
// other editors that read HTML custom data) complete the package's tag names, attributes
// and attribute values, with the descriptions from the JSDoc. `npm run vscode-data`;
// `--check` only reports whether the file is up to date (exit 1 when stale).
//
// A host points its editor at the shipped file, in .vscode/settings.json:
//   { "html.customData": ["./node_modules/add-connection-wizard/vscode.html-custom-data.json"] }
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const outputFile = fileURLToPath(new URL('vscode.html-custom-data.json', root));
const manifestFile = fileURLToPath(new URL('custom-elements.json', root));

/** DOM types whose values are a closed set of strings. */
const knownUnions = {
  RequestCredentials: ['omit', 'same-origin', 'include'],
  RequestMode: ['cors', 'navigate', 'no-cors', 'same-origin'],
};

/** The values of a type that is a union of string literals (or a known DOM union), else undefined. */
function enumerableValues(typeText) {
  if (!typeText) return undefined;
  const text = typeText.trim();
  if (knownUnions[text]) return knownUnions[text];
  const members = text.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined');
  const literal = /^(['"])([^'"]*)\1$/;
  if (members.length === 0 || !members.every((member) => literal.test(member))) return undefined;
  return members.map((member) => literal.exec(member)[2]);
}

/** Global HTML attributes, which editors know already. */
const globalAttributes = new Set(['lang', 'dir', 'id', 'class', 'style', 'title', 'hidden', 'slot', 'part', 'tabindex', 'inert']);

const code = (text) => `\`${text}\``;
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();

function attributeEntry(attribute) {
  const type = attribute.type?.text;
  const facts = [
    type ? `Type: ${code(type)}` : '',
    attribute.default !== undefined ? `Default: ${code(attribute.default)}` : '',
    attribute.fieldName && attribute.fieldName !== attribute.name ? `Property: ${code(attribute.fieldName)}` : '',
  ].filter(Boolean);
  const entry = {
    name: attribute.name,
    description: [oneLine(attribute.description), facts.join(' · ')].filter(Boolean).join('\n\n'),
  };
  const values = enumerableValues(type);
  if (type === 'boolean') entry.valueSet = 'v';
  else if (values) entry.values = values.map((name) => ({ name }));
  return entry;
}

function tagDescription(declaration) {
  const sections = [oneLine(declaration.summary ?? declaration.description ?? '')];
  const list = (title, items, name) =>
    items?.length ? `**${title}:** ${items.map((item) => code(name(item))).join(', ')}` : '';
  sections.push(
    list('Events', declaration.events, (event) => event.name),
    list('Slots', declaration.slots, (slot) => slot.name || '(default)'),
    list('Parts', declaration.cssParts, (part) => part.name),
    list('CSS custom properties', declaration.cssProperties, (property) => property.name),
  );
  return { kind: 'markdown', value: sections.filter(Boolean).join('\n\n') };
}

/** The custom data for every custom element with a tag name in the manifest. */
export function generate(manifest) {
  const tags = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      tags.push({
        name: declaration.tagName,
        description: tagDescription(declaration),
        // A standard attribute the element merely observes (lang) keeps the editor's own entry.
        attributes: (declaration.attributes ?? []).filter((a) => a.description || !globalAttributes.has(a.name)).map(attributeEntry),
      });
    }
  }
  tags.sort((a, b) => a.name.localeCompare(b.name));
  return { version: 1.1, tags };
}

export async function render() {
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  return `${JSON.stringify(generate(manifest), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await render();
  if (process.argv.includes('--check')) {
    const current = await readFile(outputFile, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('vscode.html-custom-data.json is stale: run `npm run vscode-data`.');
      process.exit(1);
    }
    console.log('vscode.html-custom-data.json is up to date.');
  } else {
    await writeFile(outputFile, text);
    const data = JSON.parse(text);
    console.log(`vscode.html-custom-data.json: ${data.tags.length} tags, ${data.tags.reduce((n, t) => n + t.attributes.length, 0)} attributes`);
  }
}
