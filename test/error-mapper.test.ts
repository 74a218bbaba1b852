import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../src/index.js';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, deepActiveElement, errorOf, getByLabel, queryButton, waitFor } from './helpers.js';
import { alertText, created, expectEverythingKept, submitAndFail } from './failure-helpers.js';

type HostBody = { fieldErrors?: { path: string; msg: string }[] };
const hostMapper = (body: unknown) => (body as HostBody | undefined)?.fieldErrors?.map((e) => ({ pointer: e.path, detail: e.msg }));

/** Fills every step with `errorMapper` set and presses Add connection; resolves on acw-error. */
const submitWithMapper = (mapper: AddConnectionWizard['errorMapper'], answer: (attempt: number) => Response) =>
  submitAndFail(answer, undefined, (wizard) => (wizard.errorMapper = mapper));

describe('errorMapper', () => {
  it('places the errors of a host’s own JSON shape on their fields', async () => {
    const calls: [unknown, number][] = [];
    const { wizard, errors } = await submitWithMapper(
      (body, status) => {
        calls.push([body, status]);
        return hostMapper(body);
      },
      () => HttpResponse.json({ fieldErrors: [{ path: '/store/adapter/app_name', msg: 'Unknown app' }] }, { status: 400 }),
    );

    const appName = getByLabel('Application name', wizard);
    expect(errorOf(appName)).to.equal('Unknown app');
    await waitFor(() => deepActiveElement() === appName);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ kind: 'validation', status: 400 });
    expect(errors[0].errors).to.deep.equal([{ pointer: '/store/adapter/app_name', detail: 'Unknown app' }]);
    expect(calls).to.deep.equal([[{ fieldErrors: [{ path: '/store/adapter/app_name', msg: 'Unknown app' }] }, 400]]);
    await expectEverythingKept(wizard);
  });

  it('falls back to the normal handling when it returns undefined', async () => {
    const statuses: number[] = [];
    const { wizard, errors, endpoint } = await submitWithMapper(
      (body, status) => {
        statuses.push(status);
        return hostMapper(body);
      },
      (n) => (n === 1 ? HttpResponse.json({ oops: true }, { status: 500 }) : created()),
    );

    expect(statuses).to.deep.equal([500]);
    expect(errors[0]).to.include({ kind: 'server', status: 500 });
    expect(alertText(wizard)).to.contain('error 500');
    expect(queryButton('Try again', wizard)).not.to.equal(undefined);
    await click('Try again', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests).to.have.length(2);
  });

  it('falls back to the problem document when it returns undefined for one', async () => {
    const { wizard, errors } = await submitWithMapper(hostMapper, () =>
      HttpResponse.json({ title: 'Invalid', errors: [{ pointer: '/store/adapter/username', detail: 'No such user' }] }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } }),
    );

    expect(errorOf(getByLabel('Username', wizard))).to.equal('No such user');
    expect(errors[0]).to.include({ kind: 'validation', status: 422 });
  });
});
