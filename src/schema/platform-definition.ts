import * as z from 'zod/mini';
import { cleanValue, type CleanRule } from './clean.js';
import { adapterLimits } from './connection.js';
import { connectionStringProblem } from './dropstream.js';
import { own } from './records.js';
import { matchesPattern, patternInputLimit, patternProblem, patternSourceLimit } from './safe-pattern.js';

export const fieldTypes = ['text', 'secret', 'select', 'boolean', 'url', 'email', 'number'] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Named checks a definition may ask for, beyond `pattern`, for rules a regex states badly. */
export const namedChecks: Record<string, (value: string) => string | undefined> = {
  'ftp-connection-string': connectionStringProblem,
};

/** One field of a platform's credential form, described as data. */
export interface FieldDefinition {
  /** The adapter key sent in the request. */
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  hint?: string;
  /**
   * A regular expression the whole value must match (source text, no slashes, no flags).
   * It runs in linear time on at most 1024 characters, so backreferences and lookarounds
   * are not supported, nor patterns that expand to more than 500 states (`\d{1,255}` is 255
   * copies: write `\d+` and a `maxLength`): a definition using them is left out with a warning.
   */
  pattern?: string;
  /** What to say when `pattern` does not match. */
  patternMessage?: string;
  /** One of `namedChecks`, for example `ftp-connection-string`. */
  check?: string;
  default?: string | boolean;
  /** For `select`: the choices. */
  options?: { value: string; label: string }[];
  /**
   * The `autocomplete` token for the input (`url`, `email`, `off`). The credentials are a
   * third party's, not the user's login on this site: the login tokens (`username`,
   * `current-password`…) are replaced, by `new-password` on a secret (the one token that
   * keeps the browser from filling in the site's saved password) and by `off` elsewhere.
   */
  autocomplete?: string;
  /** Shown (and sent) only when another field has a value, or this value. */
  showWhen?: { field: string; equals?: string | boolean };
  /** How pasted text is cleaned. */
  clean?: CleanRule;
  /** At most 10,000; by default 255 (1024 for a secret). With a `pattern`, at most 1024. */
  maxLength?: number;
  /**
   * Keep this text, URL or email field's value in a draft (`draft-key`). Drafts keep only
   * choices, booleans and numbers unless a field says so; a secret, a field named like a
   * credential (`api_key`, `access_token`…) or a value that looks like one (an address
   * with a password in it, a token) is never kept, whatever this says.
   */
  keepInDraft?: boolean;
}

/** A platform described as data: the wizard renders and validates it with no code of its own. */
export interface PlatformDefinition {
  /** The id sent in the request: `shopify`, `woo_commerce`. */
  id: string;
  label: string;
  kind: 'store' | 'warehouse';
  /** Higher comes first in the picker; common platforms get a rank. */
  rank?: number;
  /** Other names people search for (`Keap` for Infusionsoft). */
  aliases?: string[];
  help?: string;
  helpUrl?: string;
  fields: FieldDefinition[];
}

const idPattern = /^[a-z0-9][a-z0-9_-]*$/;

/** Validates a catalogue a host passes (often fetched as JSON). Field names and counts fit the adapter's limits. */
export const platformDefinitionSchema = z.object({
  id: z.string().check(z.regex(idPattern, 'A platform id is lower-case letters, digits, “_” or “-”.')),
  label: z.string().check(z.minLength(1)),
  kind: z.enum(['store', 'warehouse']),
  rank: z.optional(z.number()),
  aliases: z.optional(z.array(z.string())),
  help: z.optional(z.string()),
  helpUrl: z.optional(z.string()),
  fields: z.array(
    z.object({
      name: z.string().check(z.minLength(1), z.maxLength(adapterLimits.keyLength)),
      label: z.string().check(z.minLength(1)),
      type: z.enum(fieldTypes),
      required: z.optional(z.boolean()),
      hint: z.optional(z.string()),
      pattern: z.optional(z.string().check(z.maxLength(patternSourceLimit))),
      patternMessage: z.optional(z.string()),
      check: z.optional(z.string()),
      default: z.optional(z.union([z.string(), z.boolean()])),
      options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
      autocomplete: z.optional(z.string()),
      showWhen: z.optional(z.object({ field: z.string(), equals: z.optional(z.union([z.string(), z.boolean()])) })),
      clean: z.optional(z.union([z.enum(['trim', 'url']), z.object({ subdomainOf: z.string() })])),
      maxLength: z.optional(z.int().check(z.positive(), z.lte(adapterLimits.stringLength))),
      keepInDraft: z.optional(z.boolean()),
    }),
  ).check(z.maxLength(adapterLimits.keys)),
});

/**
 * The definitions of a catalogue that can be used: valid by `platformDefinitionSchema`,
 * with patterns that compile and help links that are http(s). The others are reported
 * with `console.warn` and left out, so one bad entry cannot break the wizard.
 */
