// The message catalogues, one language a file, and how the wizard picks and translates
// with them: the one place a translation plugs in.
import { own } from '../schema/records.js';
import { en, type Messages } from './messages-en.js';
import { es } from './messages-es.js';

export { en, es, type Messages };

const catalogues: Record<string, Messages> = { en, es };

/**
 * The messages for a language (`es-MX` falls back to `es`, anything unknown to English),
 * with a host's overrides on top.
 */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  const tag = (lang ?? '').toLowerCase();
  // Own keys only: `lang="constructor"` is an unknown language, not `Object`.
  const base = own(catalogues, tag) ?? own(catalogues, tag.split('-')[0]) ?? en;
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
