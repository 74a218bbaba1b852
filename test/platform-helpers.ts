import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { click, currentHeading, getByLabel, recordingEndpoint, select, settle, useBackend, waitFor } from './helpers.js';

/** A wizard on the page with `platforms` set (none: the shipped elements only). */
export async function renderWithPlatforms(platforms?: PlatformDefinition[], o: { testEndpoint?: string } = {}) {
  const wizard = await fixture<AddConnectionWizard>(
    html`<add-connection-wizard endpoint="/api/connections" test-endpoint=${o.testEndpoint ?? ''}></add-connection-wizard>`,
  );
  if (platforms) {
    wizard.platforms = platforms;
    await settle();
  }
  return wizard;
}

/** Chooses a platform in a native Platform select and waits for its form's first field. */
export async function pickPlatform(wizard: AddConnectionWizard, label: string, firstField: string) {
  await select('Platform', label, wizard);
  await waitFor(() => getByLabel(firstField, wizard));
}

/** Presses Add connection and returns the one request body the endpoint received. */
export async function submitBody(wizard: AddConnectionWizard) {
  const endpoint = recordingEndpoint();
  await useBackend(endpoint.handler);
  await click('Add connection', wizard);
  await waitFor(() => currentHeading(wizard) === 'Connection created');
  expect(endpoint.requests).to.have.length(1);
  return endpoint.requests[0].body as Record<string, unknown> & { store: Record<string, unknown> };
}

/** The note (what cleaning changed) linked to a control through `aria-describedby`. */
export function noteOf(control: Element): string | undefined {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const note = ids.map((id) => root.getElementById(id)).find((el) => el?.getAttribute('part')?.split(' ').includes('note'));
  return note?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Puts `text` in a field as a paste does: the value, then an `insertFromPaste` input event. */
export async function paste(field: HTMLInputElement, text: string) {
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', data: text, bubbles: true, composed: true }));
  await settle();
}

/** `count` plain store definitions with one API key, as a big catalogue would hold. */
export const generatedPlatforms = (count: number): PlatformDefinition[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    label: `Platform ${i}`,
    kind: 'store' as const,
    fields: [{ name: 'api_key', label: 'API key', type: 'secret' as const, required: true }],
  }));
