import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import type { AddConnectionWizard, ErrorDetail } from '../src/index.js';
import { click, currentHeading, getByLabel, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { readyToSubmit, renderWizard, typed } from './route.js';

export const created = () => HttpResponse.json({ id: 42 }, { status: 201 });

/** A problem document (RFC 9457) listing field errors. */
export const problem = (errors: { pointer: string; detail: string }[], status = 422) =>
  HttpResponse.json({ title: 'Invalid request', errors }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/**
 * Fills every step and presses Add connection against an endpoint that answers with
 * `answer`; resolves once the wizard fired acw-error.
 */
export async function submitAndFail(
  answer: (attempt: number) => Response | Promise<Response>,
  timeout?: number,
  configure?: (wizard: AddConnectionWizard) => void,
) {
  const endpoint = recordingEndpoint('/api/connections', answer);
  await useBackend(endpoint.handler);
  const wizard = await renderWizard({ endpoint: '/api/connections' });
  if (timeout !== undefined) wizard.timeout = timeout;
  configure?.(wizard);
  const errors: ErrorDetail[] = [];
  wizard.addEventListener('acw-error', (e) => errors.push(e.detail));
  await readyToSubmit(wizard);
  await click('Add connection', wizard);
  await waitFor(() => errors.length > 0);
  await settle();
  return { wizard, endpoint, errors };
}

/** The text of the wizard's general failure message. */
export function alertText(wizard: AddConnectionWizard) {
  const alert = wizard.shadowRoot!.querySelector('[role=alert]');
  return (alert?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const valueOf = (label: keyof typeof typed, wizard: AddConnectionWizard) => getByLabel(label, wizard).value;

export function expectStoreValuesKept(wizard: AddConnectionWizard) {
  for (const label of ['Name', 'Application name', 'Username', 'Password'] as const) {
    expect(valueOf(label, wizard), label).to.equal(typed[label]);
  }
}

/** From Store Setup, goes Back to step 1 checking every value typed, then continues to Store Setup again. */
export async function expectEverythingKept(wizard: AddConnectionWizard) {
  expect(currentHeading(wizard)).to.equal('Store Setup');
  expectStoreValuesKept(wizard);
  await click('Back', wizard);
  expect(valueOf('Connection string', wizard)).to.equal(typed['Connection string']);
  await click('Back', wizard);
  expect(valueOf('Company name', wizard)).to.equal(typed['Company name']);
  await click('Back', wizard);
  expect(valueOf('Connection name', wizard)).to.equal(typed['Connection name']);
  for (let i = 0; i < 3; i++) await click('Continue', wizard);
  expect(currentHeading(wizard)).to.equal('Store Setup');
  expectStoreValuesKept(wizard);
}
