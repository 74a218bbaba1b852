import type { Combobox, ComboboxTexts, RemoteSearch } from '../internal/combobox.js';
import { renderChoice } from '../internal/field.js';
import type { Messages } from '../internal/messages.js';
import type { PickerOption } from '../internal/option-index.js';

/** Up to this many records are a list of radio buttons; more become a searchable combobox. */
const RADIOS_UP_TO = 8;

type ChoosableRecord = { id: string | number; name?: string; company_name?: string };

export interface RecordChooserOptions {
  id: string;
  legend: string;
  name: string;
  records: readonly ChoosableRecord[];
  /** A record's name, when it is not `name` (a merchant's `company_name`). */
  nameOf?: (record: ChoosableRecord) => string;
  value: string;
  error?: string;
  hint?: string;
  /** While the request is in flight. */
  disabled?: boolean;
  combobox: Combobox;
  texts: ComboboxTexts;
  /** The host searches the records itself: always a combobox, showing its results. */
  remote?: RemoteSearch;
  /** The chosen record's name when the records (a search's results) no longer hold it. */
  valueLabel?: string;
  onChange: (value: string) => void;
}

// The options of a list of records, made once per list: a list may hold 10,000 merchants.
const optionsCache = new WeakMap<object, PickerOption[]>();
function optionsOf(records: readonly ChoosableRecord[], nameOf: (record: ChoosableRecord) => string): PickerOption[] {
  let options = optionsCache.get(records);
  if (!options) {
    options = records.map((r) => ({ value: String(r.id), label: nameOf(r) }));
    optionsCache.set(records, options);
  }
  return options;
}

/** Merchants, warehouses or stores: a short list of radio buttons, or a searchable combobox. */
export function recordChooser(o: RecordChooserOptions) {
  const options = optionsOf(o.records, o.nameOf ?? ((r) => r.name ?? ''));
  if (!o.remote && options.length <= RADIOS_UP_TO) {
    return renderChoice({ id: o.id, legend: o.legend, name: o.name, layout: 'list', hint: o.hint, value: o.value, error: o.error, disabled: o.disabled, options, onChange: o.onChange });
  }
  return o.combobox.render({
    id: o.id,
    label: o.legend,
    value: o.value,
    valueLabel: o.valueLabel,
    options,
    hint: o.hint,
    error: o.error,
    disabled: o.disabled,
    texts: o.texts,
    remote: o.remote,
    // Found by number too: support teams quote merchant numbers.
    matchValue: true,
    onChange: o.onChange,
  });
}

/** What a combobox of warehouses or stores says (merchants have their own, with search). */
export const recordTexts = (m: Messages, count: (total: number) => string): ComboboxTexts => ({
  placeholder: m.searchPlatforms,
  listLabel: m.suggestions,
  popular: m.popularPlatforms,
  all: m.allPlatforms,
  noMatch: m.noMatches,
  more: m.morePlatforms,
  count: (shown, total) => (shown < total ? m.shownOf(shown, total) : count(total)),
});
