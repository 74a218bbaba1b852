// Infusionsoft, written once: its English text and its fields' rules. The shipped
// `infusionsoft-store-form`, `infusionsoftAdapterSchema`, the `infusionsoft` definition of
// `add-connection-wizard/platforms` and the English messages all read them from here;
// the catalogues of other languages hold only their translations of `infusionsoftText`.
import type { FieldDefinition } from './platform-definition.js';

/** Values of Pay Status, as the DropStream API spells them. */
export const infusionsoftPayStatuses = ['1', 'none'] as const;

/** The English text of Infusionsoft's form (the English messages' `infusionsoft`). */
export const infusionsoftText = {
  help: 'The Infusionsoft user must have Administration privileges, and keep them for the life of the integration.',
  appName: 'Application name',
  appNameHint: 'Your Infusionsoft subdomain: for mystore.infusionsoft.com, enter mystore.',
  username: 'Username',
  usernameHint: 'An Infusionsoft user with Administration privileges.',
  password: 'Password',
  trackingField: 'Tracking Number Field',
  trackingFieldHint: 'The Infusionsoft custom field where tracking numbers are stored.',
  shipmentDateField: 'Shipment Date Field',
  shipmentDateFieldHint: 'The Infusionsoft custom field where shipment dates are stored.',
  payStatus: 'Pay Status',
  payStatusHint: 'Orders with this pay status are imported. To import orders with another status, enable custom fields in Infusionsoft.',
  paid: 'Paid',
  notRequired: 'Not Required',
};

type Rules = Partial<Pick<FieldDefinition, 'required' | 'pattern' | 'patternMessage' | 'clean' | 'autocomplete' | 'maxLength'>>;

/**
 * Each field's rules, by adapter key. The credentials are an Infusionsoft login, not this
 * site's: the browser must not offer the user's own (`off`, `new-password`).
 */
export const infusionsoftRules: Record<string, Rules> = {
  app_name: {
    required: true,
    pattern: '[^.:/]+',
    patternMessage: 'Enter only the subdomain, without “.”, “:” or “/”: for mystore.infusionsoft.com, enter mystore.',
    clean: { subdomainOf: 'infusionsoft.com' },
    autocomplete: 'off',
    maxLength: 63,
  },
  username: { required: true, autocomplete: 'off', clean: 'trim' },
  password: { required: true, autocomplete: 'new-password' },
};
