import type { ReactiveController } from 'lit';
import { AbandonEvent, stepIds } from '../events.js';
import type { PlatformForm } from '../platform/wizard-context.js';
import { clearDraft, loadDraft, saveDraft, type SavedDraft } from '../wizard/draft-storage.js';
import { isPlainObject, isRecordId } from '../wizard/preset.js';
import type { EntriesController } from './entries.js';
import type { WizardHost } from './host.js';
import type { NavigationController } from './navigation.js';
import { hasLoaded, type PlatformFormsController } from './platform-forms.js';
import type { SubmissionController } from './submission.js';

export interface DraftParts {
  entries: EntriesController;
  forms: PlatformFormsController;
  navigation: NavigationController;
  submission: SubmissionController;
}

/** Draft keys in use by a connected wizard: a second wizard with the same key would overwrite the first's draft. */
const keysInUse = new Map<string, DraftController>();

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
  /** A key found in use by another wizard, warned about once. */
  #warnedKey?: string;
  #abandonReported = false;
  /**
   * Something was typed or chosen since the last reset, in a platform form too: in edit
   * mode or on a one-step preset page, a new password is all a user may type.
   */
  #typed = false;
  #seen?: { draft: unknown; step: number; pendingKey?: string };
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
    const typed = () => {
      this.#typed = true;
      this.#scheduleSave();
    };
    host.addEventListener('input', typed);
    host.addEventListener('change', typed);
    parts.forms.onRegister = (form, key) => this.#restoreForm(form, key);
  }

  hostConnected() {
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
    if (!this.#host.hasUpdated && this.#key) this.#restore(this.#key);
  }

  hostDisconnected() {
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    if (this.#saveTimer) this.#save();
    for (const [key, owner] of keysInUse) if (owner === this) keysInUse.delete(key);
  }

  hostUpdate() {
    // A draft key set as a property after the element was added still restores, as long
    // as nothing was typed yet.
    const key = this.#key;
    if (key && this.#restoredFrom !== key && !this.hasStarted()) this.#restore(key);
  }

  hostUpdated() {
    const draft = this.#parts.entries.draft;
    const step = this.#parts.navigation.step;
    const pendingKey = this.#parts.submission.pendingKey;
    const seen = this.#seen;
    if (seen && (seen.draft !== draft || seen.step !== step || seen.pendingKey !== pendingKey)) this.#scheduleSave();
    this.#seen = { draft, step, pendingKey };
  }

  /**
   * The draft key this wizard may use: its `draft-key`, unless another wizard on the page
   * holds the same key (then drafts are off here, with a warning, rather than clobbered).
   */
  get #key(): string {
    const key = this.#draftKeyOfScenario;
    if (!key) return '';
    // Off the page (saving on the way out): only a key it holds, or one nobody holds.
    if (!this.#host.isConnected) return !keysInUse.has(key) || keysInUse.get(key) === this ? key : '';
    const owner = keysInUse.get(key);
    if (owner === this) return key;
    if (owner && owner.#host.isConnected) {
      if (this.#warnedKey !== key) {
        this.#warnedKey = key;
        console.warn(`add-connection-wizard: draft-key ${JSON.stringify(key)} is used by another wizard on this page; this one keeps no draft. Give each wizard its own key.`);
      }
      return '';
    }
    for (const [held, holder] of keysInUse) if (holder === this) keysInUse.delete(held);
    keysInUse.set(key, this);
    return key;
  }

  /** `draft-key`; in edit mode one per connection (`key:edit:981`), so two connections' edits never mix. */
  get #draftKeyOfScenario(): string {
    const { draftKey, mode, connection } = this.#host;
    if (!draftKey || mode !== 'edit') return draftKey;
    return isPlainObject(connection) && isRecordId(connection.id) ? `${draftKey}:edit:${String(connection.id)}` : '';
  }

  get #isDone() {
    return this.#parts.submission.status === 'done';
  }

  /** Whether the user has begun: typed something or gone past the first step. */
  hasStarted() {
    return !this.#isDone && (this.#typed || this.#parts.entries.hasInput || this.#parts.navigation.hasMoved);
  }

  /** Deletes the stored draft (after success or Cancel). */
  forget() {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#savedForms = {};
    if (this.#key) clearDraft(this.#key);
  }

  reset() {
    this.#abandonReported = false;
    this.#typed = false;
  }

  /** Reads the stored draft again at the next update (the scenario changed before anything was typed). */
  restoreAgain() {
    this.#restoredFrom = undefined;
  }

  #restore(key: string) {
    this.#restoredFrom = key;
    const saved = loadDraft(key);
    if (!saved) return;
    this.#parts.entries.restore(saved.draft);
    this.#parts.navigation.restore(saved.step, saved.reached);
    this.#savedForms = saved.forms ?? {};
    // Only a key the wizard could have made: anything else would be refused by fetch on every attempt.
    if (typeof saved.idempotencyKey === 'string' && /^[A-Za-z0-9-]{1,200}$/.test(saved.idempotencyKey)) {
      this.#parts.submission.restorePendingKey(saved.idempotencyKey);
    }
  }

  #restoreForm(form: PlatformForm, key: string) {
    const saved = this.#savedForms[key];
    if (!saved) return;
    form.restoreDraft?.(saved);
    // Once: a form that registers again (back on the page after a step change) keeps what
    // was typed since. It holds the values now; saving reads them from it.
    const { [key]: _, ...others } = this.#savedForms;
    this.#savedForms = others;
  }

  #scheduleSave() {
    if (!this.#key || this.#isDone) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), 250);
  }

  #save() {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    const key = this.#key;
    if (!key || !this.hasStarted()) return;
    const { entries, forms, navigation } = this.#parts;
    const kept: SavedDraft['forms'] = { ...this.#savedForms };
    for (const form of forms.all) {
      const values = hasLoaded(form) ? form.draftValues?.() : undefined;
      if (values) kept[forms.keyOf(form)] = values;
    }
    const idempotencyKey = this.#parts.submission.pendingKey;
    saveDraft(key, { version: 1, step: navigation.step, reached: navigation.reached, draft: entries.draft, forms: kept, ...(idempotencyKey ? { idempotencyKey } : {}) });
  }

  #reportAbandon() {
    if (this.#abandonReported || !this.hasStarted()) return;
    this.#abandonReported = true;
    if (this.#saveTimer) this.#save();
    const step = this.#parts.navigation.step;
    this.#host.dispatchEvent(new AbandonEvent({ step, stepId: stepIds[step - 1] }));
  }
}
