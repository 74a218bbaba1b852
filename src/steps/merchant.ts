import { html, nothing } from 'lit';
import { renderChoice } from '../internal/field.js';
import type { CustomerField, Draft } from '../wizard/draft.js';
import { fieldId } from '../wizard/pointers.js';
import { textField, type StepContext } from './context.js';

/** Above this many merchants, a filter box narrows the list. */
const FILTER_ABOVE = 8;

/** Step 2, Merchant Information: an existing merchant, or a new one with its address. */
export function merchantStep(c: StepContext) {
  const { catalogue: m, merchants, entries } = c;
  const existing = entries.reading.usesExistingMerchant;
  return html`
    ${renderChoice({
      id: 'f-merchant',
      legend: m.merchantChoice,
      name: 'merchant-choice',
      value: existing ? 'existing' : 'new',
      options: [
        ...(merchants.length > 0 ? [{ value: 'existing', label: m.useExistingMerchant }] : []),
        { value: 'new', label: m.createNewMerchant },
      ],
      onChange: (value) => entries.chooseMerchantKind(value as Draft['merchantChoice']),
    })}
    ${existing ? existingMerchant(c) : newMerchant(c)}
  `;
}

function existingMerchant(c: StepContext) {
  const { catalogue: m, merchants, merchantFilter } = c;
  const shown = merchantFilter.shown(merchants);
  return html`
    ${merchants.length > FILTER_ABOVE
      ? html`<div part="field" class="field merchant-filter">
          <label part="label" for="f-merchant-filter">${m.filterMerchants}</label>
          <input part="input" id="f-merchant-filter" type="search" autocomplete="off" .value=${merchantFilter.text}
            @input=${(e: Event) => (merchantFilter.text = (e.target as HTMLInputElement).value)} />
        </div>`
      : nothing}
    ${shown.length === 0
      ? html`<p class="note">${m.noMerchantMatches}</p>`
      : renderChoice({
          id: fieldId('/customer_id'),
          legend: m.merchantList,
          name: 'merchant',
          layout: 'list',
          value: c.entries.draft.merchantId,
          error: c.validation.errorFor('/customer_id'),
          options: shown.map((merchant) => ({ value: String(merchant.id), label: merchant.company_name })),
          onChange: (merchantId) => {
            c.entries.chooseMerchant(merchantId);
            c.validation.clearServerError('/customer_id');
          },
        })}
  `;
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
