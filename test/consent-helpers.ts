import { executeServerCommand } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { fill, getButton, useBackend, waitFor } from './helpers.js';
import { pickPlatform } from './platform-helpers.js';
import { renderWizard, toStoreStep, typed } from './route.js';

/** A consent platform whose "provider" answers as `result` says (test/consent/provider.html). */
export const consentPlatform = (result: string, extra: Partial<NonNullable<PlatformDefinition['auth']>> = {}, page = 'provider'): PlatformDefinition => ({
  id: 'acme',
  label: 'Acme Shop',
  kind: 'store',
  auth: { type: 'oauth2', start: `/test/consent/${page}.html?result=${result}`, params: ['shop'], ...extra },
  fields: [
    { name: 'shop', label: 'Shop name', type: 'text', required: true, pattern: '[a-z0-9-]+', patternMessage: 'Enter the shop’s subdomain.' },
    { name: 'import_all', label: 'Import every order', type: 'boolean', default: false },
  ],
});

/** The server handler's `GET …/oauth/outcome`, answering `pending` until `outcome()` gives more. */
export function outcomeEndpoint(outcome: (state: string, asked: number) => Record<string, unknown> = () => ({ status: 'pending' })) {
  const asked: string[] = [];
  const handler = http.get('/api/connections/oauth/outcome', ({ request }) => {
    const state = new URL(request.url).searchParams.get('state') ?? '';
    asked.push(state);
    return HttpResponse.json({ state, ...outcome(state, asked.length) });
  });
  return { handler, asked };
}

/** Store Setup with the consent platform chosen and its shop filled, the Connect button on screen. */
export async function atConsent(definition: PlatformDefinition, ...handlers: Parameters<typeof useBackend>) {
  await useBackend(...handlers);
  const wizard: AddConnectionWizard = await renderWizard({ endpoint: '/api/connections', platforms: [definition] });
  await toStoreStep(wizard);
  await fill('Name', typed.Name, wizard);
  await pickPlatform(wizard, definition.label, 'Shop name');
  await fill('Shop name', 'mystore', wizard);
  return wizard;
}

/** The consent section's status line and its state. */
export const consentOf = (wizard: AddConnectionWizard) => {
  const form = wizard.querySelector('platform-definition-form') ?? wizard.shadowRoot!.querySelector('platform-definition-form');
  const section = form!.shadowRoot!.querySelector<HTMLElement>('[part=consent]')!;
  return { section, status: section.dataset.status, text: section.querySelector('[role=status]')!.textContent!.trim() };
};

export const connectButton = (wizard: AddConnectionWizard, name = 'Connect with Acme Shop') => waitFor(() => getButton(name, wizard));

/**
 * Closes the consent popup, and any window a Cross-Origin-Opener-Policy page left beyond
 * this page's reach (scripts/close-popups-plugin.mjs). Every consent file calls it after each
 * test: in Firefox an open popup takes the focus from the page (measured: document.hasFocus()
 * false, a field's blur event never fires), so a later file's "touched" errors never showed
 * (validation.test.ts failed so after oauth-consent-coop.test.ts).
 */
export async function closeConsentPopup() {
  window.open('', 'add-connection-wizard-consent')?.close();
  await executeServerCommand('close-popups');
}
