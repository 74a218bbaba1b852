// Registers the package's platform-form elements at once instead of when the wizard first
// needs them: for pages that use <infusionsoft-store-form> and friends directly, and for
// the single-file bundle, whose code is all loaded anyway.
import { builtinForms, ensureDefined } from './builtin-forms.js';

export const formsDefined: Promise<void[]> = Promise.all(builtinForms.map(ensureDefined));
