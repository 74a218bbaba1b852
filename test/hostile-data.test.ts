import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { choose, click, deepElements, pause, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { problem, submitAndFail } from './failure-helpers.js';
import { readyToSubmit, renderWizard, toWarehouseStep } from './route.js';

// Data from a host or a server that, put in as HTML, would run: shown, it must read as text.
const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const pwned = () => (window as { __pwned?: unknown }).__pwned;
afterEach(() => delete (window as { __pwned?: unknown }).__pwned);

/** `literal` is on screen as text, and nothing in it became an element or ran. */
async function expectShownAsText(literal: string) {
  await waitFor(() =>
    deepElements().some(
      (el) => (el as HTMLElement).checkVisibility() && Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(literal)),
    ),
  ).catch(() => expect.fail(`"${literal}" is not visible as text`));
  await pause(100); // an <img src=x> would have failed to load by now
  const created = deepElements().filter((el) => el.localName === 'img' || (el.localName === 'script' && el.getRootNode() instanceof ShadowRoot));
  expect(created.map((el) => el.outerHTML), 'img elements, and scripts in shadow roots').to.deep.equal([]);
  expect(pwned(), 'window.__pwned').to.equal(undefined);
}

describe('hostile data from the host', () => {
  const merchants = [
    {
      id: 7,
      company_name: `Acme ${markup}`,
      warehouses: [{ id: 8, name: `Newark ${markup}` }],
      stores: [{ id: 9, name: `Shop ${markup}`, platform: 'infusionsoft' }],
    },
  ];

  it('shows merchant, warehouse and store names as text', async () => {
    const wizard = await renderWizard({ merchants });

    await toWarehouseStep(wizard, { merchant: `Acme ${markup}` });
    await expectShownAsText(`Newark ${markup}`);
    await click('Back', wizard);
    await expectShownAsText(`Acme ${markup}`);
    await click('Continue', wizard);
    await click('Continue', wizard);
    await choose('Use existing store', wizard);
    await expectShownAsText(`Shop ${markup}`);
  });

  it('shows a typed connection name as text once the connection is created', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections' });
    await readyToSubmit(wizard, { name: `Brand ${markup}` });

    await click('Add connection', wizard);

    await waitFor(() => endpoint.requests.length === 1);
    await expectShownAsText(`Brand ${markup}`);
  });
});

describe('hostile messages from the server', () => {
  const answers = [
    { what: 'a 422 error on a field', answer: () => problem([{ pointer: '/store/adapter/app_name', detail: `Field ${markup}` }]), literal: `Field ${markup}` },
    { what: 'a 422 error without a field', answer: () => problem([{ pointer: '/foo', detail: `Elsewhere ${markup}` }]), literal: `Elsewhere ${markup}` },
    {
      what: 'a problem detail',
      answer: () => HttpResponse.json({ title: 'Invalid', detail: `Detail ${markup}` }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
      literal: `Detail ${markup}`,
    },
  ];
  for (const { what, answer, literal } of answers) {
    it(`shows ${what} as text`, async () => {
      await submitAndFail(answer);
      await expectShownAsText(literal);
    });
  }

  it('shows a Test connection answer as text', async () => {
    await useBackend(http.post('/api/test', () => HttpResponse.json({ ok: false, detail: `Refused ${markup}` })));
    const wizard = await renderWizard({ testEndpoint: '/api/test' });
    await readyToSubmit(wizard);

    await click('Test connection', wizard);
    await settle();
    await expectShownAsText(`Refused ${markup}`);
  });
});
