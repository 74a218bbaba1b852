import * as z from 'zod/mini';
import { cleanValue, type CleanRule } from './clean.js';
import { adapterLimits } from './limits.js';
import { connectionStringProblem } from './dropstream.js';
import { chosenValues } from './chosen.js';
import { own } from './records.js';
import { matchesPattern, patternInputLimit, patternSourceLimit } from './safe-pattern.js';

export const fieldTypes = ['text', 'secret', 'select', 'multiselect', 'boolean', 'url', 'email', 'number'] as const;
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
  /**
   * The starting value: text for text-like fields and `select`, `true`/`false` for
   * `boolean`, a number for `number`, a list of option values (or one comma-separated
   * string) for `multiselect`.
   */
  default?: string | boolean | number | string[];
  /** For `select` and `multiselect`: the choices (at least one). */
  options?: { value: string; label: string }[];
  /** For `multiselect`: `array` sends a JSON array of the chosen values; by default one comma-separated string. */
  send?: 'comma' | 'array';
  /** For `number`: only whole numbers. */
  integer?: boolean;
  /** For `number`: the smallest and largest values allowed. */
  min?: number;
  max?: number;
  /** For `number`: values go up in steps of this size from `min` (or 0). */
  step?: number;
  /** For `number`: a unit shown after the input (`days`, `kg`). */
  unit?: string;
  /**
   * The `autocomplete` token for the input (`url`, `email`, `off`). The credentials are a
   * third party's, not the user's login on this site: the login tokens (`username`,
   * `current-password`…) are replaced, by `new-password` on a secret (the one token that
   * keeps the browser from filling in the site's saved password) and by `off` elsewhere.
   */
  autocomplete?: string;
  /**
   * Shown (and sent) only when another field has a value; with `equals`, that value, or
   * one of a list of values.
   */
  showWhen?: { field: string; equals?: string | boolean | (string | boolean)[] };
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

/**
 * A platform described as data: the wizard renders and validates it with no code of its
 * own. Either `fields`, or `element`: the tag of a form element of the host's, loaded by
 * the wizard's `platformLoaders` only when the platform is chosen.
 */
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
  fields?: FieldDefinition[];
  /** A custom element (a `PlatformFormElement`) that is this platform's form, instead of `fields`. */
  element?: string;
  /**
   * The platform connects by consent (OAuth 2): the form shows "Connect with {label}", which
   * opens `start` in a popup; what comes back is a grant reference, sent as `grantField`.
   * `fields` are then the values asked before consent (`params`: Shopify's shop) and after
   * (options).
   */
  auth?: ConsentAuth;
}

/** How a consent platform connects (see the README, "Platforms that connect by consent"). */
export interface ConsentAuth {
  type: 'oauth2';
  /**
   * The server handler's start URL: `{endpoint}` is the wizard's `endpoint`, `{platform}` the
   * platform id. Default `{endpoint}/oauth/{platform}/start`.
   */
  start?: string;
  /** Where the wizard asks what came of its consent. Default `{endpoint}/oauth/outcome`. */
  outcome?: string;
  /** The fields sent to `start` (checked first): `["shop"]`. */
  params?: string[];
  /** The adapter key of the grant reference. Default `oauth_grant_id`. */
  grantField?: string;
  /** Seconds to wait for the person to finish at the platform. Default 300. */
  timeout?: number;
}

export const defaultGrantField = 'oauth_grant_id';

const idPattern = /^[a-z0-9][a-z0-9_-]*$/;
const scalar = () => z.union([z.string(), z.boolean()]);

/**
 * The shape of a catalogue entry. `checkCatalogue` adds the rules a shape cannot state
 * (a default of the field's type, `showWhen` naming a field…); `catalogue.schema.json` is
 * generated from this.
 */
export const platformDefinitionSchema = z.object({
  id: z.string().check(z.regex(idPattern, 'A platform id is lower-case letters, digits, “_” or “-”.')),
  label: z.string().check(z.minLength(1)),
  kind: z.enum(['store', 'warehouse']),
  rank: z.optional(z.number()),
  aliases: z.optional(z.array(z.string())),
  help: z.optional(z.string()),
  helpUrl: z.optional(z.string()),
  element: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/, 'A custom element name: lower case, with a “-”.'))),
  auth: z.optional(z.object({
    type: z.literal('oauth2'),
    start: z.optional(z.string().check(z.minLength(1))),
    outcome: z.optional(z.string().check(z.minLength(1))),
    params: z.optional(z.array(z.string())),
    grantField: z.optional(z.string().check(z.minLength(1), z.maxLength(adapterLimits.keyLength))),
    timeout: z.optional(z.number().check(z.positive(), z.lte(3600))),
  })),
  fields: z.optional(z.array(
    z.object({
      name: z.string().check(z.minLength(1), z.maxLength(adapterLimits.keyLength)),
      label: z.string().check(z.minLength(1)),
      type: z.enum(fieldTypes),
      required: z.optional(z.boolean()),
      hint: z.optional(z.string()),
      pattern: z.optional(z.string().check(z.maxLength(patternSourceLimit))),
      patternMessage: z.optional(z.string()),
      check: z.optional(z.string()),
      default: z.optional(z.union([z.string(), z.boolean(), z.number(), z.array(z.string())])),
      options: z.optional(z.array(z.object({ value: z.string(), label: z.string() }))),
      send: z.optional(z.enum(['comma', 'array'])),
      integer: z.optional(z.boolean()),
      min: z.optional(z.number()),
      max: z.optional(z.number()),
      step: z.optional(z.number().check(z.positive())),
      unit: z.optional(z.string()),
      autocomplete: z.optional(z.string()),
      showWhen: z.optional(z.object({ field: z.string(), equals: z.optional(z.union([scalar(), z.array(scalar())])) })),
      clean: z.optional(z.union([z.enum(['trim', 'url']), z.object({ subdomainOf: z.string() })])),
      maxLength: z.optional(z.int().check(z.positive(), z.lte(adapterLimits.stringLength))),
      keepInDraft: z.optional(z.boolean()),
    }),
  ).check(z.maxLength(adapterLimits.keys))),
});

