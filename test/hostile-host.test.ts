// A careless or hostile host page: every property it sets is checked when set, reported
// once in the console by name, and replaced by a sensible fallback; the wizard keeps working.
import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import '../src/index.js';
import type { AddConnectionWizard, ErrorDetail } from '../src/index.js';
import { alertText, created, submitAndFail } from './failure-helpers.js';
import { click, currentHeading, fill, getByLabel, recordingEndpoint, settle, useBackend, waitFor } from './helpers.js';
import { readyToSubmit } from './route.js';

/** Runs `act` with console.error and console.warn recorded. */
async function consoleOf<T>(act: () => Promise<T>): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await act(), errors, warnings };
  } finally {
    Object.assign(console, { error, warn });
  }
}

describe('malformed merchants', () => {
  it('shows the good merchants and says which entries were left out', async () => {
    const bad = [null, { id: 3 }, { id: 4, company_name: 'No lists', warehouses: 'nope' }, { id: 1, company_name: 'Repeated' }];
    const { result: wizard, errors, warnings } = await consoleOf(async () => {
      const el = await fixture<AddConnectionWizard>(html`<add-connection-wizard></add-connection-wizard>`);
      el.merchants = [{ id: 1, company_name: 'Good Co', warehouses: [{ id: 9, name: 'Main' }] }, ...bad] as never;
      await el.updateComplete;
      return el;
    });
    await fill('Connection name', 'C', wizard);
    await click('Continue', wizard);

    expect(getByLabel('Good Co', wizard)).to.exist;
    expect(getByLabel('No lists', wizard)).to.exist;
    expect(() => getByLabel('Repeated', wizard)).to.throw();
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('merchants').and.contain('merchants[1]').and.contain('merchants[2]').and.contain('warehouses is not an array');
    expect(warnings).to.deep.equal(['add-connection-wizard: merchants: merchants[4] repeats the id 1; the first merchant with it is kept.']);
  });

  it('renders from an attribute that is not JSON, as if no merchants were given', async () => {
    const { result: wizard, errors } = await consoleOf(() => fixture<AddConnectionWizard>(html`<add-connection-wizard merchants="[{oops"></add-connection-wizard>`));
    await fill('Connection name', 'C', wizard);
    await click('Continue', wizard);

    expect(currentHeading(wizard)).to.equal('Merchant Information');
    expect(getByLabel('Company name', wizard)).to.exist;
    expect(errors.join('\n')).to.contain('merchants attribute is not valid JSON');
  });
});

