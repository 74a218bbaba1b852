import type { CatalogueProblem, ConnectionRequest, FieldError } from './schema/index.js';

/** The steps in order; `from`/`to` of a step change are 1-based step numbers. */
export const stepIds = ['basic', 'merchant', 'warehouse', 'store'] as const;
export type StepId = (typeof stepIds)[number];
export type StepNumber = 1 | 2 | 3 | 4;

export interface StepChangeDetail {
  /** The step the user is on, 1 to 4. */
  from: StepNumber;
  /** The step the user is going to, 1 to 4. */
  to: StepNumber;
  fromId: StepId;
  toId: StepId;
}

/** Fired before the wizard moves between steps. Cancel it to stay. */
export class StepChangeEvent extends Event {
  static readonly type = 'acw-step-change';
  constructor(readonly detail: StepChangeDetail) {
    super(StepChangeEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * What the host may answer a submit or a connection test with: a fetch `Response`
 * (read exactly as the wizard reads its own endpoint's answer) or, for success, a plain
 * object such as `{ id: 42 }`. A rejected promise counts as a network failure.
 */
export type HostAnswer = Response | { id: string | number; [key: string]: unknown };

export interface SubmitDetail {
  /**
   * The request body: the create-connection request, or in edit mode the merge patch of
   * what changed (`PATCH {endpoint}/{id}`). Holds secrets: do not log it.
   */
  payload: ConnectionRequest;
  /** `create`, or `edit` when saving changes to an existing connection. */
  mode: 'create' | 'edit';
  /**
   * Tell the wizard the outcome of a request the host sends itself, so that progress,
   * success and errors show as they do with `endpoint`. Call it synchronously in the
   * listener. Calling it also stops the wizard from sending to `endpoint`.
   */
  respondWith(answer: Promise<HostAnswer>): void;
}

/**
 * Fired when the user pressed Add connection and every step is valid. Cancel it (or call
 * `detail.respondWith`) to send the request yourself.
 */
export class ConnectionSubmitEvent extends Event {
  static readonly type = 'acw-submit';
  answer?: Promise<HostAnswer>;
  readonly detail: SubmitDetail;
  constructor(payload: ConnectionRequest, mode: 'create' | 'edit' = 'create') {
    super(ConnectionSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { payload, mode, respondWith: (answer) => { this.answer = answer; } };
  }
}

export interface SuccessDetail {
  /** The id of the new (or saved) connection. */
  id: string | number;
  /** `create`, or `edit` when changes to an existing connection were saved. */
  mode: 'create' | 'edit';
  /** The endpoint's JSON answer as it came (a connection is created disabled). */
  response: Record<string, unknown>;
}

/** Fired when the endpoint (or the host's answer) accepted the connection. */
export class ConnectionSuccessEvent extends Event {
  static readonly type = 'acw-success';
  constructor(readonly detail: SuccessDetail) {
    super(ConnectionSuccessEvent.type, { bubbles: true, composed: true });
  }
}

export const errorKinds = ['validation', 'conflict', 'server', 'network', 'timeout', 'insecure', 'redirect'] as const;
export type ErrorKind = (typeof errorKinds)[number];

export interface ErrorDetail {
  /**
   * `validation` (400/422, or what `errorMapper` mapped), `conflict` (409), `server` (other
   * statuses), `network`, `timeout`, `insecure` (an `http:` endpoint that is not on this
   * machine, or one that is not http(s) at all: nothing was sent), or `redirect` (the
   * endpoint answered with a redirect, which is not followed with credentials).
   */
  kind: ErrorKind;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** What the user is told, in the wizard's language. */
  message: string;
  /** Field errors of a problem document, as JSON Pointers into the request body. */
  errors: FieldError[];
}

/** Fired when the endpoint or the network refused the connection. */
export class ConnectionErrorEvent extends Event {
  static readonly type = 'acw-error';
  constructor(readonly detail: ErrorDetail) {
    super(ConnectionErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the user pressed Cancel. */
export class WizardCancelEvent extends Event {
  static readonly type = 'acw-cancel';
  constructor() {
    super(WizardCancelEvent.type, { bubbles: true, composed: true });
  }
}

export interface StepDetail {
  /** The step the user is on, 1 to 4. */
  step: StepNumber;
  stepId: StepId;
}

/**
 * Fired when the user pressed Cancel with values typed. Cancel it to ask them first;
 * call the wizard's `cancel()` when they confirm.
 */
export class BeforeCancelEvent extends Event {
  static readonly type = 'acw-before-cancel';
  constructor(readonly detail: StepDetail) {
    super(BeforeCancelEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when the page is closed or left with a started, unsent wizard (for analytics). */
export class AbandonEvent extends Event {
  static readonly type = 'acw-abandon';
  constructor(readonly detail: StepDetail) {
    super(AbandonEvent.type, { bubbles: true, composed: true });
  }
}

export interface TestConnectionDetail {
  kind: 'store' | 'warehouse';
  platform: string;
  /** The credentials to test. Holds secrets: do not log it. In edit mode, secrets left empty are not in it. */
  adapter: Record<string, unknown>;
  /** In edit mode, the connection being edited: test with its stored secrets where `adapter` has none. */
  connection_id?: string | number;
  /** Answer with `{ ok, detail? }`, or a `Response` read like the test endpoint's. */
  respondWith(answer: Promise<Response | { ok: boolean; detail?: string }>): void;
}

/**
 * Fired when the user pressed Test connection. Answer with `detail.respondWith`, or set
 * `test-endpoint` and let the wizard ask it.
 */
export class TestConnectionEvent extends Event {
  static readonly type = 'acw-test-connection';
  answer?: Promise<Response | { ok: boolean; detail?: string }>;
  readonly detail: TestConnectionDetail;
  constructor(init: Omit<TestConnectionDetail, 'respondWith'>) {
    super(TestConnectionEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { ...init, respondWith: (answer) => { this.answer = answer; } };
  }
}

/**
 * Fired once for each problem that keeps a `platforms` entry out of the pickers, with
 * where it is and what was expected: `detail.message` is
 * `platforms[2] "acme": fields[3].default: expected a number, got "0"`.
 */
export class CatalogueProblemEvent extends Event {
  static readonly type = 'acw-catalogue-problem';
  constructor(readonly detail: CatalogueProblem) {
    super(CatalogueProblemEvent.type, { bubbles: true, composed: true });
  }
}

export interface HandoffDetail {
  /** The hand-off's id, to follow it by (`GET {endpoint}/handoffs/{id}`). */
  id: string;
  /** The link for the merchant: single use, until `expiresAt`. */
  url: string;
  expiresAt: string;
}

/** Fired when "Send to merchant" made a link; the wizard then follows it until the merchant connects. */
export class HandoffEvent extends Event {
  static readonly type = 'acw-handoff';
  constructor(readonly detail: HandoffDetail) {
    super(HandoffEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the merchant completed a hand-off this wizard sent: `detail: { id, connectionId }`. */
export class HandoffCompleteEvent extends Event {
  static readonly type = 'acw-handoff-complete';
  constructor(readonly detail: { id: string; connectionId: string | number }) {
    super(HandoffCompleteEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'acw-handoff': HandoffEvent;
    'acw-handoff-complete': HandoffCompleteEvent;
    'acw-step-change': StepChangeEvent;
    'acw-submit': ConnectionSubmitEvent;
    'acw-success': ConnectionSuccessEvent;
    'acw-error': ConnectionErrorEvent;
    'acw-cancel': WizardCancelEvent;
    'acw-test-connection': TestConnectionEvent;
    'acw-before-cancel': BeforeCancelEvent;
    'acw-abandon': AbandonEvent;
    'acw-catalogue-problem': CatalogueProblemEvent;
  }
}
