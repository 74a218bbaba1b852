import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { AddConnectionWizard } from '../src/index.js';
import { settle } from './helpers.js';

/** Renders `template` and returns the wizard in it (the template itself or inside a wrapper). */
export async function wizardIn(template: TemplateResult): Promise<AddConnectionWizard> {
  const root = await fixture<HTMLElement>(template);
  const wizard = root.localName === 'add-connection-wizard' ? root : root.querySelector('add-connection-wizard');
  if (!wizard) throw new Error('No <add-connection-wizard> in the fixture');
  await settle();
  return wizard as AddConnectionWizard;
}

export const style = (el: Element) => getComputedStyle(el);

/**
 * The computed style of `el` once the transitions that a change just started have ended (the
 * focus ring fades in over 120 ms): the look a person sees, in every engine.
 */
export async function settledStyle(el: Element) {
  void getComputedStyle(el).boxShadow; // a style read starts the transitions
  await Promise.all(el.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  return getComputedStyle(el);
}

/** Adds a stylesheet to the page; removed by `removePageStyles()` (call it in afterEach). */
const added: HTMLStyleElement[] = [];
export function addPageStyle(css: string) {
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  added.push(el);
}
export function removePageStyles() {
  for (const el of added.splice(0)) el.remove();
}

/** The elements with `part` inside the built-in Infusionsoft form rendered by the wizard. */
export function infusionsoftParts(wizard: AddConnectionWizard, name: string): HTMLElement[] {
  const form = wizard.shadowRoot!.querySelector('infusionsoft-store-form');
  if (!form?.shadowRoot) throw new Error('No Infusionsoft form on this step');
  return Array.from(form.shadowRoot.querySelectorAll<HTMLElement>(`[part~="${name}"]`));
}
