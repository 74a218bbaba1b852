// The message catalogues and how the wizard picks and translates with them: the one place
// a translation plugs in. English is built in; other languages register themselves when
// their module is imported (`add-connection-wizard/locales/es.js`).
import { own } from '../schema/records.js';
import { registry } from './locale-registry.js';
import { en, type Messages } from './messages-en.js';

export { registerLocale } from './locale-registry.js';
export { en, type Messages };

// The languages the package ships as modules, to name the missing import.
const shipped = ['es'];
const warned = new Set<string>();

function missing(lang: string) {
  if (!shipped.includes(lang) || warned.has(lang)) return;
  warned.add(lang);
  // After the current task: a module loaded by a later <script> may still register it.
  setTimeout(() => {
    if (!registry.catalogues.has(lang)) {
      console.warn(`add-connection-wizard: lang="${lang}" shows English: import add-connection-wizard/locales/${lang}.js to register it.`);
    }
  });
}

/**
 * The messages for a language (`es-MX` falls back to `es`, anything not registered to
 * English), with a host's overrides on top.
 */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  const tag = (lang ?? '').toLowerCase();
  const primary = tag.split('-')[0];
  // A Map: `lang="constructor"` is an unknown language, not `Object`.
  let base = registry.catalogues.get(tag) ?? registry.catalogues.get(primary);
  if (!base) {
    missing(primary);
    base = en;
  }
  return overrides ? { ...base, ...overrides } : base;
}

/** A validation message from the schemas, in the wizard's language. */
export function translate(message: string, m: Messages): string {
  const exact = own(m.validation, message);
  if (typeof exact === 'string' && exact) return exact;
  for (const [pattern, render] of m.validationPatterns) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