export function usableDefinitions(catalogue: readonly unknown[]): PlatformDefinition[] {
  const usable: PlatformDefinition[] = [];
  for (const entry of Array.isArray(catalogue) ? catalogue : []) {
    const result = platformDefinitionSchema.safeParse(entry);
    const problem = !result.success
      ? result.error.issues[0]?.message
      : result.data.helpUrl !== undefined && !/^https?:\/\//i.test(result.data.helpUrl)
        ? 'helpUrl must be an http(s) address'
        : fieldsProblem(result.data.fields);
    if (problem || !result.success) {
      const id = (entry as { id?: unknown } | null)?.id;
      console.warn(`add-connection-wizard: platform ${JSON.stringify(id)} left out: ${problem}`);
      continue;
    }
    usable.push(result.data as PlatformDefinition);
  }
  return usable;
}

function fieldsProblem(fields: readonly FieldDefinition[]): string | undefined {
  const names = new Set<string>();
  for (const field of fields) {
    if (names.has(field.name)) return `two fields are named ${JSON.stringify(field.name)}`;
    names.add(field.name);
    if (!field.pattern) continue;
    if ((field.maxLength ?? 0) > patternInputLimit) return `a field with a pattern allows at most ${patternInputLimit} characters`;
    const problem = patternProblem(field.pattern);
    if (problem) return problem;
  }
  return undefined;
}

export type AdapterValues = Record<string, string | boolean>;
export type ParsedAdapter =
  | { ok: true; adapter: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/** Whether a field is shown, given the other values. */
export function isShown(field: FieldDefinition, values: AdapterValues): boolean {
  if (!field.showWhen) return true;
  const other = own(values, field.showWhen.field);
  if (field.showWhen.equals !== undefined) return other === field.showWhen.equals;
  return other !== undefined && other !== '' && other !== false;
}

// As /^[^\s@]+@[^\s@]+\.[^\s@]+$/, without its backtracking on dots.
function isEmail(text: string) {
  const at = text.indexOf('@');
  return at > 0 && !/[\s@]/.test(text.slice(at + 1)) && !/\s/.test(text) && text.slice(at + 2, -1).includes('.');
}

/** The problem with one field's value, or `undefined`. */
export function fieldProblem(field: FieldDefinition, value: string | boolean): string | undefined {
  if (field.type === 'boolean') return undefined;
  const raw = typeof value === 'string' ? value : '';
  // A blank value is no value, secret or not (a secret is otherwise kept as typed).
  if (raw.trim() === '') return field.required ? `Enter the ${field.label.toLowerCase()}.` : undefined;
  const text = field.type === 'secret' ? raw : raw.trim();
  const max = Math.min(field.maxLength ?? (field.type === 'secret' ? 1024 : 255), field.pattern ? patternInputLimit : adapterLimits.stringLength);
  if (text.length > max) return `Use at most ${max} characters.`;
  if (field.type === 'select' && field.options && !field.options.some((o) => o.value === text)) {
    return `Choose one of the ${field.label.toLowerCase()} options.`;
  }
  if (field.type === 'url' && !isHttpUrl(text)) return 'Enter a full address, for example https://shop.example.com.';
  if (field.type === 'email' && !isEmail(text)) return 'Enter an email address, for example name@example.com.';
  if (field.type === 'number' && !(/^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text)))) return 'Enter a number.';
  if (field.pattern && !matchesPattern(field.pattern, text)) {
    return field.patternMessage ?? `Check the ${field.label.toLowerCase()}.`;
  }
  return field.check ? own(namedChecks, field.check)?.(text) : undefined;
}

function isHttpUrl(text: string) {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The values a definition's form starts with. */
export function initialValues(definition: PlatformDefinition): AdapterValues {
  return Object.fromEntries(
    definition.fields.map((f) => [f.name, f.default ?? (f.type === 'boolean' ? false : f.type === 'select' ? (f.options?.[0]?.value ?? '') : '')]),
  );
}

/**
 * Checks the values of a definition's form and builds its adapter: shown fields only,
 * empty optional ones left out, numbers as numbers, booleans as booleans.
 */
export function parseAdapter(definition: PlatformDefinition, values: AdapterValues): ParsedAdapter {
  // Built as entries: assigning `__proto__` to an object would be lost, not kept.
  const errors: [string, string][] = [];
  const adapter: [string, unknown][] = [];
  for (const field of definition.fields) {
    if (!isShown(field, values)) continue;
    const value = own(values, field.name) ?? '';
    const problem = fieldProblem(field, value);
    if (problem) {
      errors.push([field.name, problem]);
      continue;
    }
    if (field.type === 'boolean') adapter.push([field.name, value === true]);
    else if (typeof value === 'string' && value.trim() !== '') {
      const text = field.type === 'secret' ? value : value.trim();
      adapter.push([field.name, field.type === 'number' ? Number(text) : text]);
    }
  }
  return errors.length > 0 ? { ok: false, errors: Object.fromEntries(errors) } : { ok: true, adapter: Object.fromEntries(adapter) };
}

/** A cleaner for one field, if it declares a rule. */
export const cleanerOf = (field: FieldDefinition) =>
  field.clean ? (raw: string) => cleanValue(field.clean!, raw) : undefined;
