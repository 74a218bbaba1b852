import { html, nothing } from 'lit';
import { styles } from './add-connection-wizard.styles.js';
import { ConfigController } from './controllers/config.js';
import { DraftController } from './controllers/draft.js';
import { EntriesController } from './controllers/entries.js';
import { LocalizeController } from './controllers/localize.js';
import { MerchantSearchController } from './controllers/merchant-search.js';
import { Combobox } from './internal/combobox.js';
import { isEnterInTextInput } from './internal/enter-key.js';
import { NavigationController } from './controllers/navigation.js';
import { PlatformFormsController } from './controllers/platform-forms.js';
import { ScenarioController } from './controllers/scenario.js';
import { HandoffController } from './controllers/handoff.js';
import { SessionController } from './controllers/session.js';
import { SubmissionController } from './controllers/submission.js';
import { TestConnectionController } from './controllers/test-connection.js';
import { ValidationController } from './controllers/validation.js';
import { BeforeCancelEvent, WizardCancelEvent, stepIds } from './events.js';
import { basicStep } from './steps/basic.js';
import type { StepContext } from './steps/context.js';
import { doneView } from './steps/done.js';
import { footer } from './steps/footer.js';
import { merchantStep } from './steps/merchant.js';
import { errorSummary, failureAlert } from './steps/problems.js';
import { sessionNotice } from './steps/session.js';
import { stepper } from './steps/stepper.js';
import { storeStep } from './steps/store.js';
import { warehouseStep } from './steps/warehouse.js';
import { WizardProperties } from './wizard-properties.js';

const steps = [basicStep, merchantStep, warehouseStep, storeStep];

