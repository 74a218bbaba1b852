import { expect } from '@open-wc/testing';
import { HttpResponse, delay } from 'msw';
import { click, currentHeading, deepActiveElement, errorOf, fill, getByLabel, waitFor } from './helpers.js';
import { alertText, created, expectEverythingKept, problem, submitAndFail } from './failure-helpers.js';
import { typed } from './route.js';
import { outstandingProblemType } from '../src/schema/problem-types.js';

// What the package's server handler answers while a first attempt with the key still runs.
const outstanding = () =>
  HttpResponse.json(
    { type: outstandingProblemType, title: 'Conflict', status: 409, detail: 'A request is outstanding for this Idempotency-Key.' },
    { status: 409, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '2' } },
  );

describe('when the endpoint rejects the connection', () => {
  it('shows a 422 error on Application name and focuses it', async () => {
    const detail = 'No Infusionsoft application is called brandy.';
    const { wizard, errors } = await submitAndFail(() => problem([{ pointer: '/store/adapter/app_name', detail }]));

    const appName = getByLabel('Application name', wizard);
    expect(errorOf(appName)).to.equal(detail);
    await waitFor(() => deepActiveElement() === appName);
    expect(errors[0]).to.include({ kind: 'validation', status: 422 });
    await expectEverythingKept(wizard);
  });

  it('takes the user back to step 1 for an error on /name, and sends the corrected name', async () => {
    const detail = 'A connection with this name exists.';
    const { wizard, endpoint, errors } = await submitAndFail((n) => (n === 1 ? problem([{ pointer: '/name', detail }]) : created()));

    await waitFor(() => currentHeading(wizard) === 'Basic Information');
    const name = getByLabel('Connection name', wizard);
    expect(errorOf(name)).to.equal(detail);
    expect(name.value).to.equal(typed['Connection name']);
    await waitFor(() => deepActiveElement() === name);
    expect(errors[0]).to.include({ kind: 'validation', status: 422 });

    await fill('Connection name', 'Brand Y — second try', wizard);
    await click('Continue', wizard);
    expect(getByLabel('Company name', wizard).value).to.equal(typed['Company name']);
    await click('Continue', wizard);
    expect(getByLabel('Connection string', wizard).value).to.equal(typed['Connection string']);
    await click('Continue', wizard);
    await click('Add connection', wizard);
    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(endpoint.requests[1].body).to.deep.include({ name: 'Brand Y — second try' });
  });

  it('shows an error it cannot place in the general alert', async () => {
    const detail = 'Foo is not allowed here.';
    const { wizard, errors } = await submitAndFail(() => problem([{ pointer: '/foo', detail }]));

    expect(alertText(wizard)).to.contain(detail);
    expect(errors[0]).to.include({ kind: 'validation', status: 422 });
    expect(errors[0].errors).to.deep.equal([{ pointer: '/foo', detail }]);
    await expectEverythingKept(wizard);
  });

  it('says in plain words that a 409 combination already exists', async () => {
    const { wizard, errors } = await submitAndFail(() => HttpResponse.json({ title: 'Conflict' }, { status: 409 }));

    expect(alertText(wizard)).to.match(/merchant, store and warehouse already exists/);
    expect(errors[0]).to.include({ kind: 'conflict', status: 409 });
    await expectEverythingKept(wizard);
  });
});

describe('when the request fails for another reason', () => {
  const retries = [
    { what: 'a 500', fail: () => new HttpResponse(null, { status: 500 }), kind: 'server', status: 500, message: /could not add the connection \(error 500\)/ },
    { what: 'a 409 "outstanding" (the first attempt still runs)', fail: outstanding, kind: 'server', status: 409, message: /could not add the connection \(error 409\)/ },
    { what: 'a network failure', fail: () => HttpResponse.error(), kind: 'network', status: undefined, message: /could not be reached/ },
    { what: 'a timeout', fail: async () => { await delay('infinite'); return created(); }, kind: 'timeout', status: undefined, message: /took too long/ },
  ];
  for (const { what, fail, kind, status, message } of retries) {
    it(`after ${what}, keeps every value and retries with the same Idempotency-Key`, async () => {
      const { wizard, endpoint, errors } = await submitAndFail((n) => (n === 1 ? fail() : created()), kind === 'timeout' ? 200 : undefined);

      expect(alertText(wizard)).to.match(message);
      expect(errors).to.have.length(1);
      expect(errors[0].kind).to.equal(kind);
      expect(errors[0].status).to.equal(status);
      await expectEverythingKept(wizard);

      // The retry's answer comes at once, but a busy machine may take more than the 200 ms
      // that made the first attempt time out: give it the default time.
      wizard.timeout = 30_000;
      await click('Try again', wizard);
      await waitFor(() => currentHeading(wizard) === 'Connection created');
      expect(endpoint.requests).to.have.length(2);
      const [first, second] = endpoint.requests.map((r) => r.headers.get('Idempotency-Key'));
      expect(first).to.be.a('string').and.not.empty;
      expect(second).to.equal(first);
    });
  }
});
