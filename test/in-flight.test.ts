// What the wizard does between Add connection and the server's answer.
import { expect } from '@open-wc/testing';
import { click, currentHeading, deepElements, getButton, part, pause, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { created } from './failure-helpers.js';
import { merchants, readyToSubmit, renderWizard } from './route.js';

/** A wizard ready to submit to an endpoint that answers 201 once `answered` settles. */
async function readyWithSlowEndpoint(answered: Promise<unknown>) {
  const endpoint = recordingEndpoint('/api/connections', async () => {
    await answered;
    return created();
  });
  await useBackend(endpoint.handler);
  const wizard = await renderWizard({ endpoint: '/api/connections' });
  const events: string[] = [];
  for (const type of ['acw-cancel', 'acw-success', 'acw-error']) wizard.addEventListener(type, () => events.push(type));
  await readyToSubmit(wizard);
  return { wizard, endpoint, events };
}

/** A promise and the function that resolves it. */
function gate() {
  let open!: () => void;
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

let elsewhere: HTMLElement | undefined;
afterEach(() => elsewhere?.remove());

describe('while the request is in flight', () => {
  it('sends one request however often Add connection is pressed', async () => {
    const answer = gate();
    const { wizard, endpoint } = await readyWithSlowEndpoint(answer.closed);

    const submit = getButton('Add connection', wizard);
    submit.click();
    submit.click();
    await settle();
    part(wizard, 'submit-button').click();
    await settle();
    answer.open();
    await waitFor(() => currentHeading(wizard) === 'Connection created');

    expect(endpoint.requests).to.have.length(1);
  });

  it('lets no choice or field of Store Setup change', async () => {
    const answer = gate();
    const endpoint = recordingEndpoint('/api/connections', async () => (await answer.closed, created()));
    await useBackend(endpoint.handler);
    const wizard = await renderWizard({ endpoint: '/api/connections', merchants });
    await readyToSubmit(wizard, { merchant: 'Brand X', warehouse: 'ACME WMS — Newark' });
    await click('Add connection', wizard);

    const editable = deepElements(wizard).filter((el) => el.matches('input, select, textarea') && !el.matches(':disabled'));
    expect(editable.map((el) => el.id || el.getAttribute('name'))).to.deep.equal([]);
    answer.open();
    await waitFor(() => currentHeading(wizard) === 'Connection created');
  });

  it('keeps Cancel from hiding it: the answer still lands and only acw-success fires', async () => {
    const answer = gate();
    const { wizard, endpoint, events } = await readyWithSlowEndpoint(answer.closed);
    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 1);

    await click('Cancel', wizard);
    answer.open();

    await waitFor(() => events.length > 0 && currentHeading(wizard) === 'Connection created');
    expect(events).to.deep.equal(['acw-success']);
  });

  it('lets it finish when the element is moved, as portals and modals do', async () => {
    const answer = gate();
    const { wizard, endpoint, events } = await readyWithSlowEndpoint(answer.closed);
    let id: unknown;
    wizard.addEventListener('acw-success', (e) => (id = e.detail.id));
    await click('Add connection', wizard);
    await waitFor(() => endpoint.requests.length === 1);

    elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(wizard);
    answer.open();

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(id).to.equal(42);
    expect(events).to.deep.equal(['acw-success']);
    expect(endpoint.requests).to.have.length(1);
  });

  it('fires nothing and throws nothing once the element was removed', async () => {
    const answer = gate();
    const { wizard, endpoint, events } = await readyWithSlowEndpoint(answer.closed);
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);

    try {
      await click('Add connection', wizard);
      await waitFor(() => endpoint.requests.length === 1);
      wizard.remove();
      answer.open();
      await pause(300);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }

    expect(events).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
  });
});