/**
 * @summary A four-step wizard that connects a merchant's online store to a warehouse:
 * DropStream's Add Connection.
 *
 * @slot store-form - Platform forms for Store Setup, each with a `platform` attribute. A
 *   slotted form adds a platform or replaces the built-in one with the same id.
 * @slot warehouse-form - Platform forms for Warehouse Setup (new merchants), likewise.
 * @slot next-steps - What the done view suggests after the connection is created
 *   (links to enable it and to review order status). Replaces the default list.
 *
 * @csspart base - The wizard's outer box.
 * @csspart stepper - The list of steps.
 * @csspart step - One entry of the step list.
 * @csspart step-current - The entry of the step the user is on.
 * @csspart step-complete - The entry of a completed step (a button back to it).
 * @csspart step-number - The number badge of a step entry.
 * @csspart panel - The current step's content.
 * @csspart heading - The current step's heading.
 * @csspart field - A field: label, hint, input and error.
 * @csspart choice - A radio group (also a `field`): merchants, warehouses, stores, Pay Status.
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text input or select.
 * @csspart readonly - A value the host fixed (a preset, the platform in edit mode), shown as text (also a `field`).
 * @csspart value - The text of such a value.
 * @csspart select - A native select (also an `input`): the platform picker of a short list, choices in platform forms.
 * @csspart option - One choice of a radio group.
 * @csspart hint - Help text of a field.
 * @csspart note - What cleaning pasted text changed (in platform forms).
 * @csspart platform-help - The help box above a platform form's fields.
 * @csspart consent - A consent platform's Connect section: its status line and buttons.
 * @csspart handoff - "Send to merchant" under a consent platform's form, with the link to copy.
 * @csspart picker-list - The searchable platform picker's list.
 * @csspart picker-option - One platform in that list.
 * @csspart error - A field's error message.
 * @csspart reveal-button - The button that shows or hides a secret.
 * @csspart error-summary - The list of problems after a failed Continue, each a link to its field.
 * @csspart alert - The message shown when the request failed.
 * @csspart retry-button - Try again, in that message.
 * @csspart notice - Said instead of sending: nothing changed (edit mode).
 * @csspart test-button - Test connection.
 * @csspart test-result - The outcome of Test connection.
 * @csspart footer - The row of buttons.
 * @csspart back-button - Back.
 * @csspart next-button - Continue.
 * @csspart submit-button - Add connection.
 * @csspart cancel-button - Cancel.
 * @csspart done - The view shown once the connection is created.
 * @csspart add-another-button - Add another connection, in the done view.
 *
 * @cssprop [--acw-color-primary=#3552c8] - Buttons, the current step, focus and selection.
 * @cssprop [--acw-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--acw-color-button-surface] - Primary buttons' background (defaults to the primary colour).
 * @cssprop [--acw-color-button-text] - Primary buttons' text (defaults to the on-primary colour).
 * @cssprop [--acw-color-text=#1c2230] - Text.
 * @cssprop [--acw-color-muted=#5b6475] - Hints and secondary text.
 * @cssprop [--acw-color-surface=#ffffff] - The wizard's background and inputs.
 * @cssprop [--acw-color-surface-subtle=#f5f7fa] - Help boxes and the step list.
 * @cssprop [--acw-color-border=#c9d0db] - Borders of the wizard, inputs and choices.
 * @cssprop [--acw-color-danger=#b42318] - Errors and invalid fields.
 * @cssprop [--acw-color-success=#1a7f37] - Completed steps and passed tests.
 * @cssprop [--acw-color-input-surface] - Input background (defaults to the surface colour).
 * @cssprop [--acw-color-input-text] - Input text (defaults to the text colour).
 * @cssprop [--acw-color-input-border] - Input border (defaults to the border colour).
 * @cssprop [--acw-font-family=system-ui] - The wizard's font.
 * @cssprop [--acw-radius=8px] - Corner radius of the box, inputs and buttons.
 * @cssprop [--acw-space=1rem] - The spacing unit; gaps and padding are multiples of it.
 * @cssprop [--acw-focus-ring] - The focus indicator's box-shadow.
 *
 * @event {StepChangeEvent} acw-step-change - Before moving between steps; `detail: { from, to, fromId, toId }`. Cancelable.
 * @event {ConnectionSubmitEvent} acw-submit - Add connection (or Save changes) pressed and every step valid; `detail: { payload, mode }`, the request body (in edit mode the merge patch). Cancel it to send the request yourself; `detail.respondWith(promise)` reports the outcome.
 * @event {ConnectionSuccessEvent} acw-success - The connection was created, or its changes saved; `detail: { id, mode, response }`.
 * @event {ConnectionErrorEvent} acw-error - The request failed; `detail: { kind, status?, message, errors }`.
 * @event {WizardCancelEvent} acw-cancel - The user pressed Cancel.
 * @event {BeforeCancelEvent} acw-before-cancel - Cancel pressed with values typed; `detail: { step, stepId }`. Cancel it to ask the user first, then call `cancel()`.
 * @event {AbandonEvent} acw-abandon - The page was closed or left with a started, unsent wizard; `detail: { step, stepId }`. No values.
 * @event {CatalogueProblemEvent} acw-catalogue-problem - A `platforms` entry was left out; `detail: { index, id?, path, message }`, once per problem.
 * @event {HandoffEvent} acw-handoff - "Send to merchant" made a link; `detail: { id, url, expiresAt }`. The wizard then follows it.
 * @event {HandoffCompleteEvent} acw-handoff-complete - The merchant connected through a link this wizard sent; `detail: { id, connectionId }`.
 * @event {TestConnectionEvent} acw-test-connection - Test connection pressed; `detail: { kind, platform, adapter, connection_id?, respondWith }`. Cancelable.
 *
 * @example
 * <add-connection-wizard endpoint="/api/connections"></add-connection-wizard>
 */
