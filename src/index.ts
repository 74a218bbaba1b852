// The main entry: importing it registers the elements. Guarded, so a second copy of the
// package on the page does not throw. (Plain `customElements.define` calls, so that the
// manifest analyzer sees the tag names.)
import { AddConnectionWizard } from './add-connection-wizard.js';
import { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
import { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';

// The wizard first: forms upgraded after it find it at once.
if (!customElements.get('add-connection-wizard')) customElements.define('add-connection-wizard', AddConnectionWizard);
if (!customElements.get('infusionsoft-store-form')) customElements.define('infusionsoft-store-form', InfusionsoftStoreForm);
if (!customElements.get('dropstream-warehouse-form')) customElements.define('dropstream-warehouse-form', DropstreamWarehouseForm);

export * from './classes.js';

declare global {
  interface HTMLElementTagNameMap {
    'infusionsoft-store-form': InfusionsoftStoreForm;
    'dropstream-warehouse-form': DropstreamWarehouseForm;
  }
}
