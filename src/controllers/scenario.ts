import type { ReactiveController } from 'lit';
import type { StepNumber } from '../events.js';
import type { PlatformForm } from '../platform/wizard-context.js';
import type { DraftReading } from '../wizard/draft.js';
import { connectionProblem, type EditableConnection } from '../wizard/editing.js';
import { presetProblem, type Preset } from '../wizard/preset.js';
import { Scenario } from '../wizard/scenario.js';
import type { EntriesController } from './entries.js';
import type { WizardHost } from './host.js';
import type { SessionController } from './session.js';

/**
 * Creating or editing (`mode`, `connection`, `edit-step`), with or without a `preset`: reads
 * the host's properties when they change (a wrong one is reported once, naming its key, and
 * left out), and puts the wizard at the start of the new scenario.
 */
export class ScenarioController implements ReactiveController {
  scenario = new Scenario();
  /** Called when the scenario changes; `first` on the first update, when a restored draft may hold values. */
  onChange?: (first: boolean) => void;
  #seen?: unknown[];
  #content?: string;
  #visible?: { reading: DraftReading; scenario: Scenario; steps: StepNumber[] };

  readonly #host: WizardHost;
  readonly #entries: EntriesController;
  readonly #session: SessionController;

  constructor(host: WizardHost, entries: EntriesController, session: SessionController) {
    this.#host = host;
    this.#entries = entries;
    this.#session = session;
    host.addController(this);
  }

  hostUpdate() {
    const { mode, connection, editStep } = this.#host;
    // A hand-off link's preset, once read, is the preset: the 3PL fixed it, not this page.
    const preset = this.#session.preset ?? this.#host.preset;
    const inputs = [mode, preset, connection, editStep];
    const first = this.#seen === undefined;
    if (!first && inputs.every((value, i) => value === this.#seen![i])) return;
    this.#seen = inputs;
    // An equal preset or connection set again (a framework re-rendering with an inline
    // object, a dialog fetching the same connection) is no new scenario: what was typed stays.
    const content = contentOf(inputs);
    if (!first && content !== undefined && content === this.#content) return;
    this.#content = content;
    this.scenario = readScenario(mode, preset, connection, editStep);
    this.#entries.scenario = this.scenario;
    this.onChange?.(first);
  }

  /** The steps shown, in order (once per change of the values). */
  get visibleSteps(): StepNumber[] {
    const reading = this.#entries.reading;
    const cached = this.#visible;
    if (cached?.reading === reading && cached.scenario === this.scenario) return cached.steps;
    return (this.#visible = { reading, scenario: this.scenario, steps: this.scenario.visibleSteps(reading) }).steps;
  }

  get firstStep(): StepNumber {
    return this.scenario.firstStep(this.#entries.reading);
  }

  /** Gives a platform form the values the scenario knows for it (none: it starts empty). */
  prefill(form: PlatformForm, kind: 'store' | 'warehouse') {
    const known = this.scenario.prefill(kind, form.platform);
    form.prefill?.(known?.values ?? nothingKnown, { readOnly: known?.readOnly ?? false });
  }
}

/** The inputs as text, to compare by value; `undefined` when they cannot be written (a cycle). */
function contentOf(inputs: unknown[]): string | undefined {
  try {
    return JSON.stringify(inputs);
  } catch {
    return undefined;
  }
}

/** One object for "no values": a form given it again knows nothing changed. */
const nothingKnown = Object.freeze({});

function readScenario(mode: unknown, preset: unknown, connection: unknown, editStep: unknown): Scenario {
  const step = typeof editStep === 'string' ? editStep : undefined;
  if (mode === 'edit') {
    // Not set yet (a host sets `mode` in markup and `connection` once it has it): nothing to say yet.
    if (connection === undefined) return new Scenario('edit');
    const problem = connectionProblem(connection);
    if (problem) {
      console.error(`add-connection-wizard: ${problem}; there is nothing to edit.`);
      return new Scenario('edit');
    }
    if (preset !== undefined && preset !== null) console.warn('add-connection-wizard: preset is for creating connections; it is ignored in edit mode.');
    return new Scenario('edit', undefined, connection as EditableConnection, step);
  }
  if (mode !== 'create' && mode !== undefined && mode !== null && mode !== '') {
    console.error(`add-connection-wizard: mode: expected "create" or "edit", got ${JSON.stringify(String(mode).slice(0, 40))}; creating.`);
  }
  if (preset === undefined || preset === null) return new Scenario();
  const problem = presetProblem(preset);
  if (problem) {
    console.error(`add-connection-wizard: ${problem.replace(/\.$/, '')}. The preset is ignored: every step is shown.`);
    return new Scenario();
  }
  return new Scenario('create', preset as Preset);
}