describe('request configuration', () => {
  it('leaves out a header with a line break, keeps the others, and still sends', async () => {
    const { result, errors } = await consoleOf(() =>
      submitAndFail((n) => (n === 1 ? new HttpResponse(null, { status: 500 }) : created()), undefined, (wizard) => {
        wizard.headers = { 'X-CSRF-Token': 'ok', 'X-Evil': 'a\r\nSet-Cookie: x=1', 'Content-Type': 'text/plain' };
      }),
    );
    const request = result.endpoint.requests[0];
    expect(request.headers.get('X-CSRF-Token')).to.equal('ok');
    expect(request.headers.has('X-Evil')).to.equal(false);
    expect(request.headers.get('Content-Type')).to.equal('application/json');
    expect(errors.join('\n')).to.contain('headers').and.contain('X-Evil holds a line break').and.contain('Content-Type is set by the wizard');
  });

  it('sends with same-origin credentials and without a header a browser cannot carry, saying why', async () => {
    const { result, errors } = await consoleOf(() =>
      submitAndFail(() => new HttpResponse(null, { status: 500 }), undefined, (wizard) => {
        wizard.setAttribute('credentials', 'bogus');
        wizard.headers = { 'X-Token': 'abc€', 'X-Fine': 'ok' };
      }),
    );
    expect(result.endpoint.requests).to.have.length(1);
    expect(result.endpoint.requests[0].headers.get('X-Fine')).to.equal('ok');
    expect(result.endpoint.requests[0].headers.has('X-Token')).to.equal(false);
    expect(result.errors[0].kind).to.equal('server');
    expect(errors.join('\n')).to.contain('credentials: expected omit, same-origin or include').and.contain('X-Token');
  });

  for (const timeout of ['abc', -1, 0]) {
    it(`sends with the default timeout when timeout is ${JSON.stringify(timeout)}`, async () => {
      const { result, errors } = await consoleOf(() =>
        submitAndFail(() => new HttpResponse(null, { status: 500 }), undefined, (wizard) => {
          wizard.timeout = timeout as number;
        }),
      );
      expect(result.endpoint.requests).to.have.length(1);
      expect(result.errors[0].kind).to.equal('server');
      expect(errors.join('\n')).to.contain('timeout: expected a positive number');
    });
  }

  for (const [what, mapper] of [
    ['throws', () => { throw new Error('mapper bug'); }],
    ['returns a malformed result', () => [{ where: '/name' }]],
  ] as const) {
    it(`reads the answer itself when errorMapper ${what}`, async () => {
      const { result, errors } = await consoleOf(() =>
        submitAndFail(() => HttpResponse.json({ errors: [{ pointer: '/store/name', detail: 'That name is taken.' }] }, { status: 422 }), undefined, (wizard) => {
          wizard.errorMapper = mapper as never;
        }),
      );
      expect(result.errors[0].kind).to.equal('validation');
      expect(result.errors[0].errors).to.deep.equal([{ pointer: '/store/name', detail: 'That name is taken.' }]);
      expect(errors.join('\n')).to.contain('errorMapper');
    });
  }

  for (const endpoint of ['data:application/json,{"id":1}', 'javascript:alert(1)', 'https://user:pw@api.example.com/c']) {
    it(`refuses to send to ${endpoint.slice(0, 20)}… and never says “created”`, async () => {
      const { result, errors } = await consoleOf(async () => {
        const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint=${endpoint}></add-connection-wizard>`);
        const failures: ErrorDetail[] = [];
        wizard.addEventListener('acw-error', (e) => failures.push(e.detail));
        await readyToSubmit(wizard);
        await click('Add connection', wizard);
        await waitFor(() => failures.length > 0);
        await settle();
        return { wizard, failures };
      });
      expect(result.failures[0].kind).to.equal('insecure');
      expect(alertText(result.wizard)).to.contain('not set up to send the connection');
      expect(currentHeading(result.wizard)).to.equal('Store Setup');
      expect(errors.join('\n')).to.contain('endpoint');
    });
  }
});

describe('message overrides of the wrong kind', () => {
  it('are ignored with a console error; the done view still renders', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const { result: wizard, errors } = await consoleOf(async () => {
      const el = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections"></add-connection-wizard>`);
      el.messages = { created: 'not a function', steps: ['only one'], continue: 'Next', nonsense: 1 } as never;
      await el.updateComplete;
      return el;
    });
    await fill('Connection name', 'Brand Y — Infusionsoft → ACME WMS', wizard);
    await click('Next', wizard);
    await fill('Company name', 'Brand Y', wizard);
    await click('Next', wizard);
    await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
    await click('Next', wizard);
    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    expect(wizard.shadowRoot!.textContent).to.contain('was created. It is disabled until you enable it.');
    expect(errors.join('\n')).to.contain('messages').and.contain('created must be a function').and.contain('steps must be a list of 4 texts').and.contain('"nonsense" is not a message');
  });
});

describe('one draft-key on two wizards', () => {
  afterEach(() => localStorage.clear());

  it('is kept by the first; the second warns and keeps no draft', async () => {
    const key = `twice-${Date.now()}`;
    const { result, warnings } = await consoleOf(async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <add-connection-wizard draft-key=${key}></add-connection-wizard>
        <add-connection-wizard draft-key=${key}></add-connection-wizard>
      </div>`);
      const [first, second] = Array.from(host.querySelectorAll('add-connection-wizard'));
      await fill('Connection name', 'First', first);
      await fill('Connection name', 'Second', second);
      await new Promise((resolve) => setTimeout(resolve, 400));
      return { first, second };
    });
    const stored = localStorage.getItem(`add-connection-wizard:${key}`) ?? '';
    expect(stored).to.contain('First');
    expect(stored).not.to.contain('Second');
    expect(warnings.join('\n')).to.contain('is used by another wizard');
    expect(result.first.currentStep).to.equal(1);
  });
});
