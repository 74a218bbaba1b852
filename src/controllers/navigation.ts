import type { ReactiveController } from 'lit';
import { StepChangeEvent, stepIds, type StepNumber } from '../events.js';
import { translate } from '../internal/messages.js';
import { fieldId, orderedPointers, readAdapterPointer, type Errors } from '../wizard/pointers.js';
import type { WizardHost } from './host.js';
import type { LocalizeController } from './localize.js';
import { hasLoaded, type PlatformFormsController } from './platform-forms.js';
import type { ScenarioController } from './scenario.js';
import type { ValidationController } from './validation.js';

/**
 * Moving between steps: the cancelable step-change event, validation on the way forward,
 * the error summary of a failed Continue, what the live region announces, and where focus
 * goes after each move.
 */
export class NavigationController implements ReactiveController {
  step: StepNumber = 1;
  /** The furthest step the user has reached: every step up to it is in the step list as a link. */
  reached: StepNumber = 1;
  /** What the polite live region says. */
  announcement = '';
  /** What the last failed Continue found, as links to the fields. */
  summary: { pointer: string; message: string }[] = [];
  #focusAfterUpdate?: () => void;
  /** How far the scenario starts: further than this, the user has moved on. */
  #startReached: StepNumber = 1;

  readonly #host: WizardHost;
  readonly #validation: ValidationController;
  readonly #forms: PlatformFormsController;
  readonly #localize: LocalizeController;
  readonly #scenario: ScenarioController;

  constructor(
    host: WizardHost,
    validation: ValidationController,
    forms: PlatformFormsController,
    localize: LocalizeController,
    scenario: ScenarioController,
  ) {
    this.#host = host;
    this.#validation = validation;
    this.#forms = forms;
    this.#localize = localize;
    this.#scenario = scenario;
    host.addController(this);
  }

  /** Whether the user has gone past where the scenario started. */
  get hasMoved() {
    return this.reached > this.#startReached;
  }

  /** The steps shown, in order: all four, or fewer with a preset or in edit mode. */
  get visibleSteps(): StepNumber[] {
    return this.#scenario.visibleSteps;
  }

  /** The step shown after the current one, if any. */
  get nextStep(): StepNumber | undefined {
    return this.visibleSteps.find((s) => s > this.step);
  }

  /** The step shown before the current one, if any. */
  get previousStep(): StepNumber | undefined {
    return this.visibleSteps.findLast((s) => s < this.step);
  }

  /** Where the current step is in the list shown, 1-based, and how many are shown. */
  get position(): { n: number; total: number } {
    const visible = this.visibleSteps;
    return { n: visible.indexOf(this.step) + 1, total: visible.length };
  }


  hostUpdate() {
    // Only on the step that shows the picker: a catalogue may still be on its way before.
    const kind = this.#validation.formKindOf(this.step);
    if (kind && this.step >= 3) this.#forms.preselectSinglePlatform(kind);
  }

  hostUpdated() {
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    // Just after the update, not inside it: moving focus blurs a field, which marks it
    // touched and asks for another render (Lit's change-in-update warning).
    if (focus) queueMicrotask(focus);
  }

  /** Validates each step from the current one up to (not including) `to`, then moves. */
  forwardTo(to: StepNumber) {
    const result = this.#validation.validateSteps(this.step, (to - 1) as StepNumber);
    if ('invalid' in result) return this.showInvalid(result.invalid.step, result.invalid.errors);
    this.#move(to);
  }

  back() {
    const previous = this.previousStep;
    if (previous) this.#move(previous);
  }

  /** A step of the step list: back at once, forward through validation. */
  goTo(step: StepNumber) {
    if (step < this.step) this.#move(step);
    else if (step <= this.reached) this.forwardTo(step);
  }

  /**
   * Takes the user to the step with errors, lists them in the error summary and moves
   * focus to the first invalid field.
   */
  showInvalid(step: StepNumber, errors: Errors) {
    if (step !== this.step && !this.#move(step)) return;
    const catalogue = this.#localize.catalogue;
    const pointers = orderedPointers(Object.keys(errors));
    this.summary = pointers.filter((p) => errors[p]).map((pointer) => ({ pointer, message: translate(errors[pointer], catalogue) }));
    this.announce(catalogue.fixErrors(pointers.length));
    this.#afterUpdate(() => void this.focusPointer(pointers[0]));
  }

  /** Moves focus to a field: the wizard's own, or a platform form's. */
  async focusPointer(pointer: string) {
    const adapter = readAdapterPointer(pointer);
    if (adapter) {
      const form = this.#forms.active(adapter.kind);
      // A form the wizard just rendered has not rendered its own fields yet.
      await (form as { updateComplete?: Promise<unknown> } | undefined)?.updateComplete;
      if (hasLoaded(form)) form.focusField(adapter.name || undefined);
      return;
    }
    const target = this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldId(pointer))}`);
    if (target instanceof HTMLFieldSetElement) target.querySelector<HTMLInputElement>('input:checked, input')?.focus();
    else target?.focus();
  }

  focusHeadingAfterUpdate() {
    this.#afterUpdate(() => this.#host.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }

  /** Runs once the next render is done, unless something else already asked for focus. */
  focusAfterUpdateUnlessSet(focus: () => void) {
    this.#focusAfterUpdate ??= focus;
    this.#host.requestUpdate();
  }

  announce(text: string) {
    this.announcement = text;
    this.#host.requestUpdate();
  }

  /** Puts the user back where a stored draft left them. */
  restore(step: StepNumber, reached: StepNumber) {
    const visible = this.visibleSteps;
    this.step = visible.includes(step) ? step : this.#scenario.firstStep;
    this.reached = Math.max(reached, this.step) as StepNumber;
    this.#host.requestUpdate();
  }

  /** Back to where the scenario starts: the first step shown, or the one edit mode opens on. */
  reset() {
    this.step = this.#scenario.firstStep;
    // In edit mode every step shown is filled in already: each is a link.
    this.reached = this.#startReached = this.#scenario.scenario.connection ? this.visibleSteps[this.visibleSteps.length - 1] : this.step;
    this.summary = [];
    this.#host.requestUpdate();
  }

  #move(to: StepNumber): boolean {
    const from = this.step;
    if (to === from) return true;
    const event = new StepChangeEvent({ from, to, fromId: stepIds[from - 1], toId: stepIds[to - 1] });
    if (!this.#host.dispatchEvent(event)) return false;
    const catalogue = this.#localize.catalogue;
    this.step = to;
    if (to > this.reached) this.reached = to;
    this.summary = [];
    const { n, total } = this.position;
    this.announce(catalogue.stepOf(n, total, catalogue.steps[to - 1]));
    this.focusHeadingAfterUpdate();
    return true;
  }

  #afterUpdate(focus: () => void) {
    this.#focusAfterUpdate = focus;
    this.#host.requestUpdate();
  }
}
