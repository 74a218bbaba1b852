import type { ReactiveController } from 'lit';
import type { StepNumber } from '../events.js';
import { translate } from '../internal/messages.js';
import type { PlatformKind } from '../platform/wizard-context.js';
import type { FieldError } from '../schema/errors.js';
import { adapterPointer, isWizardField, platformPointer, stepOfPointer, type Errors } from '../wizard/pointers.js';
import type { EntriesController } from './entries.js';
import type { WizardHost } from './host.js';
import type { LocalizeController } from './localize.js';
import { hasLoaded, type PlatformFormsController } from './platform-forms.js';
import type { ScenarioController } from './scenario.js';

/** The platform forms' values, as sent in the request. */
export type Adapters = Partial<Record<PlatformKind, Record<string, unknown>>>;

/**
 * Which fields are wrong and which to say so about: a field's error shows once it was
 * touched or the user tried to leave its step; the server's errors show until the field
 * is edited. The wizard's own errors are computed when the values change, not per render.
 */
export class ValidationController implements ReactiveController {
  #touched = new Set<string>();
  #tried = new Set<StepNumber>();
  #serverErrors: Errors = {};
  readonly #reportedPlatforms = new Set<string>();
  #cache?: { inputs: unknown[]; byStep: Partial<Record<StepNumber, Errors>> };

  readonly #host: WizardHost;
  readonly #entries: EntriesController;
  readonly #forms: PlatformFormsController;
  readonly #localize: LocalizeController;
  readonly #scenario: ScenarioController;

  constructor(
    host: WizardHost,
    entries: EntriesController,
    forms: PlatformFormsController,
    localize: LocalizeController,
    scenario: ScenarioController,
  ) {
    this.#host = host;
    this.#entries = entries;
    this.#forms = forms;
    this.#localize = localize;
    this.#scenario = scenario;
    host.addController(this);
  }


  // Nothing to set up: its state lives and dies with the element.
  hostConnected() {}

  /** Which platform form a step shows, if any: a new store's on 4, a new merchant's warehouse on 3. */
  formKindOf(step: StepNumber): PlatformKind | undefined {
    const reading = this.#entries.reading;
    if (step === 4 && !reading.usesExistingStore) return 'store';
    if (step === 3 && reading.needsWarehouseForm) return 'warehouse';
    return undefined;
  }

