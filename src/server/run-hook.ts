// Running one host hook under an Idempotency-Key: claimed first, answered once, the answer
// kept for replay when it is final, the claim released when the hook failed unexpectedly.
import { claim, type IdempotencyTimes, type StoredAnswer } from './idempotency.js';
import { ConnectionError, httpProblem, problemContentType, problemOf, problemResponse, problemTypes, type Problem } from './problems.js';
import type { HandlerStore } from './store.js';

/** A hook's answer before it becomes a `Response`: JSON and its status. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RunOptions {
  store: HandlerStore;
  times: IdempotencyTimes;
  hookTimeoutMs: number;
  /** The scoped record key and the body's fingerprint; without them the hook runs unguarded (PATCH without a key, Test connection). */
  guard?: { recordKey: string; fingerprint: string };
  onError(error: unknown, operation: string): void;
  operation: string;
  /** Which refusals are final and kept for replay; default every status under 500. */
  keeps?: (status: number) => boolean;
  /** The answer to a different request under a claimed key; default 422 "Idempotency-Key is already used". */
  mismatch?: () => Response;
}

/** Thrown by a store call that failed or took too long: answered 503, nothing run. */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
}

export const outstanding = () =>
  problemResponse(httpProblem(409, 'A request is outstanding for this Idempotency-Key: the first attempt is still being processed. Try again in a moment.', problemTypes.idempotencyKeyOutstanding), { 'Retry-After': '2' });

export const unavailable = () =>
  problemResponse(
    httpProblem(503, 'The service cannot check this request for a repeat right now. Try again in a moment: nothing was created.', problemTypes.unavailable),
    { 'Retry-After': '2' },
  );

const toResponse = (answer: StoredAnswer, replayed = false) =>
  new Response(answer.body, {
    status: answer.status,
    headers: { ...answer.headers, 'Content-Type': answer.contentType, 'Cache-Control': 'no-store', ...(replayed && { 'Idempotent-Replayed': 'true' }) },
  });

const problemAnswer = (problem: Problem): StoredAnswer => ({
  status: problem.status,
  contentType: problemContentType,
  body: JSON.stringify({ ...problem, type: problem.type ?? 'about:blank' }),
});

/**
 * Runs `hook` at most once per guarded key. What it settles with decides what is kept:
 * an answer or a `ConnectionError` under 500 is final (kept, replayed); a 5xx
 * `ConnectionError` or any other throw releases the key, so the wizard's retry (same key
 * after a 5xx) runs the hook again. Past `hookTimeoutMs` the request is answered 504 while
 * the claim waits for the hook to settle: a retry meanwhile is told it is outstanding (409),
 * and one after that gets whatever the hook came to.
 */
export async function runHook(options: RunOptions, hook: (signal: AbortSignal) => Promise<Answer>, extraHeaders: Record<string, string> = {}): Promise<Response> {
  let finish: ((answer: StoredAnswer | undefined) => Promise<void>) | undefined;
  if (options.guard) {
    const claimed = await claim(options.store, options.guard.recordKey, options.guard.fingerprint, options.times);
    if (claimed.kind === 'replay') return toResponse(claimed.answer, true);
    if (claimed.kind === 'mismatch') {
      if (options.mismatch) return options.mismatch();
      return problemResponse(httpProblem(422, 'Idempotency-Key is already used: this key was sent before with other values. Send the request again to make a new one.', problemTypes.idempotencyKeyReused));
    }
    if (claimed.kind === 'outstanding') return outstanding();
    finish = claimed.finish;
  }

  const controller = new AbortController();
  const settled = hook(controller.signal).then(
    (answer): { answer: StoredAnswer; keep: boolean } => ({
      answer: { status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body ?? null), ...(answer.headers && { headers: answer.headers }) },
      keep: true,
    }),
    (error: unknown): { answer: StoredAnswer; keep: boolean } => {
      if (error instanceof ConnectionError) return { answer: problemAnswer(problemOf(error)), keep: (options.keeps ?? ((status) => status < 500))(error.status) };
      options.onError(error, options.operation);
      return { answer: problemAnswer(httpProblem(500, 'The connection could not be saved because of an error on the server. Try again: nothing was created twice.')), keep: false };
    },
  );
  // The claim follows the hook however long it takes, even after the request was answered.
  const recorded = settled.then(async (outcome) => {
    try {
      await finish?.(outcome.keep ? outcome.answer : undefined);
    } catch (error) {
      options.onError(new StoreUnavailable(`The answer could not be kept for its Idempotency-Key: ${String(error)}`), options.operation);
    }
    return outcome;
  });

  let stopTimer = () => {};
  const timedOut = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, options.hookTimeoutMs);
    stopTimer = () => clearTimeout(timer);
  });
  const outcome = await Promise.race([recorded, timedOut]);
  stopTimer();
  if (!outcome) {
    controller.abort(new DOMException('The handler stopped waiting for the hook.', 'TimeoutError'));
    return problemResponse(httpProblem(504, 'This is taking longer than it should. Try again in a moment with the same request: it will not be created twice.', problemTypes.timeout), { 'Retry-After': '5' });
  }
  const response = toResponse(outcome.answer);
  for (const [name, value] of Object.entries(extraHeaders)) response.headers.set(name, value);
  return response;
}
