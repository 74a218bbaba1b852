import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, type AnyHandler } from 'msw';
import type { AddConnectionWizard } from '../src/index.js';

// ----- The mock backend -------------------------------------------------------------

/** One msw worker for the whole test run; each test sets its own handlers. */
export const worker = setupWorker();
let started: Promise<unknown> | undefined;

export async function useBackend(...handlers: AnyHandler[]) {
  started ??= worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  await started;
  worker.resetHandlers(...handlers);
}

export interface Recorded {
  body: unknown;
  headers: Headers;
}

/** A create endpoint that records every request and answers with `answer` (201 by default). */
export function recordingEndpoint(url = '/api/connections', answer?: (attempt: number) => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const handler = http.post(url, async ({ request }) => {
    requests.push({ body: await request.json(), headers: request.headers });
    return answer ? answer(requests.length) : HttpResponse.json({ id: 42, enabled_at: null }, { status: 201 });
  });
  return { handler, requests };
}

// ----- Finding things as a person would ----------------------------------------------

/** Every element in the document and in every open shadow root below it, in tree order. */
function deepElements(root: Document | ShadowRoot | Element = document): Element[] {
  const result: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const child of Array.from(node.children)) {
      result.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return result;
}

const isShown = (el: Element) => (el as HTMLElement).checkVisibility?.() ?? true;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of a form control from its `<label>`, `aria-label` or `aria-labelledby`. */
function labelOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(root.getElementById(id))).join(' ');
  if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label')!.trim();
  const labels = (el as HTMLInputElement).labels;
  return labels && labels.length > 0 ? Array.from(labels).map(text).join(' ') : '';
}

/** The one visible control whose label is exactly `label` (throws when none or several). */
export function getByLabel<T extends HTMLElement = HTMLInputElement>(label: string, root: Element | Document = document): T {
  const found = deepElements(root).filter(
    (el) => el.matches('input, select, textarea') && isShown(el) && labelOf(el) === label,
  );
  if (found.length !== 1) throw new Error(`Expected one field labelled "${label}", found ${found.length}`);
  return found[0] as T;
}

/** The one visible button whose name is exactly `name`. */
export function getButton(name: string, root: Element | Document = document): HTMLButtonElement {
  const found = deepElements(root).filter(
    (el) => el instanceof HTMLButtonElement && isShown(el) && (el.getAttribute('aria-label') ?? text(el)) === name,
  );
  if (found.length !== 1) throw new Error(`Expected one button named "${name}", found ${found.length}`);
  return found[0] as HTMLButtonElement;
}

export function queryButton(name: string, root: Element | Document = document) {
  try {
    return getButton(name, root);
  } catch {
    return undefined;
  }
}

/** The visible heading of the wizard's current step. */
export function currentHeading(wizard: AddConnectionWizard) {
  return text(wizard.shadowRoot!.querySelector('h2'));
}

/** The error message linked to a control through `aria-describedby`, if any. */
export function errorOf(control: Element): string | undefined {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const error = ids.map((id) => root.getElementById(id)).find((el) => el?.getAttribute('part')?.split(' ').includes('error'));
  return error ? text(error) : undefined;
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// ----- Acting as a person would ------------------------------------------------------

/** Focuses a field, clears it and types `value` on the real keyboard. */
export async function type(field: HTMLInputElement, value: string) {
  field.focus();
  field.select();
  if (field.value !== '') await sendKeys({ press: 'Backspace' });
  if (value !== '') await sendKeys({ type: value });
  field.blur();
}

export async function fill(label: string, value: string, root?: Element) {
  await type(getByLabel(label, root), value);
}

export async function click(name: string, root?: Element) {
  getButton(name, root).click();
  await settle();
}

export async function choose(label: string, root?: Element) {
  getByLabel(label, root).click();
  await settle();
}

export async function select(label: string, optionLabel: string, root?: Element) {
  const el = getByLabel<HTMLSelectElement>(label, root);
  const option = Array.from(el.options).find((o) => o.textContent?.trim() === optionLabel);
  if (!option) throw new Error(`No option "${optionLabel}" in "${label}"`);
  el.value = option.value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

/** Lets Lit render (the wizard and the forms inside it) and the browser paint. */
export async function settle() {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Waits until `check` returns something truthy (or throws after `ms`). */
export async function waitFor<T>(check: () => T, ms = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    try {
      const value = check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      if (performance.now() > end) throw error;
    }
    if (performance.now() > end) throw new Error('waitFor timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// ----- Whole steps, for tests about what comes after them ----------------------------

export const merchants = [
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

/** Steps 1–3 with a new merchant and a File Exchange warehouse; ends on Store Setup. */
export async function completeNewMerchantSteps(wizard: AddConnectionWizard) {
  await fill('Connection name', 'Brand Y — Infusionsoft → ACME WMS', wizard);
  await click('Continue', wizard);
  if (queryButton('Create new merchant', wizard) === undefined) await choose('Create new merchant', wizard);
  await fill('Company name', 'Brand Y', wizard);
  await click('Continue', wizard);
  await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
  await click('Continue', wizard);
}

/** Store Setup with a new Infusionsoft store and the required fields only. */
export async function fillInfusionsoft(wizard: AddConnectionWizard) {
  await fill('Name', 'Brand Y Store', wizard);
  await fill('Application name', 'brandy', wizard);
  await fill('Username', 'admin@example.com', wizard);
  await fill('Password', 'hunter2', wizard);
}
