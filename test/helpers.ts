import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, type AnyHandler } from 'msw';
import type { ReactiveElement } from 'lit';
import type { AddConnectionWizard } from '../src/index.js';
import type { ConnectionRequest } from '../src/schema/index.js';

// ----- The mock backend and what was sent ---------------------------------------------

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

/** The request bodies the wizard hands to the host through `acw-submit` from now on. */
export function submittedPayloads(wizard: AddConnectionWizard): ConnectionRequest[] {
  const payloads: ConnectionRequest[] = [];
  wizard.addEventListener('acw-submit', (event) => payloads.push(event.detail.payload));
  return payloads;
}

// ----- Finding things as a person would ----------------------------------------------

/**
 * Every element below `root` and in every open shadow root inside it, in tree order; for
 * an element, its own shadow root comes first. Works in any realm (a frame's document).
 */
export function deepElements(root: Document | ShadowRoot | Element = document): Element[] {
  const result: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const child of Array.from(node.children)) {
      result.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return result;
}

// Checks by tag name, not `instanceof`, so that they hold for elements of another realm.
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

function only<T extends Element>(found: Element[], what: string): T {
  if (found.length !== 1) throw new Error(`Expected one ${what}, found ${found.length}`);
  return found[0] as T;
}

/** The one visible control whose label is exactly `label` (throws when none or several). */
export function getByLabel<T extends HTMLElement = HTMLInputElement>(label: string, root: Document | ShadowRoot | Element = document): T {
  const found = deepElements(root).filter((el) => el.matches('input, select, textarea') && isShown(el) && labelOf(el) === label);
  return only<T>(found, `field labelled "${label}"`);
}

export function queryByLabel<T extends HTMLElement = HTMLInputElement>(label: string, root?: Document | ShadowRoot | Element): T | undefined {
  try {
    return getByLabel<T>(label, root);
  } catch {
    return undefined;
  }
}

/** The one visible button whose name is exactly `name`. */
export function getButton(name: string, root: Document | ShadowRoot | Element = document): HTMLButtonElement {
  const found = deepElements(root).filter((el) => el.localName === 'button' && isShown(el) && (el.getAttribute('aria-label') ?? text(el)) === name);
  return only<HTMLButtonElement>(found, `button named "${name}"`);
}

export function queryButton(name: string, root?: Document | ShadowRoot | Element) {
  try {
    return getButton(name, root);
  } catch {
    return undefined;
  }
}

/** The one visible group (fieldset) whose legend is exactly `legend`. */
export function getGroup(legend: string, root: Document | ShadowRoot | Element = document): HTMLFieldSetElement {
  const found = deepElements(root).filter((el) => el.localName === 'fieldset' && isShown(el) && text(el.querySelector(':scope > legend')) === legend);
  return only<HTMLFieldSetElement>(found, `group "${legend}"`);
}

/** The first element of the wizard's shadow root that carries `name` among its parts. */
export function part(wizard: Element, name: string): HTMLElement {
  const el = wizard.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!el) throw new Error(`No part "${name}"`);
  return el;
}

/** The visible heading of the wizard's current step (or of its done view). */
export function currentHeading(wizard: Element) {
  return text(wizard.shadowRoot!.querySelector('[part~="heading"]'));
}

/** The entry of the step list titled `title` (an `<li>` inside the "Progress" navigation). */
export function stepEntry(wizard: Element, title: string, navigation = 'Progress'): HTMLLIElement {
  const nav = wizard.shadowRoot!.querySelector(`nav[aria-label="${navigation}"]`);
  if (!nav) throw new Error(`No step list named "${navigation}"`);
  const entry = Array.from(nav.querySelectorAll('li')).find((li) => li.textContent?.includes(title));
  if (!entry) throw new Error(`No step "${title}" in the step list`);
  return entry;
}

/** The element with part `name` that a control names in `aria-describedby`, as text. */
function describedBy(control: Element, name: string): string | undefined {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const found = ids.map((id) => root.getElementById(id)).find((el) => el?.getAttribute('part')?.split(' ').includes(name));
  return found ? text(found) : undefined;
}

/** The error message linked to a control through `aria-describedby`, if any. */
export const errorOf = (control: Element) => describedBy(control, 'error');

/** The note (what cleaning changed) linked to a control through `aria-describedby`, if any. */
export const noteOf = (control: Element) => describedBy(control, 'note');

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every `tag[name="value"]` on the page, shadow roots included, whose value contains `text`. */
export function attributesContaining(value: string, root: Document | Element = document): string[] {
  return deepElements(root).flatMap((el) =>
    Array.from(el.attributes)
      .filter((attr) => attr.value.includes(value))
      .map((attr) => `${el.localName}[${attr.name}="${attr.value}"]`),
  );
}

