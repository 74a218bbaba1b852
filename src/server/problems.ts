// RFC 9457 problem documents: every refusal of the handler, and every error a host throws,
// is answered as `application/problem+json`. Field errors are `errors[]` of JSON Pointers
// into the request body, the shape the wizard shows on each field. No message here holds
// a value from the request: a problem names the field, never what was typed in it.
import type { FieldError } from '../schema/errors.js';
import { outstandingProblemType } from '../schema/problem-types.js';

/** The `type` of each problem the handler itself answers; `about:blank` for the plain HTTP ones. */
export const problemTypes = {
  validation: 'tag:add-connection-wizard,2026:problem:validation',
  idempotencyKeyMissing: 'tag:add-connection-wizard,2026:problem:idempotency-key-missing',
  idempotencyKeyReused: 'tag:add-connection-wizard,2026:problem:idempotency-key-reused',
  idempotencyKeyOutstanding: outstandingProblemType,
  duplicate: 'tag:add-connection-wizard,2026:problem:duplicate-connection',
  unavailable: 'tag:add-connection-wizard,2026:problem:store-unavailable',
  timeout: 'tag:add-connection-wizard,2026:problem:host-timeout',
} as const;

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export const problemContentType = 'application/problem+json';

/** A problem document as a `Response`, with extra headers (`Allow`, `Retry-After`…). */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  // The default after the spread: a problem built with `type: undefined` still gets one.
  const body = { ...problem, type: problem.type ?? 'about:blank' };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'Content-Type': problemContentType, 'Cache-Control': 'no-store', ...headers },
  });
}

export interface ConnectionErrorInit {
  /** A line for a person: shown by the wizard when no field error is. */
  detail?: string;
  /** Field errors, each a JSON Pointer into the request body: `/store/adapter/password`. */
  errors?: FieldError[];
  /** The problem's `type` URI; by default one that says what the status means here. */
  type?: string;
  /** The problem's `title`; by default the status's own words. */
  title?: string;
}

/**
 * What a host's `createConnection`, `updateConnection` or `testConnection` throws to refuse
 * a request for a reason the user can act on: the upstream platform refused the password
 * (`ConnectionError.fields([{ pointer: '/store/adapter/password', detail: '…' }])`), the
 * connection exists already (`ConnectionError.duplicate()`). Answered as a problem document;
 * an answer under 500 is final, kept and replayed for its Idempotency-Key like a success.
 * Anything else a hook throws is an unexpected failure: a 500, and the key is released.
 */
export class ConnectionError extends Error {
  override name = 'ConnectionError';
  readonly status: number;
  readonly errors: FieldError[];
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;

  constructor(status: number, init: ConnectionErrorInit = {}) {
    super(init.detail ?? init.title ?? `Refused with ${status}`);
    if (!Number.isInteger(status) || status < 400 || status > 599) throw new RangeError('A ConnectionError status is 400 to 599.');
    this.status = status;
    this.errors = init.errors ?? [];
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
  }

  /** 422 with field errors, each shown on its field by the wizard. */
  static fields(errors: FieldError[], detail?: string) {
    return new ConnectionError(422, { errors, detail, type: problemTypes.validation, title: 'Some values were refused.' });
  }

  /** 409: this merchant, store and warehouse are connected already. */
  static duplicate(detail = 'This merchant, store and warehouse are already connected.') {
    return new ConnectionError(409, { detail, type: problemTypes.duplicate, title: 'The connection exists already.' });
  }
}

const statusTitles: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The problem a host's `ConnectionError` stands for. */
export const problemOf = (error: ConnectionError): Problem => ({
  type: error.type,
  title: error.title ?? statusTitles[error.status] ?? 'Refused',
  status: error.status,
  ...(error.detail !== undefined && { detail: error.detail }),
  ...(error.errors.length > 0 && { errors: error.errors }),
});

/** A plain HTTP problem: 404, 405, 415… with a line that says what to do. */
export const httpProblem = (status: number, detail: string, type?: string, errors?: FieldError[]): Problem => ({
  type,
  title: statusTitles[status] ?? 'Error',
  status,
  detail,
  ...(errors && { errors }),
});
