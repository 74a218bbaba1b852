// The one request path: submit and Test connection both POST JSON through `postJson`, with
// the same headers, the same refusal of insecure endpoints, the same timeout, and a signal
// that the wizard aborts when it leaves the page or no longer wants the answer.

export interface PostOptions {
  headers: Record<string, string>;
  credentials: RequestCredentials;
  /** Milliseconds before the request gives up with a `TimeoutError`. */
  timeout: number;
  /** Aborted when the answer is no longer wanted (the element left the page, the user moved on). */
  signal: AbortSignal;
  /** The same for every attempt of one submission, so a retry cannot create twice. */
  idempotencyKey?: string;
  /** `POST` to create, `PATCH` to save changes. */
  method?: 'POST' | 'PATCH';
  /** `application/json`, or `application/merge-patch+json` for a PATCH. */
  contentType?: string;
}

import { endpointProblem } from './host-config.js';

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

/**
 * Thrown instead of sending credentials where they must not go: over `http:` off this
 * machine (see `isInsecure`), or to a URL that is not http(s) at all (`misconfigured`).
 */
export class InsecureEndpointError extends Error {
  override name = 'InsecureEndpointError';
  constructor(message: string, readonly misconfigured = false) {
    super(message);
  }
}

/** Thrown when the endpoint answers with a redirect: the body, secrets included, is not sent on. */
export class RedirectError extends Error {
  override name = 'RedirectError';
}

/** POSTs an already serialised JSON body; rejects on network failure, timeout, abort or an insecure URL. */
export async function postJson(url: string, body: string, o: PostOptions): Promise<Response> {
  const problem = endpointProblem(url, location.href);
  if (problem) {
    console.error(`add-connection-wizard: refused to send credentials to ${JSON.stringify(url.slice(0, 60))}: ${problem}.`);
    throw new InsecureEndpointError(problem, true);
  }
  if (isInsecure(url, location.href)) {
    const origin = new URL(url, location.href).origin;
    console.error(`add-connection-wizard: refused to send credentials to ${origin} over http. Use an https endpoint.`);
    throw new InsecureEndpointError(origin);
  }
  // The wizard's own headers win over the host's, whatever their case: never merged into
  // `Content-Type: text/plain, application/json`.
  const headers = new Headers(o.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json, application/problem+json');
  headers.set('Content-Type', o.contentType ?? 'application/json');
  if (o.idempotencyKey) headers.set('Idempotency-Key', o.idempotencyKey);
  const signal = deadline(o.signal, o.timeout);
  const response = await fetch(url, {
    method: o.method ?? 'POST',
    headers,
    body,
    credentials: o.credentials,
    // A redirect would carry the body, secrets included, to wherever it points (a 307), or
    // turn the request into a GET whose answer looks like success (a 302): follow none.
    redirect: 'manual',
    signal,
  }).catch((error: unknown) => {
    throw abortReason(signal, error);
  });
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    console.error(`add-connection-wizard: ${url} answered with a redirect, which is not followed with credentials. Point the endpoint at the final URL.`);
    throw new RedirectError(url);
  }
  return response;
}

/** Aborts with `signal`'s reason, or with a `TimeoutError` once `timeout` ms have passed. */
export function deadline(signal: AbortSignal, timeout: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
}

/**
 * Why a request under `signal` failed: the signal's own reason once it has aborted. WebKit
 * rejects an aborted fetch, and a read of its body, with a bare `AbortError` ("Fetch is
 * aborted") instead of the reason, so a timeout would read as a network failure.
 */
const abortReason = (signal: AbortSignal, error: unknown) => (signal.aborted ? signal.reason : error);

/**
 * Settles with `promise`, or rejects with `limit`'s reason (a `TimeoutError` from
 * `deadline`, or the wizard's own abort) the moment it aborts: before the engine's own
 * error for the aborted request or body read arrives. Give `postJson` the same `limit`, so
 * the request and the reading of its answer share one clock; a host's `respondWith` answer
 * is held to the same limits.
 */
export function within<T>(promise: Promise<T>, limit: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(limit.reason);
    if (limit.aborted) return stop();
    limit.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => limit.removeEventListener('abort', stop));
  });
}
