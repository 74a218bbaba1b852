import type { ErrorKind, HostAnswer } from '../events.js';
import type { FieldError } from '../schema/errors.js';

/** What came of one attempt to create the connection. */
export type Outcome =
  | { ok: true; id: string | number; response: Record<string, unknown> }
  | { ok: false; kind: ErrorKind; status?: number; errors: FieldError[]; detail?: string };

/** A host's reading of error answers in its own shape: field errors, or nothing to add. */
export type ErrorMapper = (body: unknown, status: number) => FieldError[] | undefined;

export interface SendOptions {
  headers: Record<string, string>;
  credentials: RequestCredentials;
  timeout: number;
  idempotencyKey: string;
  /** Aborted when the element leaves the page. */
  signal: AbortSignal;
  errorMapper?: ErrorMapper;
}

const local = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a URL would carry credentials in clear text: `http:` to anything but this
 * machine. Relative URLs take the page's scheme.
 */
export function isInsecure(url: string, base: string): boolean {
  try {
    const { protocol, hostname } = new URL(url, base);
    return protocol === 'http:' && !local.has(hostname) && !hostname.endsWith('.localhost');
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function problemErrors(body: unknown): FieldError[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.flatMap((entry): FieldError[] => {
    if (!isRecord(entry) || typeof entry.detail !== 'string') return [];
    return [{ pointer: typeof entry.pointer === 'string' ? entry.pointer : '', detail: entry.detail }];
  });
}

const problemDetail = (body: unknown) =>
  isRecord(body) && typeof body.detail === 'string' ? body.detail
  : isRecord(body) && typeof body.title === 'string' ? body.title
  : undefined;

/** Reads an answer the way the contract describes, whoever sent the request. */
export async function readResponse(response: Response, errorMapper?: ErrorMapper): Promise<Outcome> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const { status } = response;
  const mapped = !response.ok && errorMapper ? errorMapper(body, status) : undefined;
  if (mapped && mapped.length > 0) return { ok: false, kind: 'validation', status, errors: mapped, detail: problemDetail(body) };
  if (response.ok) {
    if (isRecord(body) && (typeof body.id === 'string' || typeof body.id === 'number')) {
      return { ok: true, id: body.id, response: body };
    }
    // A success without an id is an answer we cannot trust to have created anything.
    return { ok: false, kind: 'server', status, errors: [], detail: undefined };
  }
  if (status === 400 || status === 422) {
    return { ok: false, kind: 'validation', status, errors: problemErrors(body), detail: problemDetail(body) };
  }
  if (status === 409) return { ok: false, kind: 'conflict', status, errors: [], detail: problemDetail(body) };
  return { ok: false, kind: 'server', status, errors: [], detail: undefined };
}

/** Reads what a host answered through `respondWith`. */
export async function readHostAnswer(answer: Promise<HostAnswer>, signal: AbortSignal, timeout: number, errorMapper?: ErrorMapper): Promise<Outcome> {
  try {
    const value = await withTimeout(answer, signal, timeout);
    if (value instanceof Response) return await readResponse(value, errorMapper);
    if (isRecord(value) && (typeof value.id === 'string' || typeof value.id === 'number')) {
      return { ok: true, id: value.id, response: value };
    }
    return { ok: false, kind: 'server', errors: [] };
  } catch (error) {
    return failure(error);
  }
}

/** POSTs the body as JSON; every attempt of one submission carries the same key. */
export async function sendJson(url: string, body: unknown, o: SendOptions): Promise<Outcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...o.headers,
        'Content-Type': 'application/json',
        'Idempotency-Key': o.idempotencyKey,
      },
      body: JSON.stringify(body),
      credentials: o.credentials,
      signal: AbortSignal.any([o.signal, AbortSignal.timeout(o.timeout)]),
    });
    return await readResponse(response, o.errorMapper);
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): Outcome {
  const kind = error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network';
  return { ok: false, kind, errors: [] };
}

function withTimeout<T>(promise: Promise<T>, signal: AbortSignal, timeout: number): Promise<T> {
  const limit = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(limit.reason);
    if (limit.aborted) return stop();
    limit.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => limit.removeEventListener('abort', stop));
  });
}

/** What a host or a test endpoint answers to Test connection. */
export type TestAnswer = Response | { ok: boolean; detail?: string };

/**
 * Reads a Test connection answer: `{ ok, detail? }` (only an explicit `ok: true` passes: a
 * sign-in page answered 200 is no pass), or a problem document whose field errors point
 * into the test body (`/adapter/…`).
 */
export async function readTestAnswer(
  answer: Promise<TestAnswer>,
  errorMapper?: ErrorMapper,
): Promise<{ ok: boolean; detail?: string; errors: FieldError[]; network?: boolean }> {
  try {
    const value = await answer;
    if (!(value instanceof Response)) return { ok: value.ok === true, detail: value.detail, errors: [] };
    if (value.ok) {
      const body = (await value.json().catch(() => ({}))) as { ok?: unknown; detail?: unknown };
      return { ok: body.ok === true, detail: typeof body.detail === 'string' ? body.detail : undefined, errors: [] };
    }
    const outcome = await readResponse(value, errorMapper);
    return outcome.ok ? { ok: false, errors: [] } : { ok: false, errors: outcome.errors, detail: outcome.errors.length > 0 ? undefined : outcome.detail };
  } catch {
    return { ok: false, errors: [], network: true };
  }
}
