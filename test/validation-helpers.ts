import { fixture, html } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import type { ConnectionRequest } from '../src/schema/index.js';
import { click, fill } from './helpers.js';

/** A wizard on the page, sending to `endpoint` when given (otherwise it only fires events). */
export function openWizard(endpoint?: string) {
  return fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint=${endpoint ?? ''}></add-connection-wizard>`);
}

/** Steps 1 and 2 with a new merchant; ends on Warehouse Setup. */
export async function toWarehouseSetup(wizard: AddConnectionWizard) {
  await fill('Connection name', 'Brand Y — Infusionsoft → ACME WMS', wizard);
  await click('Continue', wizard);
  await fill('Company name', 'Brand Y', wizard);
  await click('Continue', wizard);
}

/** The request bodies the wizard handed to the host through `acw-submit`. */
export function submittedPayloads(wizard: AddConnectionWizard): ConnectionRequest[] {
  const payloads: ConnectionRequest[] = [];
  wizard.addEventListener('acw-submit', (event) => payloads.push(event.detail.payload));
  return payloads;
}

function deepElements(root: Document | ShadowRoot | Element): Element[] {
  return Array.from(root.children).flatMap((el) => [
    el,
    ...(el.shadowRoot ? deepElements(el.shadowRoot) : []),
    ...deepElements(el),
  ]);
}

/** The one visible group (fieldset) whose legend is exactly `legend`. */
export function getGroup(legend: string, root: Element | Document = document): HTMLFieldSetElement {
  const start = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = deepElements(start).filter(
    (el): el is HTMLFieldSetElement =>
      el instanceof HTMLFieldSetElement && el.checkVisibility() && el.querySelector(':scope > legend')?.textContent?.trim() === legend,
  );
  if (found.length !== 1) throw new Error(`Expected one group "${legend}", found ${found.length}`);
  return found[0];
}

/** Every `tag[name="value"]` on the page, shadow roots included, whose value contains `text`. */
export function attributesContaining(text: string): string[] {
  return deepElements(document).flatMap((el) =>
    Array.from(el.attributes)
      .filter((attr) => attr.value.includes(text))
      .map((attr) => `${el.localName}[${attr.name}="${attr.value}"]`),
  );
}
