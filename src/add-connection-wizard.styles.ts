import { comboboxStyles } from './internal/combobox.styles.js';
import { fieldStyles, tokens } from './internal/field.styles.js';
import { doneStyles } from './steps/done.styles.js';
import { footerStyles } from './steps/footer.styles.js';
import { handoffStyles } from './steps/handoff.styles.js';
import { panelStyles } from './steps/panel.styles.js';
import { platformSectionStyles } from './steps/platform-section.styles.js';
import { problemsStyles } from './steps/problems.styles.js';
import { stepperStyles } from './steps/stepper.styles.js';

/** The wizard's styles: the tokens and fields first, then each part's own, kept beside the module that renders it. */
export const styles = [
  tokens,
  fieldStyles,
  panelStyles,
  stepperStyles,
  comboboxStyles,
  platformSectionStyles,
  handoffStyles,
  problemsStyles,
  footerStyles,
  doneStyles,
];
