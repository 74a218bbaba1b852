/**
 * How a field cleans pasted text. `trim`: surrounding whitespace (keys, tokens);
 * `url`: trimmed, and `https://` added to a bare host; `{ subdomainOf }`: a whole URL or
 * host name reduced to the subdomain (`https://mystore.infusionsoft.com/app` → `mystore`).
 */
export type CleanRule = 'trim' | 'url' | { subdomainOf: string };

export interface Cleaned {
  value: string;
  /** What was changed, when something was, in words for the user. */
  note?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Cleans one value by its rule; a value that cannot be cleaned comes back as it was. */
export function cleanValue(rule: CleanRule, raw: string): Cleaned {
  const value = raw.trim();
  if (rule === 'trim') return { value };
  if (rule === 'url') {
    if (value === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /\s/.test(value) || !value.includes('.')) return { value };
    return { value: `https://${value}`, note: `Added “https://” to the address.` };
  }
  const domain = rule.subdomainOf.toLowerCase();
  const host = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').toLowerCase();
  const match = new RegExp(`^([a-z0-9-]+)\\.${escapeRegExp(domain)}\\.?$`).exec(host);
  if (!match || match[1] === value) return { value };
  return { value: match[1], note: `Kept only “${match[1]}” from the address you entered.` };
}
