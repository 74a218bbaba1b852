import type { Messages } from './messages-en.js';

interface Registry {
  catalogues: Map<string, Messages>;
  /** Called after a registration: wizards already on the page render again. */
  changed: Set<() => void>;
}

// On globalThis under a `Symbol.for` key: a language module loaded as a file of its own
// (dist/locales/es.js beside the single-file bundle) has its own copy of this module, and
// must still reach the wizard's catalogues.
const key = Symbol.for('add-connection-wizard.locales');
const slot = globalThis as unknown as Record<symbol, Registry | undefined>;
export const registry: Registry = (slot[key] ??= { catalogues: new Map(), changed: new Set() });

/**
 * Adds (or replaces) the catalogue of a language (`es`, `pt-br`): wizards with that `lang`,
 * or a variant of it (`es-MX`), use it from then on, those on the page at once.
 */
export function registerLocale(lang: string, messages: Messages): void {
  registry.catalogues.set(lang.toLowerCase(), messages);
  for (const each of registry.changed) each();
}
