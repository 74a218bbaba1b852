import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { AddConnectionWizard, Merchant } from '../src/index.js';
import { choose, click, deepActiveElement, fill, getByLabel, settle } from './helpers.js';

/** A wizard on the page, optionally with an endpoint and existing merchants. */
export async function renderWizard(o: { endpoint?: string; merchants?: Merchant[] } = {}) {
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint=${o.endpoint ?? ''}></add-connection-wizard>`);
  if (o.merchants) {
    wizard.merchants = o.merchants;
    await settle();
  }
  return wizard;
}

/** The visible control labelled `label`, or undefined when there is none. */
export function queryByLabel(label: string, root?: Element) {
  try {
    return getByLabel(label, root);
  } catch {
    return undefined;
  }
}

/** The entry of the step list titled `title` (an `<li>` inside the "Progress" navigation). */
export function stepEntry(wizard: AddConnectionWizard, title: string): HTMLLIElement {
  const nav = wizard.shadowRoot!.querySelector('nav[aria-label="Progress"]');
  if (!nav) throw new Error('No step list named "Progress"');
  const entry = Array.from(nav.querySelectorAll('li')).find((li) => li.textContent?.includes(title));
  if (!entry) throw new Error(`No step "${title}" in the step list`);
  return entry;
}

/** Steps 1–2 with an existing merchant; ends on Warehouse Setup. */
export async function pickExistingMerchant(wizard: AddConnectionWizard, company: string, name = 'Brand X — Infusionsoft → ACME WMS') {
  await fill('Connection name', name, wizard);
  await click('Continue', wizard);
  await choose('Use existing merchant', wizard);
  await choose(company, wizard);
  await click('Continue', wizard);
}

/** Presses Tab until `target()` has the focus (fails after `max` presses). */
export async function tabTo(target: () => Element, max = 30) {
  for (let i = 0; i < max; i++) {
    if (deepActiveElement() === target()) return;
    await sendKeys({ press: 'Tab' });
  }
  if (deepActiveElement() !== target()) throw new Error(`Tab never reached the target; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}

export async function press(key: string) {
  await sendKeys({ press: key });
  await settle();
}

export async function typeKeys(text: string) {
  await sendKeys({ type: text });
}

/** The Infusionsoft adapter that `fillInfusionsoft` (helpers) types. */
export const infusionsoftStore = {
  name: 'Brand Y Store',
  platform: 'infusionsoft',
  adapter: { app_name: 'brandy', username: 'admin@example.com', password: 'hunter2', pay_status: '1' },
};
