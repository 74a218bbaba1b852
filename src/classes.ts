// The side-effect-free entry: classes and types only, nothing registered. For hosts that
// register the tags themselves (scoped registries, other names).
export { AddConnectionWizard } from './add-connection-wizard.js';
export { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';
export { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
export { PlatformDefinitionForm } from './forms/platform-definition-form.js';
export { PlatformFormElement } from './platform/platform-form-element.js';
export { wizardContext, kindOf } from './platform/wizard-context.js';
export type { PlatformForm, PlatformFormResult, PlatformKind, WizardContextValue } from './platform/wizard-context.js';
export * from './events.js';
export type { Merchant, MerchantSearch } from './wizard/draft.js';
export type { FormValues } from './platform/platform-form-element.js';
export type { PlatformDefinition, FieldDefinition } from './schema/platform-definition.js';
export type { CatalogueProblem } from './schema/catalogue.js';
