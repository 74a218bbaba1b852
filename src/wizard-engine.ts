// Everything the wizard does past its first step, loaded apart from the element: the
// element shows step 1 while this module arrives (wizard-preview.ts), and every feature
// here (edit mode, presets, drafts, the merchant combobox, Test connection, consent, the
// request) rides along. It is fetched as soon as a wizard is created, so it is in place
// long before a person has typed a connection name.
import { html, nothing } from 'lit';
import type { ConfigController } from './controllers/config.js';
import { DraftController } from './controllers/draft.js';
import { EntriesController } from './controllers/entries.js';
import { HandoffController } from './controllers/handoff.js';
import type { WizardHost } from './controllers/host.js';
import type { LocalizeController } from './controllers/localize.js';
import { MerchantSearchController } from './controllers/merchant-search.js';
import { NavigationController } from './controllers/navigation.js';
import { PlatformFormsController } from './controllers/platform-forms.js';
import { ScenarioController } from './controllers/scenario.js';
import { SessionController } from './controllers/session.js';
import { SubmissionController } from './controllers/submission.js';
import { TestConnectionController } from './controllers/test-connection.js';
import { ValidationController } from './controllers/validation.js';
import { registeredName } from './builtin-forms.js';
import { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
import { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';
import { BeforeCancelEvent, WizardCancelEvent, stepIds } from './events.js';
import { Combobox } from './internal/combobox.js';
import { basicStep } from './steps/basic.js';
import type { StepContext } from './steps/context.js';
import { doneView } from './steps/done.js';
import { stepFrame } from './steps/frame.js';
import { merchantStep } from './steps/merchant.js';
import { sessionNotice } from './steps/session.js';
import { storeStep } from './steps/store.js';
import { warehouseStep } from './steps/warehouse.js';
import type { ContextRequest } from './platform/wizard-context.js';
import type { EarlyAnswers } from './wizard-preview.js';

const steps = [basicStep, merchantStep, warehouseStep, storeStep];

/** What the element made before this module arrived, and hands over. */
export interface ShellParts {
  config: ConfigController;
  localize: LocalizeController;
  /** Platform forms that asked for the wizard before this module arrived. */
  contextRequests: readonly ContextRequest[];
  /** What was typed on step 1 meanwhile. */
  early?: EarlyAnswers;
}

/**
 * Registers the package's own platform forms; the main entry calls it once this module has
 * arrived. One the host registered under a name of its own keeps that name. (Plain define
 * calls, so the manifest analyzer sees the tag names.)
 */
export function defineBuiltinForms() {
  if (!customElements.get('infusionsoft-store-form') && !registeredName(InfusionsoftStoreForm)) customElements.define('infusionsoft-store-form', InfusionsoftStoreForm);
  if (!customElements.get('dropstream-warehouse-form') && !registeredName(DropstreamWarehouseForm)) customElements.define('dropstream-warehouse-form', DropstreamWarehouseForm);
}

/** The wizard's controllers and its views, for one element. */
export class WizardEngine {
  readonly #host: WizardHost;
  readonly #config: ConfigController;
  readonly #localize: LocalizeController;
  /** What was typed on step 1 before this module arrived: put back once the scenario starts. */
  #early?: EarlyAnswers;

  readonly #entries: EntriesController;
  readonly #session: SessionController;
  readonly #scenario: ScenarioController;
  readonly #forms: PlatformFormsController;
  readonly #validation: ValidationController;
  readonly #navigation: NavigationController;
  readonly #submission: SubmissionController;
  readonly #test: TestConnectionController;
  readonly #drafts: DraftController;
  readonly #search: MerchantSearchController;
  readonly #handoff: HandoffController;
  readonly #choosers: StepContext['choosers'];

  constructor(host: WizardHost, parts: ShellParts) {
    const { config, localize, contextRequests, early } = parts;
    this.#host = host;
    this.#config = config;
    this.#localize = localize;
    this.#early = early;
    const entries = (this.#entries = new EntriesController(host, config));
    const session = (this.#session = new SessionController(host));
    const scenario = (this.#scenario = new ScenarioController(host, entries, session));
    const forms = (this.#forms = new PlatformFormsController(host, entries, localize, () => this.#submission.sending, contextRequests));
    const validation = (this.#validation = new ValidationController(host, entries, forms, localize, scenario));
    const navigation = (this.#navigation = new NavigationController(host, validation, forms, localize, scenario));
    this.#submission = new SubmissionController(host, {
      entries,
      forms,
      validation,
      navigation,
      localize,
      config,
      scenario,
      session,
      onCreated: () => this.#drafts.forget(),
    });
    this.#test = new TestConnectionController(host, forms, navigation, localize, config);
    this.#drafts = new DraftController(host, { entries, forms, navigation, submission: this.#submission });
    this.#search = new MerchantSearchController(host);
    this.#handoff = new HandoffController(host);
    this.#choosers = { merchant: new Combobox(host), warehouse: new Combobox(host), store: new Combobox(host) };
    scenario.onChange = (first) => this.#startScenario(first);
    forms.prefill = (form, kind) => scenario.prefill(form, kind);
    forms.mode = () => (scenario.scenario.connection ? 'edit' : 'create');
    this.#test.connectionId = () => scenario.scenario.connection?.id;
  }

  /** A new scenario (mode, connection, preset) starts afresh; on the first update a restored draft keeps its values. */
  #startScenario(first: boolean) {
    if (first && this.#entries.restored) {
      this.#entries.refix();
      this.#navigation.restore(this.#navigation.step, this.#navigation.reached);
      this.#forms.prefillAll();
    } else {
      this.reset();
      // A draft kept for this page (a preset or connection that came after the first
      // render, as fetched data does) is put back over the new start.
      this.#drafts.restoreAgain();
    }
    const early = this.#early;
    this.#early = undefined;
    if (first && early) this.#putBack(early);
  }

  /** Step 1 as the person left it before this module arrived, unless the host has since fixed the name. */
  #putBack(early: EarlyAnswers) {
    if (this.#scenario.scenario.connection || this.#scenario.scenario.isReadOnly('/name')) return;
    if (early.name) this.#entries.patch({ name: early.name });
    if (early.touched) this.#validation.touch('/name');
  }

  /** The step the user is on, 1 to 4 (0 once the connection is created or saved). */
  get currentStep(): number {
    return this.#submission.status === 'done' ? 0 : this.#navigation.step;
  }

  /** Whether Cancel should ask first: values were typed. */
  get started(): boolean {
    return this.#drafts.hasStarted();
  }

  requestCancel() {
    // The request may already have created the connection: let it finish (or time out).
    if (this.#submission.sending) return;
    if (this.#drafts.hasStarted()) {
      const step = this.#navigation.step;
      if (!this.#host.dispatchEvent(new BeforeCancelEvent({ step, stepId: stepIds[step - 1] }))) return;
    }
    this.cancel();
  }

  primaryAction() {
    const { status } = this.#submission;
    if (status === 'sending' || status === 'done') return;
    const next = this.#navigation.nextStep;
    if (next) this.#navigation.forwardTo(next);
    else void this.#submission.submit();
  }

  submit(): Promise<void> {
    return this.#submission.submit();
  }

  cancel() {
    this.#submission.abort();
    this.#drafts.forget();
    this.#host.dispatchEvent(new WizardCancelEvent());
    this.reset();
  }

  reset() {
    this.#entries.reset();
    this.#navigation.reset();
    this.#validation.reset();
    this.#submission.reset();
    this.#test.clear();
    this.#forms.reset();
    this.#drafts.reset();
    this.#search.reset();
    this.#handoff.clear();
    for (const chooser of Object.values(this.#choosers)) chooser.clear();
  }

  #addAnother() {
    this.reset();
    this.#navigation.focusHeadingAfterUpdate();
  }

  get busy(): boolean {
    return this.#submission.sending;
  }

  get announcement(): string {
    return this.#navigation.announcement;
  }

  get #stepContext(): StepContext {
    const host = this.#host;
    return {
      catalogue: this.#localize.catalogue,
      merchants: this.#config.merchants,
      entries: this.#entries,
      validation: this.#validation,
      navigation: this.#navigation,
      forms: this.#forms,
      submission: this.#submission,
      test: this.#test,
      choosers: this.#choosers,
      search: this.#search,
      scenario: this.#scenario.scenario,
      handoff: host.session || !host.endpoint || this.#scenario.scenario.connection ? undefined : this.#handoff,
    };
  }

  /** What the wizard's box holds: the done view, a notice, or the current step in its frame. */
  content() {
    const c = this.#stepContext;
    const { created } = this.#submission;
    const step = this.#navigation.step;
    if (this.#submission.status === 'done' && created) return doneView(c.catalogue, created, () => this.#addAnother());
    if (c.scenario.unusable) {
      return this.#host.connection === undefined ? nothing : html`<p part="alert" class="alert" role="alert">${c.catalogue.editUnavailable}</p>`;
    }
    return sessionNotice(c.catalogue, this.#session) ?? stepFrame(c, step, steps[step - 1](c), {
      cancel: () => this.requestCancel(),
      back: () => this.#navigation.back(),
      primary: () => this.primaryAction(),
    });
  }
}
