import type * as z from 'zod/mini';
import { defaultGrantField, namedChecks, platformDefinitionSchema, type FieldDefinition, type PlatformDefinition } from './platform-definition.js';
import { own } from './records.js';
import { patternInputLimit, patternProblem } from './safe-pattern.js';

/** One reason a catalogue entry was left out. */
export interface CatalogueProblem {
  /** The entry's index in the catalogue (-1: the catalogue itself). */
  index: number;
  /** The entry's `id`, when it has a string one. */
  id?: string;
  /** Where in the entry, as a JSON path: `fields[3].default` (empty: the entry itself). */
  path: string;
  /** The whole line: `platforms[2] "acme": fields[3].default: expected a number, got "0"`. */
  message: string;
}

export interface CheckedCatalogue {
  /** The definitions that can be used, in catalogue order; the first of two with one id and kind. */
  platforms: PlatformDefinition[];
  problems: CatalogueProblem[];
}

type Path = readonly PropertyKey[];
type Found = [Path, string][];

const show = (value: unknown) => (value === undefined ? 'nothing' : (JSON.stringify(value) ?? typeof value).slice(0, 40));
const an = (type?: string) => (type ? `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}` : 'another value');

/** What a zod issue expected, in words (zod/mini carries no messages of its own). */
function expectation(issue: z.core.$ZodIssue): string {
  const i = issue as z.core.$ZodIssue & Record<string, any>;
  const wanted =
    i.expected ? an(i.expected)
    : i.values ? `one of ${i.values.map(show).join(', ')}`
    : i.errors ? [...new Set(i.errors.map((e: z.core.$ZodIssue[]) => an((e[0] as { expected?: string })?.expected)))].join(' or ')
    : i.origin ? `${i.minimum !== undefined ? `${i.inclusive === false ? 'more than' : 'at least'} ${i.minimum}` : `at most ${i.maximum}`}${{ string: ' characters', array: ' entries' }[i.origin as string] ?? ''}`
    : undefined;
  return wanted ? `expected ${wanted}, got ${show(i.input)}` : i.message;
}

/** The checks a shape cannot state, for one field. */
function fieldProblems(field: FieldDefinition, at: number, fields: readonly FieldDefinition[], found: Found) {
  const say = (key: string, message: string) => found.push([['fields', at, key], message]);
  const { type, default: d, options, showWhen, pattern } = field;
  const has = (v: unknown) => options?.some((o) => o.value === v);
  const first = fields.findIndex((f) => f.name === field.name);
  if (first < at) say('name', `expected a name no other field has, got ${show(field.name)} (also fields[${first}])`);
  if (/select/.test(type) && !options?.length) say('options', 'expected at least one option');
  // A multiselect keeps its choices comma-separated.
  if (type === 'multiselect' && options?.some((o) => o.value.includes(','))) say('options', 'expected values without “,”');
  if (d !== undefined) {
    const [wanted, fits] =
      type === 'boolean' ? ['a boolean', d === !!d]
      : type === 'number' ? ['a number', typeof d === 'number']
      : type === 'multiselect' ? ['option values', (Array.isArray(d) ? d : String(d).split(',')).every((v) => v === '' || has(v))]
      : type === 'select' ? ['an option value', has(d)]
      : ['a string', typeof d === 'string'];
    if (!fits) say('default', `expected ${wanted}, got ${show(d)}`);
  }
  if (field.min! > field.max!) say('max', `expected at least min, got ${field.max}`);
  if (showWhen && !fields.some((f) => f !== field && f.name === showWhen.field)) say('showWhen', `expected the name of another field, got ${show(showWhen.field)}`);
  if (field.check !== undefined && !own(namedChecks, field.check)) say('check', `expected one of ${Object.keys(namedChecks)}, got ${show(field.check)}`);
  if (pattern !== undefined) {
    if (field.maxLength! > patternInputLimit) say('maxLength', `expected at most ${patternInputLimit} with a pattern, got ${field.maxLength}`);
    const problem = patternProblem(pattern);
    if (problem) say('pattern', problem);
  }
}