export class AddConnectionWizard extends WizardProperties {
  static override styles = styles;

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  readonly #config = new ConfigController(this);
  readonly #localize = new LocalizeController(this, this.#config);
  readonly #entries = new EntriesController(this, this.#config);
  readonly #session = new SessionController(this);
  readonly #scenario = new ScenarioController(this, this.#entries, this.#session);
  readonly #forms = new PlatformFormsController(this, this.#entries, this.#localize, () => this.#submission.sending);
  readonly #validation = new ValidationController(this, this.#entries, this.#forms, this.#localize, this.#scenario);
  readonly #navigation = new NavigationController(this, this.#validation, this.#forms, this.#localize, this.#scenario);
  readonly #submission: SubmissionController = new SubmissionController(this, {
    entries: this.#entries,
    forms: this.#forms,
    validation: this.#validation,
    navigation: this.#navigation,
    localize: this.#localize,
    config: this.#config,
    scenario: this.#scenario,
    session: this.#session,
    onCreated: () => this.#drafts.forget(),
  });
  readonly #test = new TestConnectionController(this, this.#forms, this.#navigation, this.#localize, this.#config);
  readonly #drafts: DraftController = new DraftController(this, {
    entries: this.#entries,
    forms: this.#forms,
    navigation: this.#navigation,
    submission: this.#submission,
  });
  readonly #search = new MerchantSearchController(this);
  readonly #handoff = new HandoffController(this);
  readonly #choosers = { merchant: new Combobox(this), warehouse: new Combobox(this), store: new Combobox(this) };

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.#continueOnEnter(event));
    this.#connectScenario();
  }

  /** The controllers that depend on creating or editing learn of it here (not in the constructor's body: the manifest would list these as the element's own fields). */
  #connectScenario() {
    const scenario = this.#scenario;
    scenario.onChange = (first) => this.#startScenario(first);
    this.#forms.prefill = (form, kind) => scenario.prefill(form, kind);
    this.#forms.mode = () => (scenario.scenario.connection ? 'edit' : 'create');
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
  }

  /** The wizard's language: its own `lang`, else the nearest ancestor's, else English. */
  get locale(): string {
    return this.#localize.locale;
  }

  /** The step the user is on, 1 to 4 (0 once the connection is created or saved). */
  get currentStep(): number {
    return this.#submission.status === 'done' ? 0 : this.#navigation.step;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.#localize.refresh();
  }

  #requestCancel() {
    // The request may already have created the connection: let it finish (or time out).
    if (this.#submission.sending) return;
    if (this.#drafts.hasStarted()) {
      const step = this.#navigation.step;
      if (!this.dispatchEvent(new BeforeCancelEvent({ step, stepId: stepIds[step - 1] }))) return;
    }
    this.cancel();
  }

  #primaryAction() {
    const { status } = this.#submission;
    if (status === 'sending' || status === 'done') return;
    const next = this.#navigation.nextStep;
    if (next) this.#navigation.forwardTo(next);
    else void this.#submission.submit();
  }

  #continueOnEnter(event: KeyboardEvent) {
    if (!isEnterInTextInput(event)) return;
    event.preventDefault();
    this.#primaryAction();
  }

  #addAnother() {
    this.reset();
    this.#navigation.focusHeadingAfterUpdate();
  }

  get #stepContext(): StepContext {
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
      handoff: this.session || !this.endpoint || this.#scenario.scenario.connection ? undefined : this.#handoff,
    };
  }

  /** Validates every step and sends the connection, as Add connection does. */
  submit(): Promise<void> {
    return this.#submission.submit();
  }

  /** Cancels as the Cancel button does, without asking: stops a request, forgets everything. */
  cancel() {
    this.#submission.abort();
    this.#drafts.forget();
    this.dispatchEvent(new WizardCancelEvent());
    this.reset();
  }

  /** Empties every field, platform forms too, and returns to the first step. */
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

  override render() {
    const c = this.#stepContext;
    const { created, sending } = this.#submission;
    const step = this.#navigation.step;
    return html`
      <div part="base" class="wizard" aria-busy=${sending ? 'true' : 'false'}>
        <div class="visually-hidden" role="status" aria-live="polite">${this.#navigation.announcement}</div>
        ${this.#submission.status === 'done' && created
          ? doneView(c.catalogue, created, () => this.#addAnother())
          : c.scenario.unusable
            ? this.connection === undefined ? nothing : html`<p part="alert" class="alert" role="alert">${c.catalogue.editUnavailable}</p>`
            : (sessionNotice(c.catalogue, this.#session) ?? html`
              ${stepper(c)}
              <section part="panel" class="panel" aria-labelledby="heading">
                <h2 part="heading" id="heading" tabindex="-1">${c.catalogue.steps[step - 1]}</h2>
                ${errorSummary(c)}
                ${steps[step - 1](c)}
                ${failureAlert(c)}
              </section>
              ${footer(c, { cancel: () => this.#requestCancel(), back: () => this.#navigation.back(), primary: () => this.#primaryAction() })}
            `)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'add-connection-wizard': AddConnectionWizard;
  }
}
