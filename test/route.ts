// The one way the browser suites walk to a step: each destination goes through the steps
// before it the way a person does (labels, buttons, Continue), with values that pass.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AddConnectionWizard, Merchant, PlatformDefinition } from '../src/index.js';
import { en, type Messages } from '../src/messages.js';
import { click, currentHeading, errorOf, fill, getByLabel, queryByLabel, select, settle, waitFor } from './helpers.js';

/** What the route types when it is given nothing else, field by field. */
export const typed = {
  'Connection name': 'Brand Y — Infusionsoft → ACME WMS',
  'Company name': 'Brand Y',
  'Connection string': 'sftp://wh1:secret@ftp.example.com',
  Name: 'Brand Y Store',
  'Application name': 'brandy',
  Username: 'admin@example.com',
  Password: 'hunter2',
} as const;

/** The request body of the route's defaults: new merchant, File Exchange warehouse, Infusionsoft store. */
export const typedRequest = {
  name: typed['Connection name'],
  customer: { company_name: typed['Company name'] },
  warehouse: { platform: 'dropstream', adapter: { connection_string: typed['Connection string'] } },
  store: {
    name: typed.Name,
    platform: 'infusionsoft',
    adapter: { app_name: typed['Application name'], username: typed.Username, password: typed.Password, pay_status: '1' },
  },
};

/** Merchants a host could hand the wizard: one with warehouses and a store, one with a single warehouse. */
export const merchants: Merchant[] = [
  {
    id: 101,
    company_name: 'Brand X',
    warehouses: [
      { id: 11, name: 'ACME WMS — Newark' },
      { id: 12, name: 'ACME WMS — Reno' },
    ],
    stores: [{ id: 501, name: 'Brand X Store', platform: 'infusionsoft' }],
  },
  { id: 102, company_name: 'Oak & Ember', warehouses: [{ id: 21, name: 'Default warehouse' }] },
];

export interface WizardOptions {
  endpoint?: string;
  testEndpoint?: string;
  draftKey?: string;
  warnOnLeave?: boolean;
  lang?: string;
  /** Set as properties once the wizard is on the page, as a host that fetched them would. */
  merchants?: Merchant[];
  platforms?: PlatformDefinition[];
}

