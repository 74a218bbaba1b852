import { html } from 'lit';
import { fieldId } from '../wizard/pointers.js';
import type { StepContext } from './context.js';
import { platformSection } from './platform-section.js';
import { recordChooser, recordTexts } from './record-chooser.js';

/** Step 3, Warehouse Setup: one of the merchant's warehouses, or a new merchant's warehouse credentials. */
export function warehouseStep(c: StepContext) {
  const { catalogue: m, entries } = c;
  const reading = entries.reading;
  if (reading.needsWarehouseForm) return platformSection(c, 'warehouse', m.warehousePlatform);
  if (reading.warehouses.length === 0) return html`<p class="note">${m.defaultWarehouse}</p>`;
  return recordChooser({
    id: fieldId('/warehouse_id'),
    legend: m.warehouseList,
    name: 'warehouse',
    hint: m.warehouseListHint,
    value: entries.draft.warehouseId,
    error: c.validation.errorFor('/warehouse_id'),
    disabled: c.submission.sending,
    records: reading.warehouses,
    combobox: c.choosers.warehouse,
    texts: recordTexts(m, m.warehouseCount),
    onChange: (warehouseId) => {
      entries.patch({ warehouseId });
      c.validation.clearServerError('/warehouse_id');
    },
  });
}
