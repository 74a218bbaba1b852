import { html, nothing } from 'lit';
import { renderChoice, renderReadOnly } from '../internal/field.js';
import type { Draft } from '../wizard/draft.js';
import { fieldId } from '../wizard/pointers.js';
import { textField, type StepContext } from './context.js';
import { handoffSection } from './handoff.js';
import { platformSection } from './platform-section.js';
import { recordChooser, recordTexts } from './record-chooser.js';

/** Step 4, Store Setup: a new store (name, platform, credentials) or one of the merchant's stores. */
export function storeStep(c: StepContext) {
  const { catalogue: m, entries } = c;
  const reading = entries.reading;
  // Everything preset, the store by id: nothing to ask, only what will be sent.
  const presetStore = c.scenario.preset?.store_id;
  if (presetStore !== undefined) {
    const listed = reading.stores.find((s) => String(s.id) === String(presetStore));
    return renderReadOnly({ id: fieldId('/store_id'), label: m.storeList, value: listed?.name ?? String(presetStore) });
  }
  const existing = reading.usesExistingStore;
  return html`
    ${c.scenario.fixesStoreKind ? nothing : renderChoice({
      id: 'f-store-choice',
      legend: m.storeChoice,
      name: 'store-choice',
      value: existing ? 'existing' : 'new',
      options: [
        { value: 'new', label: m.createNewStore },
        ...(reading.stores.length > 0 ? [{ value: 'existing', label: m.useExistingStore }] : []),
      ],
      disabled: c.submission.sending,
      onChange: (value) => entries.patch({ storeChoice: value as Draft['storeChoice'] }),
    })}
    ${existing
      ? recordChooser({
          id: fieldId('/store_id'),
          legend: m.storeList,
          name: 'store',
          disabled: c.submission.sending,
          value: entries.draft.storeId,
          error: c.validation.errorFor('/store_id'),
          records: reading.stores,
          combobox: c.choosers.store,
          texts: recordTexts(m, m.storeCount),
          onChange: (storeId) => {
            entries.patch({ storeId });
            c.validation.clearServerError('/store_id');
          },
        })
      : html`
          ${textField(c, '/store/name', m.storeName, entries.draft.storeName, (storeName) => entries.patch({ storeName }), {
            required: true,
            hint: m.storeNameHint,
            autocomplete: 'off',
          })}
          ${platformSection(c, 'store', m.platform)}
          ${handoffSection(c)}
        `}
  `;
}