/** A wizard on the page (defined on first use: importing this module registers nothing). */
export async function renderWizard(o: WizardOptions = {}) {
  await import('../src/index.js');
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard
    endpoint=${ifDefined(o.endpoint)}
    test-endpoint=${ifDefined(o.testEndpoint)}
    draft-key=${ifDefined(o.draftKey)}
    ?warn-on-leave=${o.warnOnLeave}
    lang=${ifDefined(o.lang)}
  ></add-connection-wizard>`);
  if (o.merchants) wizard.merchants = o.merchants;
  if (o.platforms) wizard.platforms = o.platforms;
  if (o.merchants || o.platforms) await settle();
  return wizard;
}

/** Values by visible label; `true` chooses the radio button or checkbox with that label. */
export type Fields = Record<string, string | true>;

export interface Route {
  /** The wizard's language, for its labels and buttons (English by default). */
  messages?: Messages;
  /** Step 1: the connection name. */
  name?: string;
  /** Step 2: an existing merchant by company name, or the fields of a new merchant. */
  merchant?: string | Fields;
  /** Step 3: one of the existing merchant's warehouses, or the fields of the warehouse form. */
  warehouse?: string | Fields;
  /** Step 4: the store platform to choose in the Platform list, by its label. */
  platform?: string;
  /** Step 4: one of the existing merchant's stores, or the fields of a new store. */
  store?: string | Fields;
}

const labels = (m: Messages) => ({
  name: { [m.connectionName]: typed['Connection name'] } as Fields,
  merchant: { [m.companyName]: typed['Company name'] } as Fields,
  warehouse: { [m.fileExchange.connectionString]: typed['Connection string'] } as Fields,
  store: {
    [m.storeName]: typed.Name,
    [m.infusionsoft.appName]: typed['Application name'],
    [m.infusionsoft.username]: typed.Username,
    [m.infusionsoft.password]: typed.Password,
  } as Fields,
});

async function fillAll(wizard: AddConnectionWizard, fields: Fields) {
  for (const [label, value] of Object.entries(fields)) {
    if (value === true) await chooseOnce(wizard, label);
    else await fill(label, value, wizard);
  }
}

/** Chooses the radio button or checkbox labelled `label` unless it is chosen already (or absent, when `optional`). */
async function chooseOnce(wizard: AddConnectionWizard, label: string, optional = false) {
  const radio = optional ? queryByLabel(label, wizard) : await waitFor(() => getByLabel(label, wizard));
  if (radio && !radio.checked) {
    radio.click();
    await settle();
  }
}

async function continueTo(wizard: AddConnectionWizard, m: Messages, step: number) {
  await click(m.continue, wizard);
  const heading = currentHeading(wizard);
  if (heading !== m.steps[step - 1]) {
    const invalid = Array.from(wizard.shadowRoot!.querySelectorAll('[aria-invalid="true"]'), (el) => `${el.id}: ${errorOf(el)}`);
    throw new Error(`The route expected step ${step} (${m.steps[step - 1]}), but the wizard shows "${heading}"; invalid: ${invalid.join(', ') || 'none'}`);
  }
}

// Each destination goes on from the step the wizard shows: the steps before it are skipped.

/** Step 1 filled; ends on Merchant Information. */
export async function toMerchantStep(wizard: AddConnectionWizard, route: Route = {}) {
  if (wizard.currentStep >= 2) return;
  const m = route.messages ?? en;
  await fillAll(wizard, route.name === undefined ? labels(m).name : { [m.connectionName]: route.name });
  await continueTo(wizard, m, 2);
}

/** Steps 1–2 filled (a new merchant unless `merchant` names one); ends on Warehouse Setup. */
export async function toWarehouseStep(wizard: AddConnectionWizard, route: Route = {}) {
  if (wizard.currentStep >= 3) return;
  const m = route.messages ?? en;
  await toMerchantStep(wizard, route);
  if (typeof route.merchant === 'string') {
    await chooseOnce(wizard, m.useExistingMerchant);
    await chooseOnce(wizard, route.merchant);
  } else {
    await chooseOnce(wizard, m.createNewMerchant);
    await fillAll(wizard, route.merchant ?? labels(m).merchant);
  }
  await continueTo(wizard, m, 3);
}

/** Steps 1–3 filled (the File Exchange warehouse of a new merchant by default); ends on Store Setup. */
export async function toStoreStep(wizard: AddConnectionWizard, route: Route = {}) {
  if (wizard.currentStep >= 4) return;
  const m = route.messages ?? en;
  await toWarehouseStep(wizard, route);
  if (typeof route.warehouse === 'string') await chooseOnce(wizard, route.warehouse);
  else if (typeof route.merchant !== 'string') await fillAll(wizard, route.warehouse ?? labels(m).warehouse);
  await continueTo(wizard, m, 4);
}

/** Every step filled (an Infusionsoft store of a new merchant by default); Add connection not pressed yet. */
export async function readyToSubmit(wizard: AddConnectionWizard, route: Route = {}) {
  const m = route.messages ?? en;
  await toStoreStep(wizard, route);
  if (typeof route.store === 'string') {
    await chooseOnce(wizard, m.useExistingStore);
    await chooseOnce(wizard, route.store);
    return;
  }
  await chooseOnce(wizard, m.createNewStore, true);
  const { [m.storeName]: storeName, ...platformFields } = route.store ?? labels(m).store;
  if (storeName !== undefined) await fillAll(wizard, { [m.storeName]: storeName });
  if (route.platform) await select(m.platform, route.platform, wizard);
  await fillAll(wizard, platformFields);
}
