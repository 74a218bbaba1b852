import type { ReactiveController } from 'lit';
import { AbandonEvent, stepIds } from '../events.js';
import type { PlatformForm } from '../platform/wizard-context.js';
import { clearDraft, loadDraft, saveDraft, type SavedDraft } from '../wizard/draft-storage.js';
import type { EntriesController } from './entries.js';
import type { WizardHost } from './host.js';
import type { NavigationController } from './navigation.js';
import { hasLoaded, type PlatformFormsController } from './platform-forms.js';

export interface DraftParts {
  entries: EntriesController;
  forms: PlatformFormsController;
  navigation: NavigationController;
  /** Whether the connection was created: nothing is left to keep or to warn about. */
  isDone: () => boolean;
}

/**
 * Keeping a draft (opt-in with `draft-key`): the non-secret values and the step go to
 * `localStorage` a moment after each change and come back on load; the browser is asked to
 * confirm leaving (`warn-on-leave`); `acw-abandon` reports a started wizard left behind.
 */
export class DraftController implements ReactiveController {
  /** Form values from a restored draft, applied when each form registers. */
  #savedForms: SavedDraft['forms'] = {};
  #saveTimer?: ReturnType<typeof setTimeout>;
  #restoredFrom?: string;
  #abandonReported = false;
  #seen?: { draft: unknown; step: number };
  readonly #onPageHide = () => this.#reportAbandon();
  readonly #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.#host.warnOnLeave && this.hasStarted()) event.preventDefault();
  };

  readonly #host: WizardHost;
  readonly #parts: DraftParts;

  constructor(host: WizardHost, parts: DraftParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
    // Platform forms keep their own values: any input inside (composed) may change a draft.
    host.addEventListener('input', () => this.#scheduleSave());
    host.addEventListener('change', () => this.#scheduleSave());
    parts.forms.onRegister = (form, key) => this.#restoreForm(form, key);
  }

  hostConnected() {
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    if (!this.#host.hasUpdated && this.#host.draftKey) this.#restore(this.#host.draftKey);
  }

  hostDisconnected() {
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    if (this.#saveTimer) this.#save();
  }

  hostUpdate() {
    // A draft key set as a property after the element was added still restores, as long
    // as nothing was typed yet.
    const key = this.#host.draftKey;
    if (key && this.#restoredFrom !== key && !this.hasStarted()) this.#restore(key);
  }

  hostUpdated() {
    const draft = this.#parts.entries.draft;
    const step = this.#parts.navigation.step;
    if (this.#seen && (this.#seen.draft !== draft || this.#seen.step !== step)) this.#scheduleSave();
    this.#seen = { draft, step };
  }

  /** Whether the user has begun: typed something or gone past the first step. */
  hasStarted() {
    return !this.#parts.isDone() && (this.#parts.entries.hasInput || this.#parts.navigation.reached > 1);
  }

  /** Deletes the stored draft (after success or Cancel). */
  forget() {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#savedForms = {};
    if (this.#host.draftKey) clearDraft(this.#host.draftKey);
  }

  reset() {
    this.#abandonReported = false;
  }

  #restore(key: string) {
    this.#restoredFrom = key;
    const saved = loadDraft(key);
    if (!saved) return;
    this.#parts.entries.restore(saved.draft);
    this.#parts.navigation.restore(saved.step, saved.reached);
    this.#savedForms = saved.forms ?? {};
  }

  #restoreForm(form: PlatformForm, key: string) {
    const saved = this.#savedForms[key];
    if (saved) form.restoreDraft?.(saved);
  }

  #scheduleSave() {
    if (!this.#host.draftKey || this.#parts.isDone()) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), 250);
  }

  #save() {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (!this.#host.draftKey || !this.hasStarted()) return;
    const { entries, forms, navigation } = this.#parts;
    const kept: SavedDraft['forms'] = { ...this.#savedForms };
    for (const form of forms.all) {
      const values = hasLoaded(form) ? form.draftValues?.() : undefined;
      if (values) kept[forms.keyOf(form)] = values;
    }
    saveDraft(this.#host.draftKey, { version: 1, step: navigation.step, reached: navigation.reached, draft: entries.draft, forms: kept });
  }

  #reportAbandon() {
    if (this.#abandonReported || !this.hasStarted()) return;
    this.#abandonReported = true;
    if (this.#saveTimer) this.#save();
    const step = this.#parts.navigation.step;
    this.#host.dispatchEvent(new AbandonEvent({ step, stepId: stepIds[step - 1] }));
  }
}
