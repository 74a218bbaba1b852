import { DropstreamWarehouseForm } from '../forms/dropstream-warehouse-form.js';
import { InfusionsoftStoreForm } from '../forms/infusionsoft-store-form.js';
import type { PlatformKind } from './wizard-context.js';

export interface BuiltinPlatform {
  id: string;
  kind: PlatformKind;
  label: string;
  tag: string;
  element: CustomElementConstructor;
}

/** The platforms the minimal embed offers with no children. A slotted form with the same id replaces one. */
export const builtinPlatforms: readonly BuiltinPlatform[] = [
  { id: 'infusionsoft', kind: 'store', label: 'Infusionsoft', tag: 'infusionsoft-store-form', element: InfusionsoftStoreForm },
  { id: 'dropstream', kind: 'warehouse', label: 'DropStream File Exchange', tag: 'dropstream-warehouse-form', element: DropstreamWarehouseForm },
];

/** Registers a tag unless something already did (a second copy of the package, say). */
export function defineOnce(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
