import { html, nothing } from 'lit';
import { renderChoice } from '../internal/field.js';
import type { CustomerField, Draft } from '../wizard/draft.js';
import { fieldId } from '../wizard/pointers.js';
import { textField, type StepContext } from './context.js';
import { recordChooser } from './record-chooser.js';

/** Step 2, Merchant Information: an existing merchant, or a new one with its address. */
export function merchantStep(c: StepContext) {
  const { catalogue: m, entries } = c;
  const existing = entries.reading.usesExistingMerchant;
  const offersExisting = c.merchants.length > 0 || c.search.enabled;
  return html`
    ${c.scenario.fixesMerchantKind ? nothing : renderChoice({
      id: 'f-merchant',
      legend: m.merchantChoice,
      name: 'merchant-choice',
      value: existing ? 'existing' : 'new',
      options: [
        ...(offersExisting ? [{ value: 'existing', label: m.useExistingMerchant }] : []),
        { value: 'new', label: m.createNewMerchant },
      ],
      onChange: (value) => entries.chooseMerchantKind(value as Draft['merchantChoice']),
    })}
    ${existing ? existingMerchant(c) : newMerchant(c)}
  `;
}

function existingMerchant(c: StepContext) {
  const { catalogue: m, search, entries } = c;
  const chosen = entries.reading.merchant;
  return recordChooser({
    id: fieldId('/customer_id'),
    legend: m.merchantList,
    name: 'merchant',
    records: search.enabled ? search.results : c.merchants,
    nameOf: (merchant) => merchant.company_name ?? '',
    value: entries.draft.merchantId,
    valueLabel: chosen?.company_name,
    error: c.validation.errorFor('/customer_id'),
    combobox: c.choosers.merchant,
    texts: {
      placeholder: m.searchMerchants,
      listLabel: m.merchantList,
      popular: m.popularPlatforms,
      all: m.allPlatforms,
      noMatch: m.noMerchantMatches,
      more: m.moreMerchants,
      count: (shown, total) => (shown < total ? m.shownOf(shown, total) : m.merchantCount(total)),
    },
    remote: search.enabled
      ? {
          status: search.status,
          onQuery: search.onQuery,
          retry: search.retry,
          texts: { typeToSearch: m.typeToSearchMerchants, searching: m.searchingMerchants, failed: m.merchantSearchFailed, retry: m.retrySearch },
        }
      : undefined,
    onChange: (merchantId) => {
      entries.chooseMerchant(merchantId, search.find(merchantId));
      c.validation.clearServerError('/customer_id');
    },
  });
}

function newMerchant(c: StepContext) {
  const m = c.catalogue;
  const field = (name: CustomerField, label: string, required: boolean, autocomplete: string) =>
    textField(c, `/customer/${name}`, label, c.entries.draft.customer[name], (v) => c.entries.patch({ customer: { ...c.entries.draft.customer, [name]: v } }), {
      required,
      autocomplete,
    });
  return html`
    ${field('company_name', m.companyName, true, 'organization')}
    <fieldset class="address">
      <legend>${m.address}</legend>
      <div class="address-grid">
        ${field('address1', m.address1, false, 'address-line1')}
        ${field('address2', m.address2, false, 'address-line2')}
        ${field('address3', m.address3, false, 'address-line3')}
        ${field('city', m.city, false, 'address-level2')}
        ${field('state', m.state, false, 'address-level1')}
        ${field('zip', m.zip, false, 'postal-code')}
        ${field('country', m.country, false, 'country-name')}
      </div>
    </fieldset>
  `;
}
