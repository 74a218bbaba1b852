import * as z from 'zod/mini';
import { infusionsoftPayStatuses, infusionsoftRules } from './infusionsoft-rules.js';
import { matchesPattern } from './safe-pattern.js';
import { optionalText, requiredSecret, requiredText } from './text.js';

export { infusionsoftPayStatuses };
const appName = infusionsoftRules.app_name;
export type InfusionsoftPayStatus = (typeof infusionsoftPayStatuses)[number];

/** The Infusionsoft store adapter of the create-connection request. */
export const infusionsoftAdapterSchema = z.object({
  // The definition's rules: its length, its pattern and the pattern's message.
  app_name: requiredText('Enter the application name (your Infusionsoft subdomain).', appName.maxLength).check(
    z.refine((value) => matchesPattern(appName.pattern!, value), appName.patternMessage),
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
