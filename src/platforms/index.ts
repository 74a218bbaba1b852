import { infusionsoftPayStatuses, infusionsoftRules, infusionsoftText } from '../schema/infusionsoft-rules.js';
import type { PlatformDefinition } from '../schema/platform-definition.js';

// Platforms described as data, with the fields and rules of DropStream's help centre. A
// host passes these (or its own, often fetched as JSON) to the wizard's `platforms`.
// The credentials are a third party's, so no field asks the browser for the site's own
// login (`username`, `current-password`); names, addresses and custom-field names that
// are not secret say `keepInDraft` so that a draft keeps them.

const t = infusionsoftText;
const r = infusionsoftRules;

/** Infusionsoft, from the same text and rules as the shipped `infusionsoft-store-form`. */
export const infusionsoft: PlatformDefinition = {
  id: 'infusionsoft',
  label: 'Infusionsoft',
  kind: 'store',
  rank: 80,
  aliases: ['Keap'],
  help: t.help,
  fields: [
    { name: 'app_name', label: t.appName, type: 'text', hint: t.appNameHint, ...r.app_name, keepInDraft: true },
    { name: 'username', label: t.username, type: 'text', hint: t.usernameHint, ...r.username, keepInDraft: true },
    { name: 'password', label: t.password, type: 'secret', ...r.password },
    { name: 'tracking_number_custom_field_name', label: t.trackingField, type: 'text', hint: t.trackingFieldHint, keepInDraft: true },
    { name: 'shipment_date_custom_field_name', label: t.shipmentDateField, type: 'text', hint: t.shipmentDateFieldHint, keepInDraft: true },
    {
      name: 'pay_status',
      label: t.payStatus,
      type: 'select',
      default: infusionsoftPayStatuses[0],
      hint: t.payStatusHint,
      options: [
        { value: infusionsoftPayStatuses[0], label: t.paid },
        { value: infusionsoftPayStatuses[1], label: t.notRequired },
      ],
    },
  ],
};

export const shopify: PlatformDefinition = {
  id: 'shopify',
  label: 'Shopify',
  kind: 'store',
  rank: 100,
  help: 'Create a custom app in your Shopify admin (Settings → Apps and sales channels → Develop apps) with order and fulfillment access, then install it to get an Admin API access token.',
  fields: [
    {
      name: 'shop_name',
      label: 'Shop name',
      type: 'text',
      required: true,
      hint: 'The subdomain of your store: for mystore.myshopify.com, enter mystore.',
      pattern: '[a-zA-Z0-9][a-zA-Z0-9-]*',
      patternMessage: 'Enter only the shop’s subdomain: for mystore.myshopify.com, enter mystore.',
      clean: { subdomainOf: 'myshopify.com' },
      autocomplete: 'off',
      keepInDraft: true,
    },
    { name: 'access_token', label: 'Admin API access token', type: 'secret', required: true, clean: 'trim', autocomplete: 'new-password', hint: 'Starts with shpat_.' },
    { name: 'location_id', label: 'Location ID', type: 'number', required: true, hint: 'The fulfilment location whose orders this warehouse ships.', clean: 'trim' },
    { name: 'exclude_empty_orders', label: 'Skip orders with nothing to ship', type: 'boolean', default: false },
    { name: 'filter_orders_by_location', label: 'Import only orders assigned to this location', type: 'boolean', default: false },
  ],
};

export const wooCommerce: PlatformDefinition = {
  id: 'woo_commerce',
  label: 'WooCommerce',
  kind: 'store',
  rank: 90,
  aliases: ['WordPress'],
  help: 'Use a WordPress user that can manage WooCommerce orders.',
  fields: [
    { name: 'url', label: 'Store URL', type: 'url', required: true, hint: 'For example https://shop.example.com.', clean: 'url', autocomplete: 'url', keepInDraft: true },
    { name: 'username', label: 'Username', type: 'text', required: true, autocomplete: 'off', clean: 'trim', keepInDraft: true },
    { name: 'password', label: 'Password', type: 'secret', required: true, autocomplete: 'new-password' },
    {
      name: 'order_import_status',
      label: 'Import orders with status',
      type: 'select',
      default: 'processing',
      options: [
        { value: 'processing', label: 'Processing' },
        { value: 'on-hold', label: 'On hold' },
        { value: 'completed', label: 'Completed' },
      ],
    },
  ],
};

export const dropstreamFileExchange: PlatformDefinition = {
  id: 'dropstream',
  label: 'DropStream File Exchange',
  kind: 'warehouse',
  rank: 100,
  help: 'The warehouse exchanges order and shipment files with DropStream on an FTP server it can reach. The server needs /in and /out folders.',
  fields: [
    {
      name: 'connection_string',
      label: 'Connection string',
      type: 'secret',
      required: true,
      hint: 'For example sftp://user:password@ftp.example.com:22. SFTP is preferred; FTPS and FTP also work. The port may be left out.',
      check: 'ftp-connection-string',
      clean: 'trim',
      autocomplete: 'new-password',
    },
  ],
};

/**
 * Shopify by consent (OAuth 2): the merchant enters the shop, presses "Connect with
 * Shopify", approves the app at Shopify, and the server keeps the token. Needs the server
 * handler's `consent.providers.shopify` (`shopifyProvider`); `shopify` above is the same
 * platform by a typed Admin API token, for hosts without an app.
 */
export const shopifyByConsent: PlatformDefinition = {
  id: 'shopify',
  label: 'Shopify',
  kind: 'store',
  rank: 100,
  help: 'Enter your shop, then connect: Shopify asks you to approve access to orders and fulfillments. No password or token is typed here.',
  auth: { type: 'oauth2', params: ['shop'] },
  fields: [
    {
      name: 'shop',
      label: 'Shop name',
      type: 'text',
      required: true,
      hint: 'The subdomain of your store: for mystore.myshopify.com, enter mystore.',
      pattern: '[a-zA-Z0-9][a-zA-Z0-9-]*',
      patternMessage: 'Enter only the shop’s subdomain: for mystore.myshopify.com, enter mystore.',
      clean: { subdomainOf: 'myshopify.com' },
      autocomplete: 'off',
      keepInDraft: true,
    },
    { name: 'exclude_empty_orders', label: 'Skip orders with nothing to ship', type: 'boolean', default: false },
  ],
};

/** Etsy by consent (OAuth 2 with PKCE): nothing to type before consent. */
export const etsyByConsent: PlatformDefinition = {
  id: 'etsy',
  label: 'Etsy',
  kind: 'store',
  rank: 60,
  help: 'Connect, then approve access to your shop’s receipts and shipments at Etsy.',
  auth: { type: 'oauth2' },
  fields: [{ name: 'import_digital', label: 'Also import digital downloads', type: 'boolean', default: false }],
};

/** The definitions this package ships. */
export const shippedPlatforms: readonly PlatformDefinition[] = [infusionsoft, shopify, wooCommerce, dropstreamFileExchange];
