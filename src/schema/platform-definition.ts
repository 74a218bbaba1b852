import * as z from 'zod/mini';
import { cleanValue, type CleanRule } from './clean.js';
import { connectionStringProblem } from './dropstream.js';

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
  /** A regular expression the whole value must match (source text, no slashes). */
  pattern?: string;
  /** What to say when `pattern` does not match. */
  patternMessage?: string;
  /** One of `namedChecks`, for example `ftp-connection-string`. */
  check?: string;
  default?: string | boolean;
  /** For `select`: the choices. */
  options?: { value: string; label: string }[];
  /** The `autocomplete` token for the input (`username`, `current-password`, `off`). */
  autocomplete?: string;
  /** Shown (and sent) only when another field has a value, or this value. */
  showWhen?: { field: string; equals?: string | boolean };
  /** How pasted text is cleaned. */
  clean?: CleanRule;
  maxLength?: number;
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

/** Validates a catalogue a host passes (often fetched as JSON). */
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
      name: z.string().check(z.minLength(1)),
      label: z.string().check(z.minLength(1)),
      type: z.enum(fieldTypes),
      required: z.optional(z.boolean()),
      hint: z.optional(z.string()),
      pattern: z.optional(z.string()),
      patternMessage: z.optional(z.string()),
      check: z.optional(z.string()),
      default: z.optional(z.union([z.string(), z.boolean()])),
      options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
      autocomplete: z.optional(z.string()),
      showWhen: z.optional(z.object({ field: z.string(), equals: z.optional(z.union([z.string(), z.boolean()])) })),
      clean: z.optional(z.union([z.enum(['trim', 'url']), z.object({ subdomainOf: z.string() })])),
      maxLength: z.optional(z.number()),
    }),
  ),
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
        : result.data.fields.map((f) => f.pattern && patternProblem(f.pattern)).find(Boolean);
    if (problem || !result.success) {
      const id = (entry as { id?: unknown } | null)?.id;
      console.warn(`add-connection-wizard: platform ${JSON.stringify(id)} left out: ${problem}`);
      continue;
    }
    usable.push(result.data as PlatformDefinition);
  }
  return usable;
}

function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch {
    return `the pattern ${JSON.stringify(pattern)} is not a regular expression`;
  }
}

export type AdapterValues = Record<string, string | boolean>;
export type ParsedAdapter =
  | { ok: true; adapter: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/** Whether a field is shown, given the other values. */
export function isShown(field: FieldDefinition, values: AdapterValues): boolean {
  if (!field.showWhen) return true;
  const other = values[field.showWhen.field];
  if (field.showWhen.equals !== undefined) return other === field.showWhen.equals;
  return other !== undefined && other !== '' && other !== false;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The problem with one field's value, or `undefined`. */
export function fieldProblem(field: FieldDefinition, value: string | boolean): string | undefined {
  if (field.type === 'boolean') return undefined;
  const raw = typeof value === 'string' ? value : '';
  // A blank value is no value, secret or not (a secret is otherwise kept as typed).
  if (raw.trim() === '') return field.required ? `Enter the ${field.label.toLowerCase()}.` : undefined;
  const text = field.type === 'secret' ? raw : raw.trim();
  const max = field.maxLength ?? (field.type === 'secret' ? 1024 : 255);
  if (text.length > max) return `Use at most ${max} characters.`;
  if (field.type === 'select' && field.options && !field.options.some((o) => o.value === text)) {
    return `Choose one of the ${field.label.toLowerCase()} options.`;
  }
  if (field.type === 'url' && !isHttpUrl(text)) return 'Enter a full address, for example https://shop.example.com.';
  if (field.type === 'email' && !emailPattern.test(text)) return 'Enter an email address, for example name@example.com.';
  if (field.type === 'number' && !/^-?\d+(\.\d+)?$/.test(text)) return 'Enter a number.';
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`).test(text)) {
    return field.patternMessage ?? `Check the ${field.label.toLowerCase()}.`;
  }
  return field.check ? namedChecks[field.check]?.(text) : undefined;
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
  const errors: Record<string, string> = {};
  const adapter: Record<string, unknown> = {};
  for (const field of definition.fields) {
    if (!isShown(field, values)) continue;
    const value = values[field.name] ?? '';
    const problem = fieldProblem(field, value);
    if (problem) {
      errors[field.name] = problem;
      continue;
    }
    if (field.type === 'boolean') adapter[field.name] = value === true;
    else if (typeof value === 'string' && value.trim() !== '') {
      const text = field.type === 'secret' ? value : value.trim();
      adapter[field.name] = field.type === 'number' ? Number(text) : text;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, adapter };
}

/** A cleaner for one field, if it declares a rule. */
export const cleanerOf = (field: FieldDefinition) =>
  field.clean ? (raw: string) => cleanValue(field.clean!, raw) : undefined;
