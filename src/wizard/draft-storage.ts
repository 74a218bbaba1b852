import type { StepNumber } from '../events.js';
import type { Draft } from './draft.js';

/**
 * What survives a reload: the wizard's own values (none of them secret), the step, and
 * each platform form's non-secret values. Secrets are never in it.
 */
export interface SavedDraft {
  version: 1;
  step: StepNumber;
  reached: StepNumber;
  draft: Draft;
  /** Non-secret values by form, keyed `kind:platform`. */
  forms: Record<string, Record<string, string | boolean>>;
  /** The Idempotency-Key of a submission whose outcome is unknown (not a secret). */
  idempotencyKey?: string;
}

const storageKey = (key: string) => `add-connection-wizard:${key}`;

// Storage may be full, disabled or blocked (private modes, sandboxed frames): a draft is a
// convenience, never a reason to fail.
export function loadDraft(key: string): SavedDraft | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(key)) ?? 'null') as SavedDraft | null;
    const steps = [1, 2, 3, 4];
    const valid =
      saved?.version === 1 && typeof saved.draft === 'object' && saved.draft !== null && !Array.isArray(saved.draft) &&
      steps.includes(saved.step) && steps.includes(saved.reached) && saved.reached >= saved.step;
    return valid ? saved : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, saved: SavedDraft) {
  try {
    localStorage.setItem(storageKey(key), JSON.stringify(saved));
  } catch {
    /* see above */
  }
}

export function clearDraft(key: string) {
  try {
    localStorage.removeItem(storageKey(key));
  } catch {
    /* see above */
  }
}
