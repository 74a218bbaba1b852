import { expect } from '@open-wc/testing';
import type { AddConnectionWizard, StepDetail } from '../src/index.js';
import { click, currentHeading, fill, getByLabel, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { expectEverythingKept } from './failure-helpers.js';
import { readyToSubmit, renderWizard, toMerchantStep, toStoreStep, toWarehouseStep, typed } from './route.js';

const render = (warnOnLeave = false) => renderWizard({ endpoint: '/api/connections', warnOnLeave });

/** Records the detail of every event of these types fired by the wizard. */
function record(wizard: AddConnectionWizard, ...types: string[]) {
  const seen: { type: string; detail: unknown; cancelable: boolean }[] = [];
  for (const type of types) wizard.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail, cancelable: e.cancelable }));
  return seen;
}

const pagehide = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));
function beforeunload() {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('Cancel with values typed', () => {
  it('asks first with a cancelable acw-before-cancel; prevented, it keeps everything; cancel() then empties', async () => {
    const wizard = await render();
    const seen = record(wizard, 'acw-before-cancel', 'acw-cancel');
    wizard.addEventListener('acw-before-cancel', (e) => e.preventDefault());
    await readyToSubmit(wizard);

    await click('Cancel', wizard);
    expect(seen).to.deep.equal([{ type: 'acw-before-cancel', detail: { step: 4, stepId: 'store' }, cancelable: true }]);
    await expectEverythingKept(wizard);

    wizard.cancel();
    await settle();
    expect(seen.map((s) => s.type)).to.deep.equal(['acw-before-cancel', 'acw-cancel']);
    expect(wizard.currentStep).to.equal(1);
    expect(getByLabel('Connection name', wizard).value).to.equal('');
    // Every later step is empty too, the secrets included.
    await toMerchantStep(wizard);
    expect(getByLabel('Company name', wizard).value).to.equal('');
    await toWarehouseStep(wizard);
    expect(getByLabel('Connection string', wizard).value).to.equal('');
    await toStoreStep(wizard);
    for (const label of ['Name', 'Application name', 'Username', 'Password']) expect(getByLabel(label, wizard).value, label).to.equal('');
  });

  it('cancels at once, without acw-before-cancel, when nothing was typed', async () => {
    const wizard = await render();
    const seen = record(wizard, 'acw-before-cancel', 'acw-cancel');
    await click('Cancel', wizard);
    expect(seen.map((s) => s.type)).to.deep.equal(['acw-cancel']);
  });
});

describe('leaving the page', () => {
  it('fires acw-abandon once on pagehide with the step and none of the values', async () => {
    const wizard = await render();
    const seen = record(wizard, 'acw-abandon');
    await toMerchantStep(wizard);
    await fill('Company name', typed['Company name'], wizard);

    pagehide();
    pagehide();
    expect(seen).to.have.length(1);
    expect(seen[0].detail).to.deep.equal({ step: 2, stepId: 'merchant' } satisfies StepDetail);
    const json = JSON.stringify(seen[0].detail);
    for (const value of [typed['Connection name'], typed['Company name']]) expect(json).not.to.contain(value);
  });

  it('does not fire acw-abandon when nothing was typed', async () => {
    const wizard = await render();
    const seen = record(wizard, 'acw-abandon');
    pagehide();
    expect(seen).to.deep.equal([]);
  });

  it('does not fire acw-abandon after the connection was created', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const wizard = await render();
    const seen = record(wizard, 'acw-abandon');
    await readyToSubmit(wizard);
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');

    pagehide();
    expect(endpoint.requests).to.have.length(1);
    expect(seen).to.deep.equal([]);
  });

  it('fires nothing once the element was removed', async () => {
    const wizard = await render(true);
    const seen = record(wizard, 'acw-abandon');
    await fill('Connection name', typed['Connection name'], wizard);
    wizard.remove();

    pagehide();
    expect(beforeunload()).to.equal(false);
    expect(seen).to.deep.equal([]);
  });

  it('with warn-on-leave, prevents beforeunload only when values were typed', async () => {
    const wizard = await render(true);
    expect(beforeunload(), 'empty').to.equal(false);
    await fill('Connection name', typed['Connection name'], wizard);
    expect(beforeunload(), 'typed').to.equal(true);
  });

  it('without warn-on-leave, never prevents beforeunload', async () => {
    const wizard = await render();
    await fill('Connection name', typed['Connection name'], wizard);
    expect(beforeunload()).to.equal(false);
  });
});