  /** The error to show on one of the wizard's own fields, once touched or tried. */
  errorFor(pointer: string): string | undefined {
    const server = this.#serverErrors[pointer];
    if (server) return server;
    const step = stepOfPointer(pointer);
    if (!step || (!this.#touched.has(pointer) && !this.#tried.has(step))) return undefined;
    const message = this.#ownErrors(step)[pointer];
    return message && translate(message, this.#localize.catalogue);
  }

  /**
   * Validates steps `from` to `to` in order, platform forms included (each once), and shows
   * their errors. Stops at the first step with errors; otherwise returns the forms' adapters.
   */
  validateSteps(from: StepNumber, to: StepNumber): { invalid: { step: StepNumber; errors: Errors } } | { adapters: Adapters } {
    const adapters: Adapters = {};
    // Steps not shown (preset, or not editable) hold nothing the user could correct.
    for (const step of this.#scenario.visibleSteps.filter((s) => s >= from && s <= to)) {
      const { errors, adapter } = this.#validateStep(step);
      if (Object.keys(errors).length > 0) return { invalid: { step, errors } };
      const kind = this.formKindOf(step);
      if (kind && adapter) adapters[kind] = adapter;
    }
    return { adapters };
  }

  #validateStep(step: StepNumber): { errors: Errors; adapter?: Record<string, unknown> } {
    if (!this.#tried.has(step)) this.#tried = new Set(this.#tried).add(step);
    this.#host.requestUpdate();
    // Shown only because every step is preset: the preset is the answer.
    if (this.#scenario.scenario.covers(step, this.#entries.reading)) return { errors: {} };
    const errors: Errors = { ...this.#ownErrors(step), ...this.#serverErrorsOf(step) };
    const kind = this.formKindOf(step);
    const form = kind && this.#forms.active(kind);
    if (!kind) return { errors };
    if (!form) {
      // A platform no longer offered (the catalogue changed, a draft outlived it).
      errors[platformPointer(kind)] ??= this.#localize.catalogue.choosePlatform;
      this.#reportUnofferedPreset(kind);
      return { errors };
    }
    // Editing: a form the user never opened (its step not visited) changed nothing, and
    // could not know which of its fields are secrets that keep their stored values.
    if (this.#scenario.scenario.connection && !this.#forms.editedOrKnown(form)) return { errors };
    const result = hasLoaded(form) ? form.validate() : { ok: false as const, errors: { '': '' } };
    if (result.ok) return { errors, adapter: result.adapter };
    for (const [name, message] of Object.entries(result.errors)) errors[adapterPointer(kind, name)] = message;
    return { errors };
  }

  /** A preset platform the wizard does not offer cannot be chosen by the user: the host must hear of it. */
  #reportUnofferedPreset(kind: PlatformKind) {
    const platform = this.#entries.platformOf(kind);
    if (!this.#scenario.scenario.isReadOnly(platformPointer(kind)) || this.#reportedPlatforms.has(platform)) return;
    this.#reportedPlatforms.add(platform);
    console.error(`add-connection-wizard: preset.${kind}.platform: ${JSON.stringify(platform.slice(0, 40))} is not a platform this wizard offers; add it to \`platforms\` or slot its form.`);
  }

  touch(pointer: string) {
    if (this.#touched.has(pointer)) return;
    this.#touched = new Set(this.#touched).add(pointer);
    this.#host.requestUpdate();
  }

  /** Shows the server's errors on the wizard's own fields; returns the others. */
  setServerErrors(errors: readonly FieldError[]): FieldError[] {
    const own: Errors = {};
    const others: FieldError[] = [];
    for (const error of errors) {
      // Only a field the wizard shows can carry an error (and be corrected): the others go
      // to the general message, or the step would be blocked by an error nobody can see.
      if (isWizardField(error.pointer) && this.#shows(error.pointer)) own[error.pointer] ??= error.detail;
      else others.push(error);
    }
    this.#serverErrors = own;
    this.#host.requestUpdate();
    return others;
  }

  /** Whether one of the wizard's own fields is on screen for the choices made. */
  #shows(pointer: string): boolean {
    const reading = this.#entries.reading;
    const step = stepOfPointer(pointer);
    if (step && !this.#scenario.visibleSteps.includes(step)) return false;
    if (this.#scenario.scenario.isReadOnly(pointer)) return false;
    if (pointer === '/customer_id') return reading.usesExistingMerchant;
    if (pointer.startsWith('/customer/')) return !reading.usesExistingMerchant;
    if (pointer === '/warehouse_id') return !reading.needsWarehouseForm && reading.warehouses.length > 0;
    if (pointer === platformPointer('warehouse')) return reading.needsWarehouseForm;
    if (pointer === '/store_id') return reading.usesExistingStore;
    if (pointer === '/store/name' || pointer === platformPointer('store')) return !reading.usesExistingStore;
    return true;
  }

  clearServerError(pointer: string) {
    if (!(pointer in this.#serverErrors)) return;
    const { [pointer]: _, ...rest } = this.#serverErrors;
    this.#serverErrors = rest;
    this.#host.requestUpdate();
  }

  reset() {
    this.#touched = new Set();
    this.#tried = new Set();
    this.#serverErrors = {};
    this.#host.requestUpdate();
  }

  #serverErrorsOf(step: StepNumber): Errors {
    return Object.fromEntries(Object.entries(this.#serverErrors).filter(([pointer]) => stepOfPointer(pointer) === step));
  }

  /** The wizard's own field errors of a step (platform forms report theirs), untranslated. */
  #ownErrors(step: StepNumber): Errors {
    const inputs = [this.#entries.reading, this.#localize.catalogue, this.#forms.options('store'), this.#forms.options('warehouse')];
    if (!this.#cache || this.#cache.inputs.some((input, i) => input !== inputs[i])) this.#cache = { inputs, byStep: {} };
    // Each step's errors once per change of its inputs, and only when asked for: typing on
    // step 1 does not check a merchant among 10,000.
    return (this.#cache.byStep[step] ??= this.#computeOwnErrors(step));
  }

  #computeOwnErrors(step: StepNumber): Errors {
    const errors = this.#entries.reading.errorsOf(step, this.#localize.catalogue);
    // A chosen platform the pickers no longer offer must be chosen again.
    const kind = this.formKindOf(step);
    if (kind && this.#entries.platformOf(kind) && !this.#forms.offersChosen(kind)) errors[platformPointer(kind)] ??= this.#localize.catalogue.choosePlatform;
    return errors;
  }
}
