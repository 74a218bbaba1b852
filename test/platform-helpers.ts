import { expect } from '@open-wc/testing';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { click, currentHeading, getByLabel, recordingEndpoint, select, useBackend, waitFor } from './helpers.js';

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

/** `count` plain store definitions with one API key, as a big catalogue would hold. */
export const generatedPlatforms = (count: number): PlatformDefinition[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    label: `Platform ${i}`,
    kind: 'store' as const,
    fields: [{ name: 'api_key', label: 'API key', type: 'secret' as const, required: true }],
  }));
