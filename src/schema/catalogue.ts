import type * as z from 'zod/mini';
import { namedChecks, platformDefinitionSchema, type FieldDefinition, type PlatformDefinition } from './platform-definition.js';
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

const show = (value: unknown) => {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? typeof value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};
const an = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const pathText = (path: Path) => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

/** What a zod issue expected, in words (zod/mini carries no messages of its own). */
function expectation(issue: z.core.$ZodIssue): string {
  const got = `, got ${show(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${an(issue.expected)}${got}`;
    case 'invalid_value':
      return `expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => show(v)).join(', ')}${got}`;
    case 'invalid_union':
      return `expected ${[...new Set(issue.errors.map((e) => e[0]?.code === 'invalid_type' ? an(e[0].expected) : 'another value'))].join(' or ')}${got}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
      return `expected ${issue.origin === 'string' ? `${bound} characters` : issue.origin === 'array' ? `${bound} entries` : bound}${got}`;
    }
    default:
      return issue.message === 'Invalid input' ? `not valid${got}` : issue.message;
  }
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/** The checks a shape cannot state, for one field, as `[path, message]`. */
function fieldProblems(field: FieldDefinition, at: Path, fields: readonly FieldDefinition[]): [Path, string][] {
  const problems: [Path, string][] = [];
  const say = (key: PropertyKey, message: string) => problems.push([[...at, key], message]);
  const { type, default: d, options } = field;
  const choice = type === 'select' || type === 'multiselect';
  const firstNamed = fields.findIndex((f) => f.name === field.name);
  if (fields[firstNamed] !== field) say('name', `expected a name no other field has, got ${show(field.name)} (also fields[${firstNamed}])`);
  if (choice && !options?.length) say('options', 'expected at least one option');
  if (type === 'multiselect' && field.send !== 'array' && options?.some((o) => o.value.includes(','))) {
    say('options', 'expected values without “,” (they are sent comma-separated)');
  }
  if (d !== undefined) {
    const wanted =
      type === 'boolean' ? 'a boolean' : type === 'number' ? 'a number' : type === 'multiselect' ? 'a list of option values' : 'a string';
    const fits =
      type === 'boolean' ? typeof d === 'boolean'
      : type === 'number' ? typeof d === 'number'
      : type === 'multiselect' ? (typeof d === 'string' ? d.split(',') : Array.isArray(d) ? d : [1]).every((v) => v === '' || options?.some((o) => o.value === v))
      : typeof d === 'string' && (type !== 'select' || !options || options.some((o) => o.value === d));
    if (!fits) say('default', `expected ${wanted}${choice ? ' among the options' : ''}, got ${show(d)}`);
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) say('max', `expected at least min (${field.min}), got ${field.max}`);
  if (field.showWhen && !fields.some((f) => f !== field && f.name === field.showWhen!.field)) {
    say('showWhen', `expected the name of another field, got ${show(field.showWhen.field)}`);
  }
  if (field.check !== undefined && !own(namedChecks, field.check)) say('check', `expected one of ${Object.keys(namedChecks).map((c) => show(c)).join(', ')}, got ${show(field.check)}`);
  if (field.pattern !== undefined) {
    if ((field.maxLength ?? 0) > patternInputLimit) say('maxLength', `expected at most ${patternInputLimit} with a pattern, got ${field.maxLength}`);
    const problem = patternProblem(field.pattern);
    if (problem) say('pattern', problem);
  }
  return problems;
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
    const found: [Path, string][] = [];
    const result = platformDefinitionSchema.safeParse(entry, { reportInput: true });
    if (!result.success) for (const issue of result.error.issues) found.push([issue.path, expectation(issue)]);
    else {
      const d = result.data as PlatformDefinition;
      const key = `${d.kind}:${d.id}`;
      if (seen.has(key)) found.push([['id'], `expected an id no other ${d.kind} platform has, got ${show(d.id)} (also platforms[${seen.get(key)}])`]);
      if (d.helpUrl !== undefined && !isHttp(d.helpUrl)) found.push([['helpUrl'], `expected an http(s) address, got ${show(d.helpUrl)}`]);
      if (d.element && o.hasElement && !o.hasElement(d.element)) found.push([['element'], `expected a loader for <${d.element}> in platformLoaders, or the element defined`]);
      if (!d.fields === !d.element) found.push([[d.fields ? 'element' : 'fields'], d.fields ? 'expected fields or element, not both' : 'expected fields or an element']);
      d.fields?.forEach((field, i) => found.push(...fieldProblems(field, ['fields', i], d.fields!)));
      if (found.length === 0) {
        platforms.push(d);
        seen.set(key, index);
      }
    }
    for (const [path, text] of found) problems.push(catalogueProblem(index, id, pathText(path), text));
  });
  return { platforms, problems };
}

/** A problem in the one shape every report takes. */
export function catalogueProblem(index: number, id: string | undefined, path: string, text: string): CatalogueProblem {
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
