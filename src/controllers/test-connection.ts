import type { ReactiveController } from 'lit';
import { TestConnectionEvent, type StepNumber } from '../events.js';
import type { PlatformForm, PlatformKind } from '../platform/wizard-context.js';
import { failureOf, readTestAnswer, type TestAnswer, type TestOutcome } from '../wizard/answers.js';
import { adapterErrors, fromTestBody, readAdapterPointer } from '../wizard/pointers.js';
import { deadline, postJson, within } from '../wizard/post-json.js';
import type { ConfigController } from './config.js';
import type { WizardHost } from './host.js';
import type { LocalizeController } from './localize.js';
import type { NavigationController } from './navigation.js';
import { hasLoaded, type PlatformFormsController } from './platform-forms.js';

export interface TestState {
  kind: PlatformKind;
  status: 'pending' | 'passed' | 'failed' | 'unavailable';
  detail?: string;
}

/**
 * Test connection: asks the host (`acw-test-connection`) or `test-endpoint` whether the
 * credentials work. A result speaks of the values it tested: it goes when they are edited,
 * when the platform changes or the user moves on, and an answer that comes after that is
 * dropped (its request aborted).
 */
export class TestConnectionController implements ReactiveController {
  state?: TestState;
  #testedOn?: StepNumber;
  #inFlight?: AbortController;

  readonly #host: WizardHost;
  readonly #forms: PlatformFormsController;
  readonly #navigation: NavigationController;
  readonly #localize: LocalizeController;
  readonly #config: ConfigController;

  constructor(
    host: WizardHost,
    forms: PlatformFormsController,
    navigation: NavigationController,
    localize: LocalizeController,
    config: ConfigController,
  ) {
    this.#host = host;
    this.#config = config;
    this.#forms = forms;
    this.#navigation = navigation;
    this.#localize = localize;
    host.addController(this);
    // A result, or a test under way, speaks of the values it tested, not of edited ones.
    host.addEventListener('input', () => this.clear());
  }


  hostUpdate() {
    if (this.state && this.#testedOn !== this.#navigation.step) this.clear();
  }

  hostDisconnected() {
    // A move (disconnected and connected again at once) is no leaving.
    queueMicrotask(() => {
      if (!this.#host.isConnected) this.clear();
    });
  }

  /** The state for the form of `kind`, if the last test was of it. */
  of(kind: PlatformKind): TestState | undefined {
    return this.state?.kind === kind ? this.state : undefined;
  }

  async run(kind: PlatformKind) {
    const catalogue = this.#localize.catalogue;
    const form = this.#forms.active(kind);
    if (!hasLoaded(form)) return;
    const result = form.validate();
    if (!result.ok) {
      this.#show({ kind, status: 'failed', detail: catalogue.fixBeforeTest });
      form.focusField();
      return;
    }
    const platform = form.platform;
    // Edit mode: secrets left empty are not in the adapter, and the connection's id says
    // whose stored ones to test with. Emptied fields (null) are nothing to test.
    const connectionId = this.connectionId();
    const adapter = Object.fromEntries(Object.entries(result.adapter).filter(([, value]) => value !== null));
    const tested = connectionId === undefined ? { kind, platform, adapter } : { kind, platform, adapter, connection_id: connectionId };
    const event = new TestConnectionEvent(tested);
    this.#host.dispatchEvent(event);
    const { testEndpoint } = this.#host;
    if (!event.answer && (event.defaultPrevented || !testEndpoint)) {
      this.#show({ kind, status: 'unavailable', detail: catalogue.testUnavailable });
      return;
    }
    this.clear();
    const controller = new AbortController();
    this.#inFlight = controller;
    this.#show({ kind, status: 'pending' });
    const { headers, credentials, timeout } = this.#config;
    // The whole answer, body included, within the timeout: an answer may never end either.
    const limit = deadline(controller.signal, timeout);
    const answer: Promise<TestAnswer> =
      event.answer ?? postJson(testEndpoint, JSON.stringify(tested), { headers, credentials, timeout, signal: limit });
    const read = within(readTestAnswer(answer, this.#config.errorMapper), limit).catch(
      (error): TestOutcome => {
        const { kind, misconfigured } = failureOf(error);
        return { ok: false, errors: [], unanswered: kind, misconfigured };
      },
    );
    const outcome = await this.#read(kind, form, read);
    if (!controller.signal.aborted) this.#show(outcome);
  }

  /** The id of the connection being edited, if any (set by the wizard). */
  connectionId: () => string | number | undefined = () => undefined;

  /** Forgets the result; an answer still on its way is dropped. */
  clear() {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    if (!this.state) return;
    this.state = undefined;
    this.#host.requestUpdate();
  }

  #show(state: TestState) {
    this.state = state;
    this.#testedOn = this.#navigation.step;
    this.#host.requestUpdate();
  }

  /** Reads a test's answer; its field errors go onto the tested form, the rest into the message. */
  async #read(kind: PlatformKind, form: PlatformForm, read: Promise<TestOutcome>): Promise<TestState> {
    const catalogue = this.#localize.catalogue;
    const result = await read;
    if (result.unanswered) {
      const detail =
        result.unanswered === 'insecure' ? (result.misconfigured ? catalogue.errorEndpoint : catalogue.errorInsecure)
        : result.unanswered === 'redirect' ? catalogue.errorRedirect
        : result.unanswered === 'timeout' ? catalogue.errorTimeout
        : catalogue.errorNetwork;
      return { kind, status: 'failed', detail };
    }
    const errors = fromTestBody(result.errors, kind);
    const byName = adapterErrors(errors, kind);
    const notShown = Object.keys(byName).length > 0 ? form.setErrors(byName) || [] : [];
    const unplaced = errors.filter((e) => {
      const field = readAdapterPointer(e.pointer);
      return !field?.name || notShown.includes(field.name);
    });
    const detail = [result.detail, ...unplaced.map((e) => e.detail)].filter(Boolean).join(' ') || undefined;
    return { kind, status: result.ok ? 'passed' : 'failed', detail };
  }
}