/** The checks of a consent platform's `auth` that its shape cannot state. */
function authProblems(d: PlatformDefinition, found: Found) {
  const { params = [], grantField = defaultGrantField, start, outcome } = d.auth!;
  const names = new Set((d.fields ?? []).map((f) => f.name));
  if (d.element) found.push([['auth'], 'expected fields, not element, with auth: the wizard renders the Connect button']);
  params.forEach((name, i) => {
    if (!names.has(name)) found.push([['auth', 'params', i], `expected the name of a field, got ${show(name)}`]);
  });
  if (names.has(grantField)) found.push([['auth', 'grantField'], `expected a name no field has, got ${show(grantField)}`]);
  for (const [key, url] of [['start', start], ['outcome', outcome]] as const) {
    // A URL the page may open: relative, or http(s); `{endpoint}` and `{platform}` are filled in.
    if (url !== undefined && !/^(?:https?:\/\/|\/|\{endpoint\})/i.test(url)) found.push([['auth', key], `expected an http(s) or root-relative address, got ${show(url)}`]);
  }
}

/**
 * Checks a `platforms` catalogue (parsed JSON, or definitions written in code) as the
 * wizard does. Each refused entry is named by index, id and JSON path, with what was
 * expected: `platforms[2] "acme": fields[3].default: expected a number, got "0"`. The
 * others are returned, ready to use. A host's CI can run it on its catalogue files.
 * `hasElement` tells whether a code form's element can be had (the wizard asks its
 * `platformLoaders`); without it, any element name is taken.
 */
export function checkCatalogue(catalogue: unknown, o: { hasElement?: (tag: string) => boolean } = {}): CheckedCatalogue {
  const platforms: PlatformDefinition[] = [];
  const problems: CatalogueProblem[] = [];
  if (!Array.isArray(catalogue)) {
    return { platforms, problems: [{ index: -1, path: '', message: `platforms: expected an array of definitions, got ${show(catalogue)}` }] };
  }
  const seen = new Map<string, number>();
  catalogue.forEach((entry: unknown, index) => {
    const rawId = (entry as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' ? rawId : undefined;
    const found: Found = [];
    const result = platformDefinitionSchema.safeParse(entry, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) found.push([issue.path, expectation(issue)]);
    else {
      const d = result.data as PlatformDefinition;
      const key = `${d.kind}:${d.id}`;
      if (seen.has(key)) found.push([['id'], `expected an id no other ${d.kind} platform has, got ${show(d.id)} (also platforms[${seen.get(key)}])`]);
      if (d.helpUrl !== undefined && !/^https?:\/\//i.test(d.helpUrl)) found.push([['helpUrl'], `expected an http(s) address, got ${show(d.helpUrl)}`]);
      if (d.element && o.hasElement && !o.hasElement(d.element)) found.push([['element'], `expected a loader for <${d.element}> in platformLoaders, or the element defined`]);
      if (!d.fields === !d.element) found.push([['fields'], 'expected either fields or element']);
      d.fields?.forEach((field, i) => fieldProblems(field, i, d.fields!, found));
      if (d.auth) authProblems(d, found);
      if (found.length === 0) {
        platforms.push(d);
        seen.set(key, index);
      }
    }
    for (const [path, text] of found) {
      const at = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
      problems.push(catalogueProblem(index, id, at, text));
    }
  });
  return { platforms, problems };
}

/** A problem in the one shape every report takes. */
function catalogueProblem(index: number, id: string | undefined, path: string, text: string): CatalogueProblem {
  const message = `platforms[${index}] ${id === undefined ? '(no id)' : JSON.stringify(id)}: ${path ? `${path}: ` : ''}${text}`;
  return { index, ...(id !== undefined && { id }), path, message };
}

/**
 * The definitions of a catalogue that can be used (see `checkCatalogue`); each problem
 * is reported with `console.warn`, so one bad entry cannot break the wizard.
 */
export function usableDefinitions(catalogue: readonly unknown[]): PlatformDefinition[] {
  const { platforms, problems } = checkCatalogue(catalogue);
  for (const problem of problems) console.warn(`add-connection-wizard: ${problem.message} (left out)`);
  return platforms;
}
