// The demo's scenario switcher: the normal create flow, a "Reconnect" of a stored connection
// (edit mode) and a merchant-facing page (a preset), as a host page would set them up.
import type { AddConnectionWizard, EditableConnection, Preset } from '../src/index.js';
import { demoMerchants, sampleConnection } from './mock-backend.js';

type ScenarioName = 'create' | 'edit' | 'preset';

const page: Record<ScenarioName, { crumbs: string; title: string; lead: string }> = {
  create: {
    crumbs: 'Connections / New',
    title: 'Add a connection',
    lead: 'Connect a merchant’s online store to one of our warehouses. Orders start flowing once you enable the connection.',
  },
  edit: {
    crumbs: 'Connections / Reconnect',
    title: 'Reconnect a connection',
    lead: 'Credentials changed? Type the new ones; leave a secret empty to keep the one we have.',
  },
  preset: {
    crumbs: 'Invitation from Northwind Fulfilment',
    title: 'Connect your store',
    lead: 'Northwind Fulfilment ships your orders. Give us access to your store and we take it from there.',
  },
};

/** Brand X, its first warehouse, an Infusionsoft store: what a 3PL's invitation fixes. */
export function merchantPreset(): Preset {
  const [merchant] = demoMerchants;
  const [warehouse] = merchant.warehouses ?? [];
  return {
    name: `${merchant.company_name} — Infusionsoft → ${warehouse.name}`,
    customer_id: merchant.id,
    warehouse_id: warehouse.id,
    store: { platform: 'infusionsoft' },
  };
}

export function setUpScenarios(wizard: AddConnectionWizard, lastCreatedId: () => number | undefined) {
  const buttons = {
    create: document.querySelector<HTMLButtonElement>('#scenario-create')!,
    edit: document.querySelector<HTMLButtonElement>('#scenario-edit')!,
    preset: document.querySelector<HTMLButtonElement>('#scenario-preset')!,
  };
  const status = document.querySelector<HTMLParagraphElement>('#scenario-status')!;

  const show = (name: ScenarioName, said: string) => {
    for (const [key, button] of Object.entries(buttons)) button.setAttribute('aria-pressed', String(key === name));
    document.querySelector('.crumbs')!.textContent = page[name].crumbs;
    document.querySelector('#page-title')!.textContent = page[name].title;
    document.querySelector('.lead')!.textContent = page[name].lead;
    status.textContent = said;
  };

  buttons.create.addEventListener('click', () => {
    wizard.connection = undefined;
    wizard.preset = undefined;
    wizard.mode = 'create';
    show('create', 'Creating a connection.');
  });

  // As a connections page would: ask the API for the connection, which answers it without secrets.
  buttons.edit.addEventListener('click', async () => {
    const id = lastCreatedId() ?? sampleConnection.id;
    const response = await fetch(`/api/connections/${id}`);
    if (!response.ok) {
      status.textContent = `Could not load connection #${id} (${response.status}).`;
      return;
    }
    wizard.preset = undefined;
    wizard.editStep = 'store';
    wizard.connection = (await response.json()) as EditableConnection;
    wizard.mode = 'edit';
    show('edit', `Editing connection #${id}${id === sampleConnection.id ? ' (a sample)' : ''}.`);
  });

  buttons.preset.addEventListener('click', () => {
    wizard.connection = undefined;
    wizard.mode = 'create';
    wizard.preset = merchantPreset();
    show('preset', 'Merchant, warehouse, name and platform are preset: the merchant types only the store’s details.');
  });

  show('create', 'Creating a connection.');
}
