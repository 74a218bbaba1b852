import type { Context, ContextEvent } from '@lit/context';
import { html, nothing } from 'lit';
import { styles } from './add-connection-wizard.styles.js';
import { ConfigController } from './controllers/config.js';
import { LocalizeController } from './controllers/localize.js';
import { loadEngine } from './engine-loader.js';
import { WizardCancelEvent } from './events.js';
import { isEnterInTextInput } from './internal/enter-key.js';
import { wizardContext, type ContextRequest } from './platform/wizard-context.js';
import { basicStep } from './steps/basic.js';
import { stepFrame } from './steps/frame.js';
import { WizardPreview } from './wizard-preview.js';
import type { WizardEngine } from './wizard-engine.js';
import { WizardProperties } from './wizard-properties.js';

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
  /** Platform forms that asked for the wizard before the rest of its code arrived: answered by it. */
  readonly #contextRequests: ContextRequest[] = [];
  readonly #preview = new WizardPreview();
  #engine?: WizardEngine;
  #loadFailed = false;
  /** The rest of the code, asked for as soon as a wizard exists (the main entry asked already). */
  readonly #loading = this.#load();
  /** Continue or Cancel pressed before the rest of the code arrived: done once it has. */
  #queued?: 'primary' | 'cancel';

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.#continueOnEnter(event));
    this.addEventListener('context-request', (event) => this.#holdContextRequest(event));
  }

  #load(): Promise<void> {
    return loadEngine().then(
      ({ WizardEngine }) => {
        const engine = (this.#engine = new WizardEngine(this, { config: this.#config, localize: this.#localize, contextRequests: this.#contextRequests.splice(0), early: this.#preview.answers }));
        this.requestUpdate();
        const queued = this.#queued;
        this.#queued = undefined;
        if (queued) void super.getUpdateComplete().then(() => (queued === 'primary' ? engine.primaryAction() : engine.requestCancel()));
      },
      (error: unknown) => {
        console.error('add-connection-wizard: the rest of its code did not load.', error);
        this.#loadFailed = true;
        this.requestUpdate();
      },
    );
  }

  #holdContextRequest(request: ContextEvent<Context<unknown, unknown>>) {
    if (this.#engine || request.context !== wizardContext) return;
    const event = request as ContextEvent<typeof wizardContext>;
    const consumer = event.contextTarget ?? event.composedPath()[0];
    if (!(consumer instanceof Element) || consumer === this) return;
    event.stopPropagation();
    this.#contextRequests.push({ callback: event.callback, consumer, subscribe: event.subscribe });
  }

  /**
   * A module that failed to load stays failed for the page's life (the HTML standard's
   * module map; Chromium measured: a second import fails at once, with no request). Only
   * a new page fetches it again, and only the connection name can have been typed.
   */
  #reload() {
    location.reload();
  }

  /**
   * Step 1 shows before the rest of the code has arrived only where it would show anyway,
   * empty: not in edit mode, on a preset or hand-off page, or with a draft to restore.
   */
  get #previewable(): boolean {
    return this.mode !== 'edit' && this.connection === undefined && this.preset === undefined && !this.session && !this.draftKey;
  }

  protected override shouldUpdate(): boolean {
    return this.#engine !== undefined || this.#loadFailed || this.#previewable;
  }

  /** Settles once the whole wizard has rendered: a host awaiting it never sees the wizard half loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.#engine && this.isConnected) {
      await this.#loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The wizard's language: its own `lang`, else the nearest ancestor's, else English. */
  get locale(): string {
    return this.#localize.locale;
  }

  /** The step the user is on, 1 to 4 (0 once the connection is created or saved). */
  get currentStep(): number {
    return this.#engine ? this.#engine.currentStep : 1;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.#localize.refresh();
  }

  #act(action: 'primary' | 'cancel') {
    const engine = this.#engine;
    if (engine) action === 'primary' ? engine.primaryAction() : engine.requestCancel();
    else if (!this.#loadFailed) this.#queued = action;
    else if (action === 'cancel') this.cancel();
    // Nothing can go on: say why again, where a screen reader reads it.
    else this.renderRoot.querySelector<HTMLElement>('[part~="alert"]')?.focus();
  }

  #continueOnEnter(event: KeyboardEvent) {
    if (!isEnterInTextInput(event)) return;
    event.preventDefault();
    this.#act('primary');
  }

  /** Validates every step and sends the connection, as Add connection does. */
  async submit(): Promise<void> {
    await this.#loading;
    if (!this.#engine) throw new Error('add-connection-wizard: its code did not load, so nothing was sent.');
    return this.#engine.submit();
  }

  /** Cancels as the Cancel button does, without asking: stops a request, forgets everything. */
  cancel() {
    if (this.#engine) return this.#engine.cancel();
    this.#queued = undefined;
    this.dispatchEvent(new WizardCancelEvent());
    this.reset();
  }

  /** Empties every field, platform forms too, and returns to the first step. */
  reset() {
    if (this.#engine) return this.#engine.reset();
    this.#preview.reset();
    this.requestUpdate();
  }

  override render() {
    const engine = this.#engine;
    return html`
      <div part="base" class="wizard" aria-busy=${engine?.busy ? 'true' : 'false'}>
        <div class="visually-hidden" role="status" aria-live="polite">${engine?.announcement ?? ''}</div>
        ${engine ? engine.content() : this.#previewContent()}
      </div>
    `;
  }

  /** Before the rest of the code has arrived: step 1, and a way out if it could not load. */
  #previewContent() {
    const m = this.#localize.catalogue;
    const failed = this.#loadFailed
      ? html`<div part="alert" class="alert" role="alert" tabindex="-1">
          <p>${m.loadFailed}</p>
          <button part="retry-button" class="secondary" type="button" @click=${() => this.#reload()}>${m.reloadPage}</button>
        </div>`
      : undefined;
    if (!this.#previewable) return failed ?? nothing;
    const c = this.#preview.context(m);
    return stepFrame(c, 1, basicStep(c), { cancel: () => this.#act('cancel'), back: () => {}, primary: () => this.#act('primary') }, failed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'add-connection-wizard': AddConnectionWizard;
  }
}
