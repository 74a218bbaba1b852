import { html } from 'lit';
import { PlatformFormElement } from '../platform/platform-form-element.js';
import { cleanValue } from '../schema/clean.js';
import { infusionsoftPayStatuses, infusionsoftRules } from '../schema/infusionsoft-rules.js';
import { infusionsoftAdapterSchema } from '../schema/infusionsoft.js';

/** A field's rules, from the one place they are written; its text comes translated from the messages. */
const rules = (name: string) => {
  const { required, autocomplete, clean } = infusionsoftRules[name] ?? {};
  return { required, autocomplete, spellcheck: false, clean: clean && ((raw: string) => cleanValue(clean, raw)) };
};

/**
 * @summary Infusionsoft credentials and import settings for the wizard's Store Setup step.
 *
 * Slot it into `<add-connection-wizard>` as `slot="store-form" platform="infusionsoft"`;
 * the wizard also renders it by itself when no form is slotted for Infusionsoft.
 *
 * @example
 * <add-connection-wizard endpoint="/api/connections">
 *   <infusionsoft-store-form slot="store-form" platform="infusionsoft"></infusionsoft-store-form>
 * </add-connection-wizard>
 */
export class InfusionsoftStoreForm extends PlatformFormElement {
  protected readonly schema = infusionsoftAdapterSchema;
  protected readonly initialValues = {
    app_name: '',
    username: '',
    password: '',
    tracking_number_custom_field_name: '',
    shipment_date_custom_field_name: '',
    pay_status: infusionsoftPayStatuses[0],
  };

  constructor() {
    super();
    this.platform = 'infusionsoft';
    this.label = 'Infusionsoft';
  }

  override render() {
    const m = this.messages.infusionsoft;
    return html`
      ${this.help(m.help)}
      ${this.textField('app_name', { label: m.appName, hint: m.appNameHint, ...rules('app_name') })}
      ${this.textField('username', { label: m.username, hint: m.usernameHint, ...rules('username') })}
      ${this.textField('password', { label: m.password, secret: true, ...rules('password') })}
      ${this.textField('tracking_number_custom_field_name', { label: m.trackingField, hint: m.trackingFieldHint, spellcheck: false })}
      ${this.textField('shipment_date_custom_field_name', { label: m.shipmentDateField, hint: m.shipmentDateFieldHint, spellcheck: false })}
      ${this.choiceField('pay_status', {
        label: m.payStatus,
        hint: m.payStatusHint,
        options: [
          { value: infusionsoftPayStatuses[0], label: m.paid },
          { value: infusionsoftPayStatuses[1], label: m.notRequired },
        ],
      })}
    `;
  }
}
