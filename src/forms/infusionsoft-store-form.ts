import { html } from 'lit';
import { PlatformFormElement } from '../platform/platform-form-element.js';
import { cleanValue } from '../schema/clean.js';
import { infusionsoftAdapterSchema } from '../schema/infusionsoft.js';

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
    pay_status: '1',
  };

  constructor() {
    super();
    this.platform = 'infusionsoft';
    this.label = 'Infusionsoft';
  }

  override render() {
    return html`
      ${this.help(
        'The Infusionsoft user must have Administration privileges, and keep them for the life of the integration.',
      )}
      ${this.textField('app_name', {
        label: 'Application name',
        hint: 'Your Infusionsoft subdomain: for mystore.infusionsoft.com, enter mystore.',
        required: true,
        autocomplete: 'off',
        spellcheck: false,
        clean: (raw) => cleanValue({ subdomainOf: 'infusionsoft.com' }, raw),
      })}
      ${this.textField('username', {
        label: 'Username',
        hint: 'An Infusionsoft user with Administration privileges.',
        required: true,
        autocomplete: 'username',
        spellcheck: false,
      })}
      ${this.textField('password', {
        label: 'Password',
        required: true,
        secret: true,
        autocomplete: 'current-password',
      })}
      ${this.textField('tracking_number_custom_field_name', {
        label: 'Tracking Number Field',
        hint: 'The Infusionsoft custom field where tracking numbers are stored.',
        spellcheck: false,
      })}
      ${this.textField('shipment_date_custom_field_name', {
        label: 'Shipment Date Field',
        hint: 'The Infusionsoft custom field where shipment dates are stored.',
        spellcheck: false,
      })}
      ${this.choiceField('pay_status', {
        label: 'Pay Status',
        hint: 'Orders with this pay status are imported. To import orders with another status, enable custom fields in Infusionsoft.',
        options: [
          { value: '1', label: 'Paid' },
          { value: 'none', label: 'Not Required' },
        ],
      })}
    `;
  }
}
