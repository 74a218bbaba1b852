// Reading answers: the create request's, a host's `respondWith`, and Test connection's.
import type { ErrorKind, HostAnswer } from '../events.js';
import type { FieldError } from '../schema/errors.js';
import { outstandingProblemType } from '../schema/problem-types.js';
import { InsecureEndpointError, RedirectError } from './post-json.js';

/** What came of one attempt to create the connection. */
export type Outcome =
  | { ok: true; id: string | number; response: Record<string, unknown> }
  | { ok: false; kind: ErrorKind; status?: number; errors: FieldError[]; detail?: string; misconfigured?: boolean; retrySameKey?: boolean };

/** A host's reading of error answers in its own shape: field errors, or nothing to add. */
export type ErrorMapper = (body: unknown, status: number) => FieldError[] | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function problemErrors(body: unknown): FieldError[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.flatMap((entry): FieldError[] => {
    if (!isRecord(entry) || typeof entry.detail !== 'string') return [];
    return [{ pointer: typeof entry.pointer === 'string' ? entry.pointer : '', detail: entry.detail }];
  });
}

/**
 * What the host's error mapper makes of an answer; a mapper that throws or returns
 * something other than a list of `{ pointer, detail }` is reported and ignored.
 */
function mapErrors(errorMapper: ErrorMapper, body: unknown, status: number): FieldError[] | undefined {
  let mapped: unknown;
  try {
    mapped = errorMapper(body, status);
  } catch (error) {
    console.error('add-connection-wizard: errorMapper threw; the answer is read as a problem document instead.', error);
    return undefined;
  }
  if (mapped === undefined || mapped === null) return undefined;
  const valid = Array.isArray(mapped) && mapped.every((e) => isRecord(e) && typeof e.pointer === 'string' && typeof e.detail === 'string');
  if (valid) return mapped as FieldError[];
  console.error('add-connection-wizard: errorMapper must return [{ pointer, detail }] or undefined; its answer is ignored.');
  return undefined;
}

const problemDetail = (body: unknown) =>
  isRecord(body) && typeof body.detail === 'string' ? body.detail
  : isRecord(body) && typeof body.title === 'string' ? body.title
  : undefined;

/** More than any answer of this API needs: a larger body is not read (nor parsed) at all. */
export const MAX_ANSWER_BYTES = 1_000_000;

/**
 * An answer's JSON body, or `undefined` when it is not JSON or is larger than
 * `MAX_ANSWER_BYTES`: a server that streams without end cannot fill the page's memory
 * (the time it takes is bounded by the request's timeout).
 */
export async function readJsonBody(response: Response): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_ANSWER_BYTES) {
        void reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    // A timeout or an abort while reading is no answer; anything else is an unreadable one.
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) throw error;
    return undefined;
  }
}

/** Reads an answer the way the contract describes, whoever sent the request. */
/**
 * `knownId`: the id of a connection being saved (edit mode), whose success answer need not
 * repeat it (a 204 No Content, or a body without `id`).
 */
export async function readResponse(response: Response, errorMapper?: ErrorMapper, knownId?: string | number): Promise<Outcome> {
  const body = await readJsonBody(response);
  const { status } = response;
  const mapped = !response.ok && errorMapper ? mapErrors(errorMapper, body, status) : undefined;
  if (mapped && mapped.length > 0) return { ok: false, kind: 'validation', status, errors: mapped, detail: problemDetail(body) };
  if (response.ok) {
    if (isRecord(body) && (typeof body.id === 'string' || typeof body.id === 'number')) {
      return { ok: true, id: body.id, response: body };
    }
    if (knownId !== undefined) return { ok: true, id: knownId, response: isRecord(body) ? body : {} };
    // A success without an id is an answer we cannot trust to have created anything.
    return { ok: false, kind: 'server', status, errors: [], detail: undefined };
  }
  if (status === 400 || status === 422) {
    return { ok: false, kind: 'validation', status, errors: problemErrors(body), detail: problemDetail(body) };
  }
  // The server handler's "a request is outstanding for this Idempotency-Key": the first
  // attempt is still running, so the retry must carry the same key, or it could create twice.
  if (status === 409 && isRecord(body) && body.type === outstandingProblemType) {
    return { ok: false, kind: 'server', status, errors: [], detail: problemDetail(body), retrySameKey: true };
  }
  if (status === 409) return { ok: false, kind: 'conflict', status, errors: [], detail: problemDetail(body) };
  return { ok: false, kind: 'server', status, errors: [], detail: undefined };
}

/** Reads what a host answered through `respondWith`: a `Response`, or the created `{ id }`. */
export async function readHostAnswer(answer: Promise<HostAnswer>, errorMapper?: ErrorMapper, knownId?: string | number): Promise<Outcome> {
  try {
    const value = await answer;
    if (value instanceof Response) return await readResponse(value, errorMapper, knownId);
    if (isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number')) {
      return { ok: true, id: value.id, response: value };
    }
    if (knownId !== undefined && (value === undefined || isRecord(value))) return { ok: true, id: knownId, response: value ?? {} };
    return { ok: false, kind: 'server', errors: [] };
  } catch (error) {
    return failureOf(error);
  }
}

/** The outcome of a request that did not get an answer. */
export function failureOf(error: unknown): Outcome & { ok: false } {
  if (error instanceof InsecureEndpointError) {
    return error.misconfigured ? { ok: false, kind: 'insecure', errors: [], misconfigured: true } : { ok: false, kind: 'insecure', errors: [] };
  }
  const kind =
    error instanceof RedirectError ? 'redirect'
    : error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout'
    : 'network';
  return { ok: false, kind, errors: [] };
}

/** What a host or a test endpoint answers to Test connection. */
export type TestAnswer = Response | { ok: boolean; detail?: string };

/** What came of a Test connection: passed or not, why, and why no answer came, if none did. */
export interface TestOutcome {
  ok: boolean;
  detail?: string;
  errors: FieldError[];
  unanswered?: ErrorKind;
  /** With `unanswered: 'insecure'`: the URL is not http(s) at all. */
  misconfigured?: boolean;
}

/**
 * Reads a Test connection answer: `{ ok, detail? }` (only an explicit `ok: true` passes: a
 * sign-in page answered 200 is no pass), or a problem document whose field errors point
 * into the test body (`/adapter/…`).
 */
export async function readTestAnswer(
  answer: Promise<TestAnswer>,
  errorMapper?: ErrorMapper,
): Promise<TestOutcome> {
  try {
    const value: unknown = await answer;
    // An answer that is not `{ ok: true }` (null, a sign-in page's 200) is an answer that did not pass.
    const verdict = (body: unknown) => ({
      ok: isRecord(body) && body.ok === true,
      detail: isRecord(body) && typeof body.detail === 'string' ? body.detail : undefined,
      errors: [],
    });
    if (!(value instanceof Response)) return verdict(value);
    if (value.ok) return verdict(await readJsonBody(value));
    const outcome = await readResponse(value, errorMapper);
    return outcome.ok ? { ok: false, errors: [] } : { ok: false, errors: outcome.errors, detail: outcome.errors.length > 0 ? undefined : outcome.detail };
  } catch (error) {
    const failure = failureOf(error);
    return { ok: false, errors: [], unanswered: failure.kind, ...(failure.misconfigured ? { misconfigured: true } : {}) };
  }
}