export type AdapterValues = Record<string, string | boolean>;
export type ParsedAdapter =
  | { ok: true; adapter: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/** Whether a field is shown, given the other values. */
export function isShown(field: FieldDefinition, values: AdapterValues): boolean {
  if (!field.showWhen) return true;
  const other = own(values, field.showWhen.field);
  const { equals } = field.showWhen;
  if (equals !== undefined) return Array.isArray(equals) ? equals.includes(other!) : other === equals;
  return other !== undefined && other !== '' && other !== false;
}

// As /^[^\s@]+@[^\s@]+\.[^\s@]+$/, without its backtracking on dots.
function isEmail(text: string) {
  const at = text.indexOf('@');
  return at > 0 && !/[\s@]/.test(text.slice(at + 1)) && !/\s/.test(text) && text.slice(at + 2, -1).includes('.');
}

function numberProblem(field: FieldDefinition, text: string): string | undefined {
  const { min, max, step } = field;
  const n = Number(text);
  if (!(/^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(n))) return 'Enter a number.';
  if (field.integer && !Number.isInteger(n)) return 'Enter a whole number.';
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    return min === undefined ? `Enter ${max} or less.` : max === undefined ? `Enter ${min} or more.` : `Enter a number from ${min} to ${max}.`;
  }
  const steps = step ? (n - (min ?? 0)) / step : 0;
  return Math.abs(steps - Math.round(steps)) > 1e-9 ? `Enter a multiple of ${step}.` : undefined;
}

/** The problem with one field's value, or `undefined`. */
export function fieldProblem(field: FieldDefinition, value: string | boolean): string | undefined {
  if (field.type === 'boolean') return undefined;
  const raw = typeof value === 'string' ? value : '';
  const label = field.label.toLowerCase();
  if (field.type === 'multiselect') {
    const chosen = chosenValues(raw);
    if (chosen.length === 0) return field.required ? `Choose at least one of the ${label} options.` : undefined;
    return chosen.every((v) => field.options?.some((o) => o.value === v)) ? undefined : `Choose one of the ${label} options.`;
  }
  // A blank value is no value, secret or not (a secret is otherwise kept as typed).
  if (raw.trim() === '') return field.required ? `Enter the ${label}.` : undefined;
  const text = field.type === 'secret' ? raw : raw.trim();
  const max = Math.min(field.maxLength ?? (field.type === 'secret' ? 1024 : 255), field.pattern ? patternInputLimit : adapterLimits.stringLength);
  if (text.length > max) return `Use at most ${max} characters.`;
  if (field.type === 'select' && field.options && !field.options.some((o) => o.value === text)) {
    return `Choose one of the ${label} options.`;
  }
  if (field.type === 'url' && !isHttpUrl(text)) return 'Enter a full address, for example https://shop.example.com.';
  if (field.type === 'email' && !isEmail(text)) return 'Enter an email address, for example name@example.com.';
  if (field.type === 'number') {
    const problem = numberProblem(field, text);
    if (problem) return problem;
  }
  if (field.pattern && !matchesPattern(field.pattern, text)) {
    return field.patternMessage ?? `Check the ${label}.`;
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

/** The value a field's form starts with: text for all but `boolean`. */
function initialValue(f: FieldDefinition): string | boolean {
  const d = f.default;
  if (d === undefined) return f.type === 'boolean' ? false : f.type === 'select' ? (f.options?.[0]?.value ?? '') : '';
  return typeof d === 'boolean' ? d : String(d);
}

/** The values a definition's form starts with. */
export function initialValues(definition: PlatformDefinition): AdapterValues {
  return Object.fromEntries((definition.fields ?? []).map((f) => [f.name, initialValue(f)]));
}

/**
 * Checks the values of a definition's form and builds its adapter: shown fields only,
 * empty optional ones left out, numbers as numbers, booleans as booleans, a multiselect's
 * choices (in the options' order) comma-separated or as an array.
 */
export function parseAdapter(definition: PlatformDefinition, values: AdapterValues): ParsedAdapter {
  // Built as entries: assigning `__proto__` to an object would be lost, not kept.
  const errors: [string, string][] = [];
  const adapter: [string, unknown][] = [];
  for (const field of definition.fields ?? []) {
    if (!isShown(field, values)) continue;
    const value = own(values, field.name) ?? '';
    const problem = fieldProblem(field, value);
    if (problem) {
      errors.push([field.name, problem]);
      continue;
    }
    if (field.type === 'boolean') adapter.push([field.name, value === true]);
    else if (field.type === 'multiselect') {
      const chosen = chosenValues(value);
      const ordered = (field.options ?? []).map((o) => o.value).filter((v) => chosen.includes(v));
      if (ordered.length > 0) adapter.push([field.name, field.send === 'array' ? ordered : ordered.join(',')]);
    } else if (typeof value === 'string' && value.trim() !== '') {
      const text = field.type === 'secret' ? value : value.trim();
      adapter.push([field.name, field.type === 'number' ? Number(text) : text]);
    }
  }
  return errors.length > 0 ? { ok: false, errors: Object.fromEntries(errors) } : { ok: true, adapter: Object.fromEntries(adapter) };
}

/** A cleaner for one field, if it declares a rule. */
export const cleanerOf = (field: FieldDefinition) =>
  field.clean ? (raw: string) => cleanValue(field.clean!, raw) : undefined;
