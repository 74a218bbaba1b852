// React 19 JSX typings for the tags (types only).
export type * from './jsx.js';
// The main entry: importing it registers <add-connection-wizard> at once, and the package's
// own platform forms (infusionsoft-store-form, dropstream-warehouse-form) when the rest of
// the wizard's code has arrived. Guarded, so a second copy of the package on the page does
// not throw. Only what step 1 needs is imported statically: the first load stays small.
import { AddConnectionWizard } from './add-connection-wizard.js';
import { loadEngine } from './engine-loader.js';
import type { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
import type { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';

// The wizard first: forms upgraded after it find it at once. (Plain define calls, so the
// manifest analyzer sees the tag names.)
if (!customElements.get('add-connection-wizard')) customElements.define('add-connection-wizard', AddConnectionWizard);

export { AddConnectionWizard };

// The rest of the wizard's code starts loading now, before a wizard is on the page, and
// registers the package's own forms when it arrives. A failure is the wizard's to report.
void loadEngine().then((engine) => engine.defineBuiltinForms(), () => {});
export * from './events.js';
export { wizardContext, kindOf } from './platform/wizard-context.js';
export type { PlatformForm, PlatformFormResult, PlatformKind, WizardContextValue } from './platform/wizard-context.js';
export type { Merchant, MerchantSearch } from './wizard/draft.js';
export type { Preset } from './wizard/preset.js';
export type { EditableConnection } from './wizard/editing.js';
export type { Mode, EditStep } from './wizard/scenario.js';
export type { PlatformDefinition, FieldDefinition } from './schema/platform-definition.js';
export type { CatalogueProblem } from './schema/catalogue.js';

declare global {
  interface HTMLElementTagNameMap {
    'infusionsoft-store-form': InfusionsoftStoreForm;
    'dropstream-warehouse-form': DropstreamWarehouseForm;
  }
}
