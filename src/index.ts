// The main entry: importing it registers the elements. Guarded, so a second copy of the
// package on the page does not throw.
import { AddConnectionWizard } from './add-connection-wizard.js';
import { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
import { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';
import { defineOnce } from './platform/builtin-platforms.js';

// The wizard first: forms upgraded after it find it at once.
defineOnce('add-connection-wizard', AddConnectionWizard);
defineOnce('infusionsoft-store-form', InfusionsoftStoreForm);
defineOnce('dropstream-warehouse-form', DropstreamWarehouseForm);

export * from './classes.js';

declare global {
  interface HTMLElementTagNameMap {
    'infusionsoft-store-form': InfusionsoftStoreForm;
    'dropstream-warehouse-form': DropstreamWarehouseForm;
  }
}
