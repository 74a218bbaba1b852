import * as z from 'zod/mini';
import { optionalText, requiredSecret, requiredText } from './text.js';

/** Values of Pay Status, as the DropStream API spells them. */
export const infusionsoftPayStatuses = ['1', 'none'] as const;
export type InfusionsoftPayStatus = (typeof infusionsoftPayStatuses)[number];

/** The Infusionsoft store adapter of the create-connection request. */
export const infusionsoftAdapterSchema = z.object({
  app_name: requiredText('Enter the application name (your Infusionsoft subdomain).', 63).check(
    z.refine(
      (value) => !/[.:/]/.test(value),
      'Enter only the subdomain, without “.”, “:” or “/”: for mystore.infusionsoft.com, enter mystore.',
    ),
  ),
  username: requiredText('Enter the username of an Infusionsoft administrator.'),
  password: requiredSecret('Enter the password of that administrator.'),
  tracking_number_custom_field_name: optionalText(),
  shipment_date_custom_field_name: optionalText(),
  pay_status: z._default(
    z.enum(infusionsoftPayStatuses, 'Choose Paid or Not Required.'),
    '1',
  ),
});

export type InfusionsoftAdapter = z.infer<typeof infusionsoftAdapterSchema>;
