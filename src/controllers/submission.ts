import type { ReactiveController } from 'lit';
import { ConnectionErrorEvent, ConnectionSubmitEvent, ConnectionSuccessEvent, type ErrorDetail, type StepNumber, type SuccessDetail } from '../events.js';
import type { Messages } from '../internal/messages.js';
import { connectionRequestSchema, type ConnectionRequest } from '../schema/connection.js';
import { toFieldErrors, type FieldError } from '../schema/errors.js';
import { failureOf, readHostAnswer, readResponse, type Outcome } from '../wizard/answers.js';
import { adapterErrors, adapterPointer, stepOfPointer } from '../wizard/pointers.js';
import { connectionUrl } from '../wizard/editing.js';
import { deadline, postJson, within } from '../wizard/post-json.js';
import type { Mode } from '../wizard/scenario.js';
import type { ConfigController } from './config.js';
import type { EntriesController } from './entries.js';
import type { WizardHost } from './host.js';
import type { LocalizeController } from './localize.js';
import type { NavigationController } from './navigation.js';
import { hasLoaded, type PlatformFormsController } from './platform-forms.js';
import type { SessionController } from './session.js';
import type { ScenarioController } from './scenario.js';
import type { ValidationController } from './validation.js';

export type Status = 'editing' | 'sending' | 'failed' | 'done';
type Failure = Extract<Outcome, { ok: false }>;

export interface SubmissionParts {
  entries: EntriesController;
  forms: PlatformFormsController;
  validation: ValidationController;
  navigation: NavigationController;
  localize: LocalizeController;
  config: ConfigController;
  scenario: ScenarioController;
  session: SessionController;
  /** Called once the connection is created, before the wizard resets. */
  onCreated: () => void;
}

/**
 * Sending the connection: validates every step, fires `acw-submit`, POSTs the body (or
 * reads the host's `respondWith` answer), and shows what came back: the done view, field
 * errors on their fields, or a message with Try again. Every value stays on failure.
 */
export class SubmissionController implements ReactiveController {
  status: Status = 'editing';
  /** The failed request's message, and the field errors that have no field to show on. */
  failure?: ErrorDetail & { unplaced: FieldError[] };
  /** The created (or saved) connection, for the done view. */
  created?: SuccessDetail & { name: string };
  /** Said instead of sending: nothing changed in edit mode. Goes with the next change. */
  notice?: { text: string; draft: unknown };
  #inFlight?: AbortController;
  /**
   * The Idempotency-Key of the submission under way: every attempt carries it until the
   * connection is created, the user cancels, or the server refuses it for good (4xx), so a
   * retry, a value changed and changed back, or a reload (it is kept with the draft) cannot
   * create a second connection.
   */
  #pendingKey?: string;

  readonly #host: WizardHost;
  readonly #parts: SubmissionParts;

  constructor(host: WizardHost, parts: SubmissionParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }


