import type { Messages } from './internal/messages.js';
import type { FirstStepContext } from './steps/context.js';

/** What a person did on step 1 before the rest of the wizard's code arrived. */
export interface EarlyAnswers {
  name: string;
  touched: boolean;
}

/**
 * Step 1 as the wizard shows it while the rest of its code loads (wizard-engine.ts): the
 * name can be typed at once, and the values carry over. Nothing here validates or sends:
 * a Continue pressed this early waits for the rest, which then validates as usual.
 */
export class WizardPreview {
  readonly answers: EarlyAnswers = { name: '', touched: false };

  reset() {
    this.answers.name = '';
    this.answers.touched = false;
  }

  context(catalogue: Messages): FirstStepContext {
    const answers = this.answers;
    return {
      catalogue,
      entries: {
        draft: { name: answers.name },
        patch: ({ name }) => {
          answers.name = name;
        },
      },
      validation: {
        errorFor: () => undefined,
        clearServerError: () => {},
        touch: () => {
          answers.touched = true;
        },
      },
      navigation: {
        visibleSteps: [1, 2, 3, 4],
        step: 1,
        reached: 1,
        previousStep: undefined,
        nextStep: 2,
        summary: [],
        goTo: () => {},
        focusPointer: async () => {},
      },
      submission: { sending: false, status: 'editing', failure: undefined, notice: undefined, retryable: false, retry: () => {} },
      scenario: { connection: undefined, isReadOnly: () => false },
    };
  }
}
