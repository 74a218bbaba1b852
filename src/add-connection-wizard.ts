import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styles } from './add-connection-wizard.styles.js';
import {
  AbandonEvent,
  BeforeCancelEvent,
  ConnectionErrorEvent,
  ConnectionSubmitEvent,
  ConnectionSuccessEvent,
  StepChangeEvent,
  TestConnectionEvent,
  WizardCancelEvent,
  stepIds,
  type ErrorDetail,
  type StepNumber,
  type SuccessDetail,
} from './events.js';
import { renderChoice, renderField, renderSelect } from './internal/field.js';
import { messagesFor, translate, type Messages } from './internal/messages.js';
import { builtinForms, builtinPlatforms, definitionForm, ensureDefined, tagOf } from './platform/builtin-platforms.js';
import { PlatformPicker } from './internal/platform-picker.js';
import type { PickerOption } from './internal/platform-filter.js';
import { usableDefinitions, type PlatformDefinition } from './schema/platform-definition.js';
import { kindOf, wizardContext, type PlatformForm, type PlatformKind, type WizardContextValue } from './platform/wizard-context.js';
import { connectionRequestSchema } from './schema/connection.js';
import { byFieldName, toFieldErrors, type FieldError } from './schema/errors.js';
import { Choices, emptyDraft, isWizardField, orderedPointers, stepOfPointer, type CustomerField, type Draft, type Errors, type Merchant } from './wizard/draft.js';
import { clearDraft, loadDraft, saveDraft, type SavedDraft } from './wizard/draft-storage.js';
import { isInsecure, readHostAnswer, readTestAnswer, sendJson, type ErrorMapper, type Outcome, type TestAnswer } from './wizard/request.js';

type Status = 'editing' | 'sending' | 'failed' | 'done';
type TestState = { kind: PlatformKind; status: 'pending' | 'passed' | 'failed' | 'unavailable'; detail?: string };

const STEP_COUNT = 4;
/** Short lists stay a native select (best on phones); longer ones become searchable. */
const SEARCHABLE_ABOVE = 8;
const fieldId = (pointer: string) => `f${pointer.replaceAll('/', '-')}`;
const textInputTypes = new Set(['text', 'email', 'url', 'password', 'search', 'tel', 'number']);

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
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text input or select.
 * @csspart option - One choice of a radio group.
 * @csspart hint - Help text of a field.
 * @csspart note - What cleaning pasted text changed (in platform forms).
 * @csspart picker-list - The searchable platform picker's list.
 * @csspart picker-option - One platform in that list.
 * @csspart error - A field's error message.
 * @csspart reveal-button - The button that shows or hides a secret.
 * @csspart error-summary - The list of problems after a failed Continue, each a link to its field.
 * @csspart alert - The message shown when the request failed.
 * @csspart retry-button - Try again, in that message.
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
 * @event {ConnectionSubmitEvent} acw-submit - Add connection pressed and every step valid; `detail.payload` is the request body. Cancel it to send the request yourself; `detail.respondWith(promise)` reports the outcome.
 * @event {ConnectionSuccessEvent} acw-success - The connection was created; `detail: { id, response }`.
 * @event {ConnectionErrorEvent} acw-error - The request failed; `detail: { kind, status?, message, errors }`.
 * @event {WizardCancelEvent} acw-cancel - The user pressed Cancel.
 * @event {BeforeCancelEvent} acw-before-cancel - Cancel pressed with values typed; `detail: { step, stepId }`. Cancel it to ask the user first, then call `cancel()`.
 * @event {AbandonEvent} acw-abandon - The page was closed or left with a started, unsent wizard; `detail: { step, stepId }`. No values.
 * @event {TestConnectionEvent} acw-test-connection - Test connection pressed; `detail: { kind, platform, adapter, respondWith }`. Cancelable.
 *
 * @example
 * <add-connection-wizard endpoint="/api/connections"></add-connection-wizard>
 */
export class AddConnectionWizard extends LitElement {
  static override styles = styles;