  hostDisconnected() {
    // Nothing may happen after the element left the page: no request, no event. A move
    // (disconnected and connected again at once, as portals and modals do) is no leaving.
    queueMicrotask(() => {
      if (this.#host.isConnected) return;
      this.abort();
    });
  }

  hostUpdate() {
    if (this.notice && this.notice.draft !== this.#parts.entries.draft) this.notice = undefined;
  }

  get sending() {
    return this.status === 'sending';
  }

  /** The key of a submission whose outcome is unknown (see `#pendingKey`), for the draft. */
  get pendingKey(): string | undefined {
    return this.#pendingKey;
  }

  /** Takes back the key of a submission a stored draft left pending. */
  restorePendingKey(key: string) {
    this.#pendingKey = key;
  }

  /** Whether the last attempt failed in a way that Try again may fix. */
  get retryable() {
    const kind = this.failure?.kind;
    return kind !== undefined && kind !== 'validation' && kind !== 'conflict' && kind !== 'insecure' && kind !== 'redirect';
  }

  async submit() {
    if (this.sending) return;
    const { validation, navigation } = this.#parts;
    const result = validation.validateSteps(1, 4);
    if ('invalid' in result) return navigation.showInvalid(result.invalid.step, result.invalid.errors);
    navigation.summary = [];
    const { scenario } = this.#parts.scenario;
    const { entries } = this.#parts;
    const changedIn = (kind: 'store' | 'warehouse') => {
      const form = this.#parts.forms.active(kind);
      return hasLoaded(form) ? form.changedFields?.() : undefined;
    };
    const body = scenario.connection
      ? scenario.body(entries.reading, result.adapters, { store: changedIn('store'), warehouse: changedIn('warehouse') })
      : scenario.body(entries.reading, result.adapters);
    if (scenario.connection) {
      if (body) return this.#send(body, 'edit');
      const text = this.#parts.localize.catalogue.noChanges;
      this.notice = { text, draft: entries.draft };
      return navigation.announce(text);
    }
    const parsed = connectionRequestSchema.safeParse(body);
    if (!parsed.success) {
      const errors = toFieldErrors(parsed.error);
      const unplaced = this.#showFieldErrors(errors);
      // A value no field shows (a host's preset): said in the message, never silently dropped.
      if (unplaced.length > 0) {
        this.failure = { kind: 'validation', message: this.#parts.localize.catalogue.errorValidation, errors, unplaced };
        this.#setStatus('failed');
      }
      return;
    }
    await this.#send(parsed.data, 'create');
  }

  retry() {
    if (this.retryable) void this.submit();
  }

  /** Stops a request in flight; its answer is dropped. */
  abort() {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    if (this.sending) this.#setStatus('editing');
  }

  reset() {
    this.status = 'editing';
    this.failure = undefined;
    this.created = undefined;
    this.#pendingKey = undefined;
    this.#host.requestUpdate();
  }

  async #send(payload: ConnectionRequest | Record<string, unknown>, mode: Mode) {
    const event = new ConnectionSubmitEvent(payload as ConnectionRequest, mode);
    this.#host.dispatchEvent(event);
    const { endpoint } = this.#host;
    const connection = this.#parts.scenario.scenario.connection;
    const { headers, credentials, timeout, errorMapper } = this.#parts.config;
    if (!event.answer && (event.defaultPrevented || !endpoint)) return;

    const body = JSON.stringify(payload);
    const key = (this.#pendingKey ??= crypto.randomUUID());
    const controller = new AbortController();
    this.#inFlight = controller;
    this.failure = undefined;
    this.#setStatus('sending');
    this.#parts.navigation.announce(mode === 'edit' ? this.#parts.localize.catalogue.saving : this.#parts.localize.catalogue.adding);
    // A saved connection's answer need not repeat its id (204 No Content is fine).
    const knownId = mode === 'edit' ? connection?.id : undefined;

    // The whole answer, body included, within the timeout: an answer may never end either.
    const limit = deadline(controller.signal, timeout);
    const answer = event.answer
      ? readHostAnswer(event.answer, errorMapper, knownId)
      : postJson(connection && mode === 'edit' ? connectionUrl(endpoint, connection.id) : this.#parts.session.createUrl(endpoint), body, {
          headers, credentials, timeout, signal: limit, idempotencyKey: key,
          ...(mode === 'edit' ? { method: 'PATCH' as const, contentType: 'application/merge-patch+json' } : {}),
        }).then((response) => readResponse(response, errorMapper, knownId));
    const outcome: Outcome = await within(answer, limit).catch(failureOf);
    if (controller.signal.aborted || this.#inFlight !== controller) return;
    this.#inFlight = undefined;
    const name = typeof payload.name === 'string' ? payload.name : (connection?.name ?? '');
    if (outcome.ok) this.#succeed(outcome, mode === 'edit' ? this.#parts.entries.draft.name.trim() || name : name, mode);
    else this.#fail(outcome);
  }

  #succeed(outcome: Extract<Outcome, { ok: true }>, name: string, mode: Mode) {
    const detail: SuccessDetail = { id: outcome.id, mode, response: outcome.response };
    this.#parts.onCreated();
    this.#host.reset();
    this.status = 'done';
    this.created = { ...detail, name };
    this.#parts.navigation.announce(this.#parts.localize.catalogue.createdHeading);
    this.#parts.navigation.focusHeadingAfterUpdate();
    this.#host.dispatchEvent(new ConnectionSuccessEvent(detail));
  }

  #fail(outcome: Failure) {
    const message = failureMessage(outcome, this.#parts.localize.catalogue, Boolean(this.#parts.scenario.scenario.connection));
    const detail: ErrorDetail = { kind: outcome.kind, status: outcome.status, message, errors: outcome.errors };
    this.status = 'failed';
    // Refused for good, so nothing was created: the next submission is a new one.
    const refused = outcome.status !== undefined && outcome.status >= 400 && outcome.status < 500;
    if (!outcome.retrySameKey && (refused || outcome.kind === 'validation' || outcome.kind === 'conflict' || outcome.kind === 'insecure')) this.#pendingKey = undefined;
    const unplaced = outcome.kind === 'validation' ? this.#showFieldErrors(outcome.errors) : [];
    if (outcome.kind === 'validation' && outcome.errors.length === 0 && outcome.detail) unplaced.push({ pointer: '', detail: outcome.detail });
    this.failure = { ...detail, unplaced };
    // With no field to take the user to, take them to the message and its Try again.
    this.#parts.navigation.focusAfterUpdateUnlessSet(() => this.#host.renderRoot.querySelector<HTMLElement>('.alert')?.focus());
    this.#host.dispatchEvent(new ConnectionErrorEvent(detail));
  }

  /** Shows field errors where they belong, on the first step that has one; returns those that have no field. */
  #showFieldErrors(errors: FieldError[]): FieldError[] {
    const { validation, forms, navigation } = this.#parts;
    const others = validation.setServerErrors(errors);
    const placed = errors.filter((e) => !others.includes(e)).map((e) => e.pointer);
    const unplaced: FieldError[] = [];
    const adapterPointers = new Set<string>();
    for (const kind of ['warehouse', 'store'] as const) {
      const byName = adapterErrors(errors, kind);
      const names = Object.keys(byName);
      if (names.length === 0) continue;
      const form = forms.active(kind);
      const notShown = hasLoaded(form) ? form.setErrors(byName) || [] : names;
      for (const name of names) {
        const pointer = adapterPointer(kind, name);
        adapterPointers.add(pointer);
        if (notShown.includes(name)) unplaced.push({ pointer, detail: byName[name] });
        else placed.push(pointer);
      }
    }
    for (const error of others) if (!adapterPointers.has(error.pointer)) unplaced.push(error);
    const steps = placed.map(stepOfPointer).filter((s): s is StepNumber => s !== undefined);
    if (steps.length > 0) {
      const step = Math.min(...steps) as StepNumber;
      const messages = Object.fromEntries(errors.map((e) => [e.pointer, e.detail]));
      navigation.showInvalid(step, Object.fromEntries(placed.filter((p) => stepOfPointer(p) === step).map((p) => [p, messages[p] ?? ''])));
    }
    return unplaced;
  }

  #setStatus(status: Status) {
    this.status = status;
    this.#host.requestUpdate();
  }
}

function failureMessage(outcome: Failure, catalogue: Messages, editing: boolean): string {
  switch (outcome.kind) {
    case 'validation': return catalogue.errorValidation;
    case 'conflict': return catalogue.errorConflict;
    case 'timeout': return catalogue.errorTimeout;
    case 'network': return catalogue.errorNetwork;
    case 'insecure': return outcome.misconfigured ? catalogue.errorEndpoint : catalogue.errorInsecure;
    case 'redirect': return catalogue.errorRedirect;
    default: return outcome.status !== undefined && outcome.status < 300 ? catalogue.errorUnexpected : (editing ? catalogue.errorServerEdit : catalogue.errorServer)(outcome.status ?? 0);
  }
}
