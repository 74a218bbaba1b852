import type { EntriesController } from '../controllers/entries.js';
import type { HandoffController } from '../controllers/handoff.js';
import type { NavigationController } from '../controllers/navigation.js';
import type { PlatformFormsController } from '../controllers/platform-forms.js';
import type { SubmissionController } from '../controllers/submission.js';
import type { TestConnectionController } from '../controllers/test-connection.js';
import type { ValidationController } from '../controllers/validation.js';
import { renderField, renderReadOnly } from '../internal/field.js';
import type { Messages } from '../internal/messages.js';
import type { Merchant } from '../wizard/draft.js';
import { fieldId } from '../wizard/field-id.js';
import type { MerchantSearchController } from '../controllers/merchant-search.js';
import type { Combobox } from '../internal/combobox.js';
import type { Scenario } from '../wizard/scenario.js';

/**
 * What the step frame and the first step read and call: all a context holds before the
 * rest of the wizard's code has loaded (see wizard-preview.ts).
 */
export interface FirstStepContext {
  catalogue: Messages;
  entries: { readonly draft: { readonly name: string }; patch(values: { name: string }): void };
  validation: Pick<ValidationController, 'errorFor' | 'clearServerError' | 'touch'>;
  navigation: Pick<NavigationController, 'visibleSteps' | 'step' | 'reached' | 'goTo' | 'previousStep' | 'nextStep' | 'summary' | 'focusPointer'>;
  submission: Pick<SubmissionController, 'sending' | 'status' | 'failure' | 'notice' | 'retryable' | 'retry'>;
  scenario: Pick<Scenario, 'connection' | 'isReadOnly'>;
}

/** What the step templates read and call: the wizard's controllers and its catalogue. */
export interface StepContext extends FirstStepContext {
  catalogue: Messages;
  merchants: readonly Merchant[];
  entries: EntriesController;
  validation: ValidationController;
  navigation: NavigationController;
  forms: PlatformFormsController;
  submission: SubmissionController;
  test: TestConnectionController;
  /** The comboboxes of long lists of merchants, warehouses and stores. */
  choosers: { merchant: Combobox; warehouse: Combobox; store: Combobox };
  search: MerchantSearchController;
  /** Creating or editing; what a preset fixes. */
  scenario: Scenario;
  /** "Send to merchant", where a 3PL's wizard can offer it (not on a merchant's own page, not in edit mode). */
  handoff?: HandoffController;
}

export interface TextFieldOptions {
  required?: boolean;
  hint?: string;
  autocomplete?: string;
}

/** One of the wizard's own text fields, bound to its pointer's value, error and server error. */
export function textField(c: FirstStepContext, pointer: string, label: string, value: string, set: (value: string) => void, o: TextFieldOptions = {}) {
  // A value the host fixed is shown, not offered for editing.
  if (c.scenario.isReadOnly(pointer)) return renderReadOnly({ id: fieldId(pointer), label, value });
  return renderField({
    id: fieldId(pointer),
    label,
    value,
    hint: o.hint,
    required: o.required,
    autocomplete: o.autocomplete,
    error: c.validation.errorFor(pointer),
    disabled: c.submission.sending,
    texts: c.catalogue,
    onInput: (v) => {
      set(v);
      c.validation.clearServerError(pointer);
    },
    // A field removed by a step change is blurred while Lit commits the new step: mark it
    // touched just after, not inside that render.
    onBlur: () => queueMicrotask(() => c.validation.touch(pointer)),
  });
}