  private readonly provider = new ContextProvider(this, { context: wizardContext, initialValue: this.contextValue() });
  private readonly forms = new Set<PlatformForm>();
  private readonly ownForms = new Map<string, PlatformForm>();
  private readonly pickers = { store: new PlatformPicker(this), warehouse: new PlatformPicker(this) };
  // Created on connect, not at construction: servers rendering the element have no
  // MutationObserver.
  private childObserver?: MutationObserver;
  private inFlight?: AbortController;
  private lastSubmission?: { body: string; key: string };
  private focusAfterUpdate?: () => void;
  private readonly optionsCache: Partial<Record<PlatformKind, { platforms: PlatformDefinition[]; formsVersion: number; forms: number; options: PickerOption[] }>> = {};
  /** The host's catalogue less the definitions that would break (see `usableDefinitions`). */
  private usablePlatforms: PlatformDefinition[] = [];
  /** Answers to a Test connection the user has moved away from are dropped. */
  private testRun = 0;
  /** Form values from a restored draft, applied when each form registers. */
  private savedForms: SavedDraft['forms'] = {};
  private saveTimer?: ReturnType<typeof setTimeout>;
  private abandonReported = false;
  private restoredFrom?: string;
  private readonly onPageHide = () => this.reportAbandon();
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.warnOnLeave && this.hasStarted()) event.preventDefault();
  };

  @state() private step: StepNumber = 1;
  @state() private reached: StepNumber = 1;
  @state() private draft: Draft = emptyDraft(false);
  @state() private touched = new Set<string>();
  @state() private triedSteps = new Set<StepNumber>();
  @state() private serverErrors: Errors = {};
  @state() private status: Status = 'editing';
  @state() private failure?: ErrorDetail & { unplaced: FieldError[] };
  @state() private created?: SuccessDetail & { name: string };
  @state() private announcement = '';
  @state() private merchantFilter = '';
  @state() private test?: TestState;
  @state() private formsVersion = 0;
  /** What the last failed Continue found, as links to the fields. */
  @state() private summary: { pointer: string; message: string }[] = [];

  /** URL that receives the create-connection request (POST, JSON). Without it the wizard only fires events. */
  @property() endpoint = '';
  /** URL that Test connection POSTs `{ kind, platform, adapter }` to; answered `{ ok, detail? }`. */
  @property({ attribute: 'test-endpoint' }) testEndpoint = '';
  /** Existing merchants for Merchant Information, with their warehouses and stores. */
  @property({ type: Array }) merchants: Merchant[] = [];
  /**
   * Platforms described as data (`PlatformDefinition[]`, often fetched as JSON): each is
   * offered in its picker and rendered by the generic definition form. A slotted form
   * with the same id wins; a definition replaces the built-in form with the same id.
   */
  @property({ type: Array }) platforms: PlatformDefinition[] = [];
  /** Extra request headers, for example a CSRF token. Set as a property: never an attribute. */
  @property({ attribute: false }) headers: Record<string, string> = {};
  /** The fetch credentials mode of the requests. */
  @property() credentials: RequestCredentials = 'same-origin';
  /** Milliseconds to wait for an answer before offering a retry. */
  @property({ type: Number }) timeout = 30_000;
  /**
   * Opt-in: a name under which the non-secret values and the step are kept in
   * `localStorage` until success or Cancel, so a reload loses nothing. Secrets are never kept.
   */
  @property({ attribute: 'draft-key' }) draftKey = '';
  /**
   * `light` or `dark` forces a colour scheme; without it the wizard follows the page's
   * `color-scheme` (a page declaring `color-scheme: light dark` gets dark mode from the OS).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Ask the browser to confirm before the page is closed with values typed. */
  @property({ type: Boolean, attribute: 'warn-on-leave' }) warnOnLeave = false;
  /**
   * Reads error answers in a host's own shape: `(body, status) => [{ pointer, detail }]`.
   * Field errors it returns show on their fields, as a problem document's would.
   */
  @property({ attribute: false }) errorMapper?: ErrorMapper;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.submitOnEnter(event));
    // Platform forms keep their own values: any input inside (composed) may change a draft.
    this.addEventListener('input', () => {
      this.scheduleSave();
      // A test result speaks of the values it tested, not of edited ones.
      if (this.test && this.test.status !== 'pending') this.test = undefined;
    });
    this.addEventListener('change', () => this.scheduleSave());
  }

  /**
   * Replaces some or all of the messages (see `Messages`): a single string, or a whole
   * catalogue for a language the package does not ship. Set as a property.
   */
  @property({ attribute: false }) messages?: Partial<Messages>;

  private cachedMessages?: { lang: string; overrides?: Partial<Messages>; messages: Messages };

  /** The wizard's language: its own `lang`, else the nearest ancestor's, else English. */
  get locale(): string {
    // `closest` is missing from the DOM stand-in of server-side rendering.
    return this.lang || this.closest?.('[lang]')?.getAttribute('lang') || 'en';
  }

  /** The messages in the wizard's language. */
  private get m(): Messages {
    const lang = this.locale;
    const cached = this.cachedMessages;
    if (cached && cached.lang === lang && cached.overrides === this.messages) return cached.messages;
    const messages = messagesFor(lang, this.messages);
    this.cachedMessages = { lang, overrides: this.messages, messages };
    return messages;
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.requestUpdate();
      this.provider.setValue(this.contextValue());
    }
  }

  /** The step the user is on, 1 to 4 (0 once the connection is created). */
  get currentStep(): number {
    return this.status === 'done' ? 0 : this.step;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.childObserver ??= new MutationObserver(() => this.loadSlottedForms());
    this.childObserver.observe(this, { childList: true });
    window.addEventListener('pagehide', this.onPageHide);
    if (this.provider.value.locale !== this.locale) this.provider.setValue(this.contextValue());
    window.addEventListener('beforeunload', this.onBeforeUnload);
    this.loadSlottedForms();
    // With a catalogue, fetch the one form that renders every definition while the user is
    // on the first steps, so its fields are there the moment they are needed.
    setTimeout(() => {
      if (this.isConnected && this.platforms.length > 0) void ensureDefined(definitionForm);
    }, 0);
    if (this.hasUpdated) return;
    this.draft = emptyDraft(this.merchants.length > 0);
    if (this.draftKey) this.restore(this.draftKey);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    if (this.saveTimer) this.save();
    // Nothing may happen after the element left the page: no request, no event. A move
    // (disconnected and connected again at once, as portals and modals do) is no leaving.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.inFlight?.abort();
      this.inFlight = undefined;
      if (this.status === 'sending') this.status = 'editing';
    });
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A draft key set as a property after the element was added still restores, as long
    // as nothing was typed yet.
    if (changed.has('draftKey') && this.draftKey && this.restoredFrom !== this.draftKey && !this.hasStarted()) this.restore(this.draftKey);
    if (changed.has('platforms')) this.usablePlatforms = usableDefinitions(this.platforms);
    // Merchants that arrive late (fetched) make "existing" the default, unless the user
    // chose or started a new merchant already.
    const newMerchantStarted = Object.values(this.draft.customer).some((v) => v !== '');
    if (changed.has('merchants') && this.merchants.length > 0 && !this.touched.has('/merchant') && this.draft.merchantChoice === 'new' && !newMerchantStarted) {
      this.draft = { ...this.draft, merchantChoice: 'existing' };
    }
    // Only on the step that shows the picker: a catalogue may still be on its way before.
    if (this.step === 3) this.preselectSinglePlatform('warehouse');
    if (this.step === 4) this.preselectSinglePlatform('store');
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // Forms follow the wizard's disabled state and messages (language, host overrides).
    const value = this.contextValue();
    const current = this.provider.value;
    if (value.disabled !== current.disabled || value.messages !== current.messages || value.locale !== current.locale) {
      this.provider.setValue(value);
    }
    for (const form of this.forms) {
      if (form.parentElement !== this) continue;
      const kind = kindOf(form);
      form.hidden = form.platform !== this.platformOf(kind);
    }
    if (changed.has('draft') || changed.has('step')) this.scheduleSave();
    const focus = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    focus?.();
  }

  // ----- Drafts and leaving ---------------------------------------------------------

  private hasStarted() {
    return this.status !== 'done' && (this.hasInput() || this.reached > 1);
  }

  private restore(key: string) {
    this.restoredFrom = key;
    const saved = loadDraft(key);
    if (!saved) return;
    this.draft = { ...this.draft, ...saved.draft, customer: { ...this.draft.customer, ...saved.draft.customer } };
    this.step = saved.step;
    this.reached = saved.reached;
    this.savedForms = saved.forms ?? {};
  }

  private scheduleSave() {
    if (!this.draftKey || this.status === 'done') return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), 250);
  }

  private save() {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.draftKey || this.status === 'done' || !this.hasStarted()) return;
    const forms: SavedDraft['forms'] = { ...this.savedForms };
    for (const form of new Set([...this.forms, ...this.ownForms.values()])) {
      const values = this.isReady(form) ? form.draftValues?.() : undefined;
      if (values) forms[`${kindOf(form)}:${form.platform}`] = values;
    }
    saveDraft(this.draftKey, { version: 1, step: this.step, reached: this.reached, draft: this.draft, forms });
  }

  private forgetDraft() {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.savedForms = {};
    if (this.draftKey) clearDraft(this.draftKey);
  }

  private reportAbandon() {
    if (this.abandonReported || !this.hasStarted()) return;
    this.abandonReported = true;
    if (this.saveTimer) this.save();
    this.dispatchEvent(new AbandonEvent({ step: this.step, stepId: stepIds[this.step - 1] }));
  }

  // ----- Platform forms -------------------------------------------------------------

  private contextValue(): WizardContextValue {
    return {
      register: (form) => this.register(form),
      disabled: this.status === 'sending',
      locale: this.isConnected ? this.locale : 'en',
      messages: this.isConnected ? this.m : undefined,
    };
  }

  private register(form: PlatformForm) {
    this.forms.add(form);
    const saved = this.savedForms[`${kindOf(form)}:${form.platform}`];
    if (saved) form.restoreDraft?.(saved);
    // A slotted form changes the pickers; built-ins are listed already. Forms register
    // while the wizard may be rendering, so update afterwards.
    const slotted = form.parentElement === this;
    if (slotted) queueMicrotask(() => this.formsVersion++);
    return () => {
      this.forms.delete(form);
      if (slotted) queueMicrotask(() => this.formsVersion++);
    };
  }

  private slottedForms(kind: PlatformKind) {
    return [...this.forms].filter((form) => form.parentElement === this && kindOf(form) === kind && form.platform);
  }

  /** The package's own form elements among the children are loaded when they appear. */
  private loadSlottedForms() {
    for (const child of this.children) {
      const form = builtinForms.find((f) => f.tag === child.localName);
      if (form) void ensureDefined(form);
    }
  }

  private definitionsOf(kind: PlatformKind) {
    return this.usablePlatforms.filter((p) => p.kind === kind);
  }

  /** The platforms a picker offers: slotted forms, then definitions, then built-ins. */
  private platformOptions(kind: PlatformKind): PickerOption[] {
    // Asked for by every error lookup and the picker on each render: build the list once per
    // catalogue and set of forms, and keep its identity so the picker's search index stays.
    const cached = this.optionsCache[kind];
    if (cached && cached.platforms === this.usablePlatforms && cached.formsVersion === this.formsVersion && cached.forms === this.forms.size) {
      return cached.options;
    }
    const options = this.buildPlatformOptions(kind);
    this.optionsCache[kind] = { platforms: this.usablePlatforms, formsVersion: this.formsVersion, forms: this.forms.size, options };
    return options;
  }

  private buildPlatformOptions(kind: PlatformKind): PickerOption[] {
    const options = new Map<string, PickerOption>();
    for (const p of builtinPlatforms) if (p.kind === kind) options.set(p.id, { value: p.id, label: p.label, rank: p.rank });
    for (const d of this.definitionsOf(kind)) options.set(d.id, { value: d.id, label: d.label, rank: d.rank, aliases: d.aliases });
    for (const form of this.slottedForms(kind)) {
      const known = options.get(form.platform);
      options.set(form.platform, { ...known, value: form.platform, label: form.label || known?.label || form.platform });
    }
    return [...options.values()].sort((a, b) => a.label.localeCompare(b.label));
  }

  private platformOf(kind: PlatformKind) {
    return kind === 'store' ? this.draft.storePlatform : this.draft.warehousePlatform;
  }

  private preselectSinglePlatform(kind: PlatformKind) {
    if (this.platformOf(kind)) return;
    const options = this.platformOptions(kind);
    if (options.length !== 1) return;
    this.draft = { ...this.draft, [kind === 'store' ? 'storePlatform' : 'warehousePlatform']: options[0].value };
  }

  /**
   * The form of the chosen platform: the slotted one, else one the wizard renders itself
   * (for a definition, or the package's own element), kept so that its values survive
   * switching platforms. Its code is loaded on first use.
   */
  private activeForm(kind: PlatformKind): PlatformForm | undefined {
    const platform = this.platformOf(kind);
    if (!platform) return undefined;
    const slotted = this.slottedForms(kind).find((form) => form.platform === platform);
    if (slotted) return slotted;
    const definition = this.definitionsOf(kind).find((d) => d.id === platform);
    const builtin = builtinPlatforms.find((p) => p.kind === kind && p.id === platform);
    const source = definition ? definitionForm : builtin;
    if (!source) return undefined;
    const tag = tagOf(source);
    const key = `${kind}:${platform}:${tag}`;
    let form = this.ownForms.get(key);
    if (!form) {
      form = document.createElement(tag) as PlatformForm;
      form.setAttribute('slot', `${kind}-form`);
      form.setAttribute('platform', platform);
      form.setAttribute('exportparts', 'field, label, input, option, hint, note, error, reveal-button, platform-help');
      this.ownForms.set(key, form);
      if (!customElements.get(tag)) void ensureDefined(source).then(() => this.requestUpdate());
    }
    if (definition) (form as PlatformForm & { definition?: PlatformDefinition }).definition = definition;
    return form;
  }

  /** A form whose code has not arrived yet cannot answer; treat it as not ready. */
  private isReady(form: PlatformForm | undefined): form is PlatformForm {
    return typeof form?.validate === 'function';
  }

  private get choices() {
    return new Choices(this.draft, this.merchants);
  }

  // ----- Validation -----------------------------------------------------------------

  /** Which platform form a step shows, if any: a new store's on 4, a new merchant's warehouse on 3. */
  private formKindOf(step: StepNumber): PlatformKind | undefined {
    if (step === 4 && !this.choices.usesExistingStore) return 'store';
    if (step === 3 && this.choices.needsWarehouseForm) return 'warehouse';
    return undefined;
  }

  private stepErrors(step: StepNumber): Errors {
    const errors = this.choices.errorsOf(step, this.m);
    // A chosen platform the pickers no longer offer (the catalogue changed, a draft
    // outlived it) must be chosen again.
    const kind = this.formKindOf(step);
    const platform = kind && this.platformOf(kind);
    if (kind && platform && !this.platformOptions(kind).some((o) => o.value === platform)) errors[`/${kind}/platform`] ??= this.m.choosePlatform;
    return errors;
  }

  /** Validates a step, platform form included; shows its errors. Returns the pointers in error. */
  /** Validates a step, platform form included, and shows its errors: the messages by pointer. */
  private validateStep(step: StepNumber): Errors {
    this.triedSteps = new Set(this.triedSteps).add(step);
    const errors: Errors = { ...this.stepErrors(step), ...this.serverErrorsOf(step) };
    const kind = this.formKindOf(step);
    const form = kind && this.activeForm(kind);
    if (kind && form) {
      const result = this.isReady(form) ? form.validate() : { ok: false as const, errors: { '': '' } };
      if (!result.ok) for (const [name, message] of Object.entries(result.errors)) errors[`/${kind}/adapter/${name}`] = message;
    } else if (kind && !errors[`/${kind}/platform`]) {
      // A platform no longer offered (the catalogue changed, a draft outlived it).
      errors[`/${kind}/platform`] = this.m.choosePlatform;
    }
    return errors;
  }

  private serverErrorsOf(step: StepNumber): Errors {
    return Object.fromEntries(Object.entries(this.serverErrors).filter(([pointer]) => stepOfPointer(pointer) === step));
  }

  /** The error to show on one of the wizard's own fields, once touched or tried. */
  private errorFor(pointer: string): string | undefined {
    if (this.serverErrors[pointer]) return this.serverErrors[pointer];
    const step = stepOfPointer(pointer) ?? this.step;
    if (!this.touched.has(pointer) && !this.triedSteps.has(step)) return undefined;
    const message = this.stepErrors(step)[pointer];
    return message && translate(message, this.m);
  }

  private async focusPointer(pointer: string) {
    const adapter = /^\/(store|warehouse)\/adapter\/(.+)$/.exec(pointer);
    if (adapter) {
      const form = this.activeForm(adapter[1] as PlatformKind);
      // A form the wizard just rendered has not rendered its own fields yet.
      await (form as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
      if (this.isReady(form)) form.focusField(adapter[2] || undefined);
      return;
    }
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldId(pointer))}`);
    if (target instanceof HTMLFieldSetElement) {
      target.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    } else {
      target?.focus();
    }
  }

  // ----- Navigation -----------------------------------------------------------------

  private move(to: StepNumber): boolean {
    const from = this.step;
    if (to === from) return true;
    const event = new StepChangeEvent({ from, to, fromId: stepIds[from - 1], toId: stepIds[to - 1] });
    if (!this.dispatchEvent(event)) return false;
    this.step = to;
    if (to > this.reached) this.reached = to;
    this.announcement = this.m.stepOf(to, STEP_COUNT, this.m.steps[to - 1]);
    this.test = undefined;
    this.testRun++;
    this.summary = [];
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    return true;
  }

  /** Validates each step from the current one up to (not including) `to`, then moves. */
  private forwardTo(to: StepNumber) {
    for (let step = this.step; step < to; step++) {
      const errors = this.validateStep(step as StepNumber);
      if (Object.keys(errors).length === 0) continue;
      this.showInvalid(step as StepNumber, errors);
      return;
    }
    this.move(to);
  }

  /**
   * Takes the user to the step with errors, lists them in the error summary and moves
   * focus to the first invalid field.
   */
  private showInvalid(step: StepNumber, errors: Errors) {
    if (step !== this.step && !this.move(step)) return;
    const pointers = orderedPointers(Object.keys(errors));
    this.summary = pointers.filter((p) => errors[p]).map((pointer) => ({ pointer, message: translate(errors[pointer], this.m) }));
    this.announcement = this.m.fixErrors(pointers.length);
    this.focusAfterUpdate = () => void this.focusPointer(pointers[0]);
    this.requestUpdate();
  }

  private goBack() {
    if (this.step > 1) this.move((this.step - 1) as StepNumber);
  }

  private goToStep(step: StepNumber) {
    if (step < this.step) this.move(step);
    else if (step <= this.reached) this.forwardTo(step);
  }

  private primaryAction() {
    if (this.status === 'sending' || this.status === 'done') return;
    if (this.step < STEP_COUNT) this.forwardTo((this.step + 1) as StepNumber);
    else void this.submit();
  }

  private submitOnEnter(event: KeyboardEvent) {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLInputElement) || !textInputTypes.has(target.type)) return;
    if (target.closest('.merchant-filter')) return;
    event.preventDefault();
    this.primaryAction();
  }

  private requestCancel() {
    // The request may already have created the connection: let it finish (or time out).
    if (this.status === 'sending') return;
    if (this.hasStarted()) {
      const event = new BeforeCancelEvent({ step: this.step, stepId: stepIds[this.step - 1] });
      if (!this.dispatchEvent(event)) return;
    }
    this.cancel();
  }

  /** Cancels as the Cancel button does, without asking: stops a request, forgets everything. */
  cancel() {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.forgetDraft();
    this.dispatchEvent(new WizardCancelEvent());
    this.reset();
  }

  /** Empties every field, platform forms too, and returns to the first step. */
  reset() {
    this.draft = emptyDraft(this.merchants.length > 0);
    this.step = 1;
    this.reached = 1;
    this.touched = new Set();
    this.triedSteps = new Set();
    this.serverErrors = {};
    this.status = 'editing';
    this.failure = undefined;
    this.created = undefined;
    this.test = undefined;
    this.lastSubmission = undefined;
    this.merchantFilter = '';
    this.abandonReported = false;
    this.summary = [];
    this.testRun++;
    for (const form of new Set([...this.forms, ...this.ownForms.values()])) if (this.isReady(form)) form.reset();
    this.pickers.store.clear();
    this.pickers.warehouse.clear();
  }

  // ----- Submission -----------------------------------------------------------------

  /** Validates every step and sends the connection, as Add connection does. */
  async submit() {
    if (this.status === 'sending') return;
    for (let step = 1 as StepNumber; step <= STEP_COUNT; step++) {
      const errors = this.validateStep(step);
      if (Object.keys(errors).length > 0) return this.showInvalid(step, errors);
    }
    this.summary = [];
    const adapters = {
      warehouse: this.adapterOf('warehouse'),
      store: this.adapterOf('store'),
    };
    const parsed = connectionRequestSchema.safeParse(this.choices.payload(adapters));
    if (!parsed.success) return this.applyFieldErrors(toFieldErrors(parsed.error));
    await this.send(parsed.data);
  }

  private adapterOf(kind: PlatformKind) {
    const form = this.activeForm(kind);
    const result = this.isReady(form) ? form.validate() : undefined;
    return result?.ok ? result.adapter : undefined;
  }

  private async send(payload: typeof connectionRequestSchema._zod.output) {
    const event = new ConnectionSubmitEvent(payload);
    this.dispatchEvent(event);
    if (!event.answer && (event.defaultPrevented || !this.endpoint)) return;

    if (!event.answer && this.refuseInsecure(this.endpoint)) return;
    const body = JSON.stringify(payload);
    // The same body keeps its key, so a retry cannot create a second connection.
    if (this.lastSubmission?.body !== body) this.lastSubmission = { body, key: crypto.randomUUID() };
    const controller = new AbortController();
    this.inFlight = controller;
    this.status = 'sending';
    this.failure = undefined;
    this.announcement = this.m.adding;

    const outcome: Outcome = event.answer
      ? await readHostAnswer(event.answer, controller.signal, this.timeout, this.errorMapper)
      : await sendJson(this.endpoint, payload, {
          headers: this.headers,
          credentials: this.credentials,
          timeout: this.timeout,
          idempotencyKey: this.lastSubmission.key,
          signal: controller.signal,
          errorMapper: this.errorMapper,
        });
    if (controller.signal.aborted || this.inFlight !== controller) return;
    this.inFlight = undefined;
    if (outcome.ok) this.succeed(outcome, payload.name);
    else this.fail(outcome);
  }

  /** Credentials never travel in clear text: an `http:` endpoint off this machine is refused. */
  private refuseInsecure(url: string): boolean {
    if (!isInsecure(url, location.href)) return false;
    console.error(`add-connection-wizard: refused to send credentials to ${new URL(url, location.href).origin} over http. Use an https endpoint.`);
    this.fail({ ok: false, kind: 'insecure', errors: [] });
    return true;
  }

  private succeed(outcome: Extract<Outcome, { ok: true }>, name: string) {
    const detail: SuccessDetail = { id: outcome.id, response: outcome.response };
    this.forgetDraft();
    this.reset();
    this.status = 'done';
    this.created = { ...detail, name };
    this.announcement = this.m.createdHeading;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    this.dispatchEvent(new ConnectionSuccessEvent(detail));
  }

  private fail(outcome: Extract<Outcome, { ok: false }>) {
    const message =
      outcome.kind === 'validation' ? this.m.errorValidation
      : outcome.kind === 'conflict' ? this.m.errorConflict
      : outcome.kind === 'timeout' ? this.m.errorTimeout
      : outcome.kind === 'network' ? this.m.errorNetwork
      : outcome.kind === 'insecure' ? this.m.errorInsecure
      : outcome.status !== undefined && outcome.status < 300 ? this.m.errorUnexpected
      : this.m.errorServer(outcome.status ?? 0);
    const detail: ErrorDetail = { kind: outcome.kind, status: outcome.status, message, errors: outcome.errors };
    this.status = 'failed';
    const unplaced = outcome.kind === 'validation' ? this.applyFieldErrors(outcome.errors) : [];
    if (outcome.kind === 'validation' && outcome.errors.length === 0 && outcome.detail) {
      unplaced.push({ pointer: '', detail: outcome.detail });
    }
    this.failure = { ...detail, unplaced };
    // With no field to take the user to, take them to the message and its Try again.
    if (!this.focusAfterUpdate) this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.alert')?.focus();
    this.dispatchEvent(new ConnectionErrorEvent(detail));
  }

  /** Shows field errors where they belong; returns those that have no field. */
  private applyFieldErrors(errors: FieldError[]): FieldError[] {
    const unplaced: FieldError[] = [];
    const placed: string[] = [];
    const wizardErrors: Errors = {};
    for (const error of errors) {
      if (isWizardField(error.pointer)) {
        wizardErrors[error.pointer] ??= error.detail;
        placed.push(error.pointer);
      } else if (!/^\/(store|warehouse)\/adapter\//.test(error.pointer)) {
        unplaced.push(error);
      }
    }
    for (const kind of ['warehouse', 'store'] as const) {
      const prefix = `/${kind}/adapter`;
      const byName = byFieldName(errors, prefix);
      const names = Object.keys(byName);
      if (names.length === 0) continue;
      const form = this.activeForm(kind);
      const notShown = this.isReady(form) ? form.setErrors(byName) || [] : names;
      for (const name of names) {
        if (notShown.includes(name)) unplaced.push({ pointer: `${prefix}/${name}`, detail: byName[name] });
        else placed.push(`${prefix}/${name}`);
      }
    }
    this.serverErrors = wizardErrors;
    const steps = placed.map(stepOfPointer).filter((s): s is StepNumber => s !== undefined);
    if (steps.length > 0) {
      const step = Math.min(...steps) as StepNumber;
      const messages = Object.fromEntries(errors.map((e) => [e.pointer, e.detail]));
      this.showInvalid(step, Object.fromEntries(placed.filter((p) => stepOfPointer(p) === step).map((p) => [p, messages[p] ?? ''])));
    }
    return unplaced;
  }

  private retry() {
    if (!this.lastSubmission) return;
    void this.submit();
  }

  // ----- Test connection -----------------------------------------------------------

  private async testConnection(kind: PlatformKind) {
    const form = this.activeForm(kind);
    if (!this.isReady(form)) return;
    const result = form.validate();
    if (!result.ok) {
      this.test = { kind, status: 'failed', detail: this.m.fixBeforeTest };
      form.focusField();
      return;
    }
    const platform = this.platformOf(kind);
    const event = new TestConnectionEvent({ kind, platform, adapter: result.adapter });
    this.dispatchEvent(event);
    let answer = event.answer;
    if (!answer && !event.defaultPrevented && this.testEndpoint && isInsecure(this.testEndpoint, location.href)) {
      console.error(`add-connection-wizard: refused to send credentials to ${new URL(this.testEndpoint, location.href).origin} over http. Use an https test endpoint.`);
      this.test = { kind, status: 'failed', detail: this.m.errorInsecure };
      return;
    }
    if (!answer && !event.defaultPrevented && this.testEndpoint) {
      answer = fetch(this.testEndpoint, {
        method: 'POST',
        headers: { Accept: 'application/json, application/problem+json', ...this.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind, platform, adapter: result.adapter }),
        credentials: this.credentials,
        signal: AbortSignal.timeout(this.timeout),
      });
    }
    if (!answer) {
      this.test = { kind, status: 'unavailable', detail: this.m.testUnavailable };
      return;
    }
    const run = ++this.testRun;
    this.test = { kind, status: 'pending' };
    const outcome = await this.readTest(kind, form, answer);
    if (run === this.testRun) this.test = outcome;
  }

  /** Reads a test's answer; its field errors go onto the tested form, the rest into the message. */
  private async readTest(kind: PlatformKind, form: PlatformForm, answer: Promise<TestAnswer>): Promise<TestState> {
    const result = await readTestAnswer(answer, this.errorMapper);
    if (result.network) return { kind, status: 'failed', detail: this.m.errorNetwork };
    const byName = byFieldName(result.errors.map((e) => ({ ...e, pointer: `/${kind}${e.pointer}` })), `/${kind}/adapter`);
    const notShown = Object.keys(byName).length > 0 ? form.setErrors(byName) || [] : [];
    const unplaced = result.errors.filter((e) => !e.pointer.startsWith('/adapter/') || notShown.includes(e.pointer.slice('/adapter/'.length)));
    const detail = [result.detail, ...unplaced.map((e) => e.detail)].filter(Boolean).join(' ') || undefined;
    return { kind, status: result.ok ? 'passed' : 'failed', detail };
  }

  // ----- Rendering ------------------------------------------------------------------

  private hasInput() {
    const d = this.draft;
    return d.name !== '' || Object.values(d.customer).some((v) => v !== '');
  }

  private patchDraft(patch: Partial<Draft>) {
    this.draft = { ...this.draft, ...patch };
  }

  private touch(pointer: string) {
    if (!this.touched.has(pointer)) this.touched = new Set(this.touched).add(pointer);
  }

  private clearServerError(pointer: string) {
    if (!(pointer in this.serverErrors)) return;
    const { [pointer]: _, ...rest } = this.serverErrors;
    this.serverErrors = rest;
  }

  private textField(pointer: string, label: string, value: string, set: (value: string) => void, o: { required?: boolean; hint?: string; autocomplete?: string } = {}) {
    return renderField({
      id: fieldId(pointer),
      label,
      value,
      hint: o.hint,
      required: o.required,
      autocomplete: o.autocomplete,
      error: this.errorFor(pointer),
      disabled: this.status === 'sending',
      texts: this.m,
      onInput: (v) => {
        set(v);
        this.clearServerError(pointer);
      },
      onBlur: () => this.touch(pointer),
    });
  }

  private renderStepper() {
    return html`
      <nav class="stepper-nav" aria-label=${this.m.progressLabel}>
        <ol part="stepper" class="stepper">
          ${this.m.steps.map((title, index) => {
            const n = (index + 1) as StepNumber;
            const current = n === this.step;
            const complete = n < this.reached || (n < this.step);
            const reachable = !current && n <= this.reached && this.status !== 'sending';
            const parts = `step${current ? ' step-current' : ''}${complete && !current ? ' step-complete' : ''}`;
            const content = html`<span part="step-number" class="step-number" aria-hidden="true">${complete && !current ? '✓' : n}</span>
              <span class="step-title">${title}</span>${complete && !current ? html`<span class="visually-hidden">, ${this.m.stepCompleted}</span>` : nothing}`;
            return html`<li part=${parts} class="step ${current ? 'current' : ''} ${complete ? 'complete' : ''}" aria-current=${current ? 'step' : 'false'}>
              ${reachable
                ? html`<button type="button" class="step-button" @click=${() => this.goToStep(n)}>${content}</button>`
                : html`<span class="step-button">${content}</span>`}
            </li>`;
          })}
        </ol>
      </nav>
    `;
  }

  private renderBasic() {
    return this.textField('/name', this.m.connectionName, this.draft.name, (name) => this.patchDraft({ name }), {
      required: true,
      hint: this.m.connectionNameHint,
      autocomplete: 'off',
    });
  }

  private renderMerchant() {
    const { draft, merchants } = this;
    const existing = this.choices.usesExistingMerchant;
    const filter = this.merchantFilter.trim().toLowerCase();
    const shown = filter ? merchants.filter((m) => m.company_name.toLowerCase().includes(filter)) : merchants;
    return html`
      ${renderChoice({
        id: 'f-merchant',
        legend: this.m.merchantChoice,
        name: 'merchant-choice',
        value: existing ? 'existing' : 'new',
        options: [
          ...(merchants.length > 0 ? [{ value: 'existing', label: this.m.useExistingMerchant }] : []),
          { value: 'new', label: this.m.createNewMerchant },
        ],
        onChange: (value) => {
          this.touch('/merchant');
          this.patchDraft({ merchantChoice: value as Draft['merchantChoice'] });
        },
      })}
      ${existing
        ? html`
            ${merchants.length > 8
              ? html`<div part="field" class="field merchant-filter">
                  <label part="label" for="f-merchant-filter">${this.m.filterMerchants}</label>
                  <input part="input" id="f-merchant-filter" type="search" autocomplete="off" .value=${this.merchantFilter}
                    @input=${(e: Event) => (this.merchantFilter = (e.target as HTMLInputElement).value)} />
                </div>`
              : nothing}
            ${shown.length === 0
              ? html`<p class="note">${this.m.noMerchantMatches}</p>`
              : renderChoice({
                  id: fieldId('/customer_id'),
                  legend: this.m.merchantList,
                  name: 'merchant',
                  layout: 'list',
                  value: draft.merchantId,
                  error: this.errorFor('/customer_id'),
                  options: shown.map((m) => ({ value: String(m.id), label: m.company_name })),
                  onChange: (merchantId) => this.chooseMerchant(merchantId),
                })}
          `
        : html`
            ${this.customerField('company_name', this.m.companyName, true, 'organization')}
            <fieldset class="address">
              <legend>${this.m.address}</legend>
              <div class="address-grid">
                ${this.customerField('address1', this.m.address1, false, 'address-line1')}
                ${this.customerField('address2', this.m.address2, false, 'address-line2')}
                ${this.customerField('address3', this.m.address3, false, 'address-line3')}
                ${this.customerField('city', this.m.city, false, 'address-level2')}
                ${this.customerField('state', this.m.state, false, 'address-level1')}
                ${this.customerField('zip', this.m.zip, false, 'postal-code')}
                ${this.customerField('country', this.m.country, false, 'country-name')}
              </div>
            </fieldset>
          `}
    `;
  }

  private chooseMerchant(merchantId: string) {
    const merchant = this.merchants.find((m) => String(m.id) === merchantId);
    const warehouses = merchant?.warehouses ?? [];
    const keepWarehouse = warehouses.some((w) => String(w.id) === this.draft.warehouseId);
    const stores = merchant?.stores ?? [];
    const keepStore = stores.some((s) => String(s.id) === this.draft.storeId);
    this.patchDraft({
      merchantId,
      // Its first (or only) warehouse is preselected: nothing else to choose for most.
      warehouseId: keepWarehouse ? this.draft.warehouseId : warehouses[0] ? String(warehouses[0].id) : '',
      storeId: keepStore ? this.draft.storeId : '',
    });
    this.clearServerError('/customer_id');
  }

  private customerField(field: CustomerField, label: string, required: boolean, autocomplete: string) {
    return this.textField(`/customer/${field}`, label, this.draft.customer[field], (v) => this.patchDraft({ customer: { ...this.draft.customer, [field]: v } }), {
      required,
      autocomplete,
    });
  }

  private renderWarehouse() {
    const choices = this.choices;
    if (!choices.needsWarehouseForm) {
      if (choices.warehouses.length === 0) return html`<p class="note">${this.m.defaultWarehouse}</p>`;
      return renderChoice({
        id: fieldId('/warehouse_id'),
        legend: this.m.warehouseList,
        name: 'warehouse',
        layout: 'list',
        hint: this.m.warehouseListHint,
        value: this.draft.warehouseId,
        error: this.errorFor('/warehouse_id'),
        options: choices.warehouses.map((w) => ({ value: String(w.id), label: w.name })),
        onChange: (warehouseId) => {
          this.patchDraft({ warehouseId });
          this.clearServerError('/warehouse_id');
        },
      });
    }
    return this.renderPlatformSection('warehouse', this.m.warehousePlatform);
  }

  private renderStore() {
    const choices = this.choices;
    const existing = choices.usesExistingStore;
    return html`
      ${renderChoice({
        id: 'f-store-choice',
        legend: this.m.storeChoice,
        name: 'store-choice',
        value: existing ? 'existing' : 'new',
        options: [
          { value: 'new', label: this.m.createNewStore },
          ...(choices.stores.length > 0 ? [{ value: 'existing', label: this.m.useExistingStore }] : []),
        ],
        onChange: (value) => this.patchDraft({ storeChoice: value as Draft['storeChoice'] }),
      })}
      ${existing
        ? renderChoice({
            id: fieldId('/store_id'),
            legend: this.m.useExistingStore,
            name: 'store',
            layout: 'list',
            value: this.draft.storeId,
            error: this.errorFor('/store_id'),
            options: choices.stores.map((s) => ({ value: String(s.id), label: s.name })),
            onChange: (storeId) => {
              this.patchDraft({ storeId });
              this.clearServerError('/store_id');
            },
          })
        : html`
            ${this.textField('/store/name', this.m.storeName, this.draft.storeName, (storeName) => this.patchDraft({ storeName }), {
              required: true,
              hint: this.m.storeNameHint,
              autocomplete: 'off',
            })}
            ${this.renderPlatformSection('store', this.m.platform)}
          `}
    `;
  }

  private renderPlatformSection(kind: PlatformKind, label: string) {
    const options = this.platformOptions(kind);
    const pointer = `/${kind}/platform`;
    const platform = this.platformOf(kind);
    const form = this.activeForm(kind);
    const own = form && form.parentElement !== this ? form : undefined;
    const test = this.test?.kind === kind ? this.test : undefined;
    const onChange = (value: string) => {
      this.patchDraft(kind === 'store' ? { storePlatform: value } : { warehousePlatform: value });
      this.touch(pointer);
      this.clearServerError(pointer);
      this.test = undefined;
      this.testRun++;
    };
    const picker = {
      id: fieldId(pointer),
      label,
      value: platform,
      options,
      error: this.errorFor(pointer),
      disabled: this.status === 'sending',
      onChange,
    };
    return html`
      ${options.length > SEARCHABLE_ABOVE
        ? this.pickers[kind].render({ ...picker, messages: this.m })
        : renderSelect({
            ...picker,
            placeholder: options.length === 1 && options[0].value === platform ? undefined : this.m.choosePlatformOption,
            required: true,
          })}
      <div class="platform-form">
        <slot name=${`${kind}-form`}></slot>
        ${own ?? nothing}
      </div>
      ${form
        ? html`<div class="test-row">
            <button part="test-button" class="secondary" type="button" aria-describedby="test-result" ?disabled=${test?.status === 'pending' || this.status === 'sending'} @click=${() => this.testConnection(kind)}>
              ${this.m.testConnection}
            </button>
            <div part="test-result" id="test-result" class="test-result ${test?.status ?? ''}" role="status">
              ${test ? this.testMessage(test) : nothing}
            </div>
          </div>`
        : nothing}
    `;
  }

  private testMessage(test: TestState) {
    const lead = test.status === 'pending' ? this.m.testing : test.status === 'passed' ? this.m.testPassed : test.status === 'failed' ? this.m.testFailed : '';
    return html`${lead}${test.detail ? html` ${test.detail}` : nothing}`;
  }

  /** The error summary: each problem of the last failed Continue, a link to its field. */
  private renderSummary(): TemplateResult | typeof nothing {
    if (this.summary.length === 0) return nothing;
    return html`
      <div part="error-summary" class="error-summary" role="alert">
        <p class="alert-title">${this.m.errorSummary}</p>
        <ul>
          ${this.summary.map(
            ({ pointer, message }) => html`<li><a href=${`#${fieldId(pointer)}`} @click=${(event: Event) => {
              event.preventDefault();
              void this.focusPointer(pointer);
            }}>${message}</a></li>`,
          )}
        </ul>
      </div>
    `;
  }

  private renderFailure(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (this.status !== 'failed' || !failure) return nothing;
    const retryable = failure.kind !== 'validation' && failure.kind !== 'conflict' && failure.kind !== 'insecure';
    return html`
      <div part="alert" class="alert" role="alert" tabindex="-1">
        <p class="alert-title">${this.m.errorTitle}</p>
        <p>${failure.message}</p>
        ${failure.unplaced.length > 0 ? html`<ul>${failure.unplaced.map((e) => html`<li>${e.detail}</li>`)}</ul>` : nothing}
        ${retryable ? html`<button part="retry-button" class="secondary" type="button" @click=${() => this.retry()}>${this.m.retry}</button>` : nothing}
      </div>
    `;
  }

  private renderDone(created: NonNullable<typeof this.created>) {
    return html`
      <section part="panel done" class="panel done" aria-labelledby="heading">
        <div class="done-icon" aria-hidden="true">✓</div>
        <h2 part="heading" id="heading" tabindex="-1">${this.m.createdHeading}</h2>
        <p>${this.m.created(created.name)}</p>
        <slot name="next-steps">
          <h3>${this.m.nextSteps}</h3>
          <ol class="next-steps">
            <li>${this.m.nextEnable}</li>
            <li>${this.m.nextReview}</li>
          </ol>
        </slot>
        <div part="footer" class="footer">
          <button part="add-another-button" class="primary" type="button" @click=${() => this.addAnother()}>${this.m.addAnother}</button>
        </div>
      </section>
    `;
  }

  private addAnother() {
    this.reset();
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  private renderStep() {
    switch (this.step) {
      case 1: return this.renderBasic();
      case 2: return this.renderMerchant();
      case 3: return this.renderWarehouse();
      case 4: return this.renderStore();
    }
  }

  override render() {
    const sending = this.status === 'sending';
    const last = this.step === STEP_COUNT;
    return html`
      <div part="base" class="wizard" aria-busy=${sending ? 'true' : 'false'}>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.status === 'done' && this.created
          ? this.renderDone(this.created)
          : html`
              ${this.renderStepper()}
              <section part="panel" class="panel" aria-labelledby="heading">
                <h2 part="heading" id="heading" tabindex="-1">${this.m.steps[this.step - 1]}</h2>
                ${this.renderSummary()}
                ${this.renderStep()}
                ${this.renderFailure()}
              </section>
              <div part="footer" class="footer">
                <button part="cancel-button" class="tertiary" type="button" aria-disabled=${sending ? 'true' : 'false'} @click=${() => this.requestCancel()}>${this.m.cancel}</button>
                <span class="spacer"></span>
                ${this.step > 1
                  ? html`<button part="back-button" class="secondary" type="button" ?disabled=${sending} @click=${() => this.goBack()}>${this.m.back}</button>`
                  : nothing}
                ${last
                  ? html`<button part="submit-button" class="primary" type="button" aria-disabled=${sending ? 'true' : 'false'} @click=${() => this.primaryAction()}>
                      ${sending ? html`<span class="spinner" aria-hidden="true"></span>${this.m.adding}` : this.m.addConnection}
                    </button>`
                  : html`<button part="next-button" class="primary" type="button" @click=${() => this.primaryAction()}>${this.m.continue}</button>`}
              </div>
            `}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'add-connection-wizard': AddConnectionWizard;
  }
}
