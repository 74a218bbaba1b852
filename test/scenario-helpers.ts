// What the edit-mode and preset suites share: a backend that records the PATCH of a
// connection (and would record a create, which must not happen), a wizard with a preset,
// and the step list's titles.
import { fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AddConnectionWizard, Merchant } from '../src/index.js';
import { settle } from './helpers.js';

export interface Sent {
  method: string;
  url: string;
  body: unknown;
  headers: Headers;
}

/** Records every PATCH of `/api/connections/:id` and every create; answers with `answer` (200 `{ id: 981 }` by default). */
export function patchEndpoint(answer: () => Response = () => HttpResponse.json({ id: 981, enabled: true })) {
  const sent: Sent[] = [];
  const record = async ({ request }: { request: Request }) => {
    sent.push({ method: request.method, url: new URL(request.url).pathname, body: await request.json(), headers: request.headers });
    return answer();
  };
  return { sent, handlers: [http.patch('/api/connections/:id', record), http.post('/api/connections', record)] };
}

/** A wizard given `preset` (and merchants) as properties once it is on the page, as a host would. */
export async function presetWizard(preset: unknown, o: { lang?: string; merchants?: Merchant[]; draftKey?: string } = {}) {
  await import('../src/index.js');
  const wizard = await fixture<AddConnectionWizard>(
    html`<add-connection-wizard endpoint="/api/connections" lang=${o.lang ?? 'en'} draft-key=${o.draftKey ?? ''}></add-connection-wizard>`,
  );
  if (o.merchants) wizard.merchants = o.merchants;
  wizard.preset = preset as never;
  await settle();
  return wizard;
}

/** The titles in the step list, in order (none when it is not shown). */
export const stepTitles = (wizard: AddConnectionWizard) =>
  Array.from(wizard.shadowRoot!.querySelectorAll('[part~="step"] .step-title'), (el) => el.textContent?.trim());