// ----- Acting as a person would ------------------------------------------------------
// Each action waits (up to 3 s) for its field or button to be there, as a person waits for
// a page to show it: platform forms load on demand. Assertions never wait this way.

/**
 * Puts `value` into the field labelled `label` the way autofill does, and leaves the field:
 * focus, the value with one `input` event, blur. The wizard handles it as it handles typing
 * (it reads `input` and `blur`); for tests about the keyboard itself, use `typeInto`.
 */
export async function fill(label: string, value: string, root?: Document | ShadowRoot | Element) {
  const field = await waitFor(() => getByLabel(label, root));
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value, bubbles: true, composed: true }));
  field.blur();
  await settle();
}

/** Focuses the field labelled `label`, clears it, types `value` key by key on the real keyboard, and leaves it. */
export async function typeInto(label: string, value: string, root?: Document | ShadowRoot | Element) {
  const field = await waitFor(() => getByLabel(label, root));
  field.focus();
  field.select();
  if (field.value !== '') await sendKeys({ press: 'Backspace' });
  await typeKeys(value);
  field.blur();
  await settle();
}

/**
 * Types `text` on the real keyboard where the focus is, one key per command: WebKitWebDriver
 * presses every key of one command before releasing any, so a repeated character in one
 * command is dropped (`sftp://` arrives as `sftp:/`). One key a command costs a few ms.
 */
export async function typeKeys(text: string) {
  for (const key of text) await sendKeys({ type: key });
}

/** Puts `text` in a field as a paste does: the value, then an `insertFromPaste` input event. */
export async function paste(field: HTMLInputElement, text: string) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: text, bubbles: true, composed: true }));
  await settle();
}

export async function click(name: string, root?: Document | ShadowRoot | Element) {
  (await waitFor(() => getButton(name, root))).click();
  await settle();
}

export async function choose(label: string, root?: Document | ShadowRoot | Element) {
  (await waitFor(() => getByLabel(label, root))).click();
  await settle();
}

export async function select(label: string, optionLabel: string, root?: Document | ShadowRoot | Element) {
  const el = await waitFor(() => getByLabel<HTMLSelectElement>(label, root));
  const option = Array.from(el.options).find((o) => o.textContent?.trim() === optionLabel);
  if (!option) throw new Error(`No option "${optionLabel}" in "${label}"`);
  el.value = option.value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

/** Presses one key on the real keyboard where the focus is. */
export async function press(key: string) {
  // Puppeteer over WebDriver BiDi (Firefox) knows the space bar only as ' '; CDP and WebDriver do too.
  await sendKeys({ press: key === 'Space' ? ' ' : key });
  await settle();
}

/** Presses Tab until `target()` has the focus (fails after `max` presses). */
export async function tabTo(target: () => Element, max = 30) {
  for (let i = 0; i < max; i++) {
    if (deepActiveElement() === target()) return;
    await sendKeys({ press: 'Tab' });
  }
  if (deepActiveElement() !== target()) throw new Error(`Tab never reached the target; focus is on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}

// ----- Waiting ------------------------------------------------------------------------

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Whether `el` is a custom element the wizard rendered whose definition has not loaded yet. */
const loading = (el: Element) => el.localName.includes('-') && el.getRootNode() !== el.ownerDocument && !customElements.get(el.localName);

/**
 * Waits until every Lit element on the page (shadow roots included) has rendered, and the
 * platform forms the wizard rendered have loaded (built-in forms load on demand), then for
 * one frame. Updates that cause updates are waited for too.
 */
export async function settle() {
  for (let round = 0; round < 10; round++) {
    const elements = deepElements(document);
    const undefinedYet = elements.filter(loading);
    const rendered = await Promise.all(elements.map((el) => (el as Partial<ReactiveElement>).updateComplete));
    if (undefinedYet.length > 0) {
      const defined = (el: Element) => customElements.whenDefined(el.localName).then(() => true);
      const loaded = await Promise.race([Promise.all(undefinedYet.map(defined)), new Promise((resolve) => setTimeout(resolve, 1000, false))]);
      if (loaded) continue; // render what arrived
    }
    if (rendered.every((done) => done !== false)) break;
  }
  await nextFrame();
}

/** Waits `ms` milliseconds: for tests that check that something did not happen later. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
