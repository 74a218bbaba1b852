import { expect, oneEvent } from '@open-wc/testing';
import type { AddConnectionWizard, ConnectionSubmitEvent } from '../src/index.js';
import { click, currentHeading, fill, pause, recordingEndpoint, settle, stepEntry, useBackend, waitFor } from './helpers.js';
import { readyToSubmit, renderWizard, toMerchantStep, toStoreStep, toWarehouseStep } from './route.js';

/** Records every event of `type` that reaches the document, removed after the test. */
const listeners: [string, EventListener][] = [];
function listen<E extends Event>(type: string, handle: (event: E) => void = () => {}) {
  const seen: E[] = [];
  const listener = ((event: E) => {
    seen.push(event);
    handle(event);
  }) as EventListener;
  document.addEventListener(type, listener);
  listeners.push([type, listener]);
  return seen;
}
afterEach(() => listeners.splice(0).forEach(([type, listener]) => document.removeEventListener(type, listener)));

/** A wizard with every step filled, on Store Setup. */
async function renderReady(endpoint?: string) {
  const wizard = await renderWizard({ endpoint });
  await readyToSubmit(wizard);
  return wizard;
}

const bubblesComposed = (e: Event) => [e.bubbles, e.composed];

describe('events', () => {
  it('fires acw-step-change before moving, with 1-based from and to', async () => {
    const wizard = await renderWizard();
    const headings: string[] = [];
    const seen = listen<CustomEvent>('acw-step-change', () => headings.push(currentHeading(wizard)));

    await toMerchantStep(wizard);
    await click('Back', wizard);

    expect(seen.map((e) => ({ from: e.detail.from, to: e.detail.to }))).to.deep.equal([{ from: 1, to: 2 }, { from: 2, to: 1 }]);
    expect(headings).to.deep.equal(['Basic Information', 'Merchant Information']);
    expect(seen.map(bubblesComposed)).to.deep.equal([[true, true], [true, true]]);
  });

  it('fires acw-step-change with the step numbers of a jump through the step list', async () => {
    const wizard = await renderWizard();
    await toStoreStep(wizard);
    const seen = listen<CustomEvent>('acw-step-change');

    stepEntry(wizard, 'Basic Information').querySelector('button')!.click();
    await settle();

    expect(seen.map((e) => ({ from: e.detail.from, to: e.detail.to }))).to.deep.equal([{ from: 4, to: 1 }]);
  });

  it('stays on the step when acw-step-change is cancelled', async () => {
    const wizard = await renderWizard();
    listen('acw-step-change', (e) => e.preventDefault());
    await fill('Connection name', 'A', wizard);

    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Basic Information');
  });

  it('carries the request body in acw-submit', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderReady('/api/connections');
    const seen = listen<ConnectionSubmitEvent>('acw-submit');

    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 1);

    expect(seen).to.have.length(1);
    expect(seen[0].detail.payload).to.deep.equal(endpoint.requests[0].body);
    expect([...bubblesComposed(seen[0]), seen[0].cancelable]).to.deep.equal([true, true, true]);
  });

  it('sends nothing when acw-submit is cancelled', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await renderReady('/api/connections');
    const seen = listen('acw-submit', (e) => e.preventDefault());

    await click('Add connection', wizard);
    await pause(300);

    expect(seen).to.have.length(1);
    expect(endpoint.requests).to.have.length(0);
  });

  it('shows success and fires acw-success when the host answers { id: 7 }', async () => {
    const wizard = await renderReady();
    listen<ConnectionSubmitEvent>('acw-submit', (e) => e.detail.respondWith(Promise.resolve({ id: 7 })));
    const success = oneEvent(document, 'acw-success');

    await click('Add connection', wizard);
    const event = await success;

    expect(event.detail.id).to.equal(7);
    expect(bubblesComposed(event)).to.deep.equal([true, true]);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
  });

  it('shows an error and fires acw-error when the host answer rejects', async () => {
    const wizard = await renderReady();
    listen<ConnectionSubmitEvent>('acw-submit', (e) => e.detail.respondWith(Promise.reject(new Error('offline'))));
    const failure = oneEvent(document, 'acw-error');

    await click('Add connection', wizard);
    const event = await failure;
    await settle();

    expect(event.detail.kind).to.equal('network');
    expect(bubblesComposed(event)).to.deep.equal([true, true]);
    expect(wizard.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('could not be reached');
  });

  it('fires acw-cancel on Cancel on every step', async () => {
    const wizard = await renderWizard();
    const seen = listen('acw-cancel');
    const steps: ((w: AddConnectionWizard) => Promise<void>)[] = [
      async () => {},
      toMerchantStep,
      toWarehouseStep,
      toStoreStep,
    ];

    const cancelledOn: string[] = [];
    for (const reach of steps) {
      await reach(wizard);
      cancelledOn.push(currentHeading(wizard));
      await click('Cancel', wizard);
    }

    expect(cancelledOn).to.deep.equal(['Basic Information', 'Merchant Information', 'Warehouse Setup', 'Store Setup']);
    expect(seen.map(bubblesComposed)).to.deep.equal(Array(4).fill([true, true]));
  });
});
