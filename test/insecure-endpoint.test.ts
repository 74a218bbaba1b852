import { expect } from '@open-wc/testing';
import type { AddConnectionWizard, ErrorDetail } from '../src/index.js';
import { click, currentHeading, queryButton, settle, waitFor } from './helpers.js';
import { alertText, expectEverythingKept } from './failure-helpers.js';
import { captureErrors, recordEverything } from './draft-helpers.js';
import { readyToSubmit, renderWizard, typed } from './route.js';

const secrets = [typed.Password, 'wh1:secret'];
const localEndpoint = () => `http://localhost:${location.port}/x`;

async function render(o: { endpoint?: string; testEndpoint?: string }) {
  const wizard = await renderWizard();
  if (o.endpoint) wizard.endpoint = o.endpoint;
  if (o.testEndpoint) wizard.testEndpoint = o.testEndpoint;
  const errors: ErrorDetail[] = [];
  wizard.addEventListener('acw-error', (e) => errors.push(e.detail));
  await readyToSubmit(wizard);
  return { wizard, errors };
}

/** Runs `act` with console.error recorded; returns what was logged. */
async function logged(act: () => Promise<void>) {
  const lines: string[] = [];
  const restore = captureErrors(lines);
  try {
    await act();
  } finally {
    restore();
  }
  return lines;
}

function expectOneHttpErrorWithoutSecrets(lines: string[], host = 'api.example.com') {
  expect(lines, 'console.error calls').to.have.length(1);
  expect(lines[0]).to.match(/\bhttp\b/).and.contain(host);
  for (const secret of secrets) expect(lines[0]).not.to.contain(secret);
}

const testResult = (wizard: AddConnectionWizard) => (wizard.shadowRoot!.querySelector('[part~="test-result"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an http endpoint off this machine', () => {
  for (const endpoint of ['http://api.example.com/connections', 'http://localhost.example.com/connections']) {
    it(`refuses ${endpoint}: nothing is sent, the user is told, acw-error says insecure, one console error without secrets`, async () => {
      const requests = await recordEverything();
      const { wizard, errors } = await render({ endpoint });

      const lines = await logged(async () => {
        await click('Add connection', wizard);
        await waitFor(() => errors.length > 0);
        await settle();
      });

      expect(requests).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0].kind).to.equal('insecure');
      expect(alertText(wizard)).to.contain('unencrypted (http)');
      expect(queryButton('Try again', wizard), 'no retry that cannot work').to.equal(undefined);
      expectOneHttpErrorWithoutSecrets(lines, new URL(endpoint).host);
      await expectEverythingKept(wizard);
      expect(requests).to.deep.equal([]);
    });
  }

  for (const endpoint of [localEndpoint, () => '/api/connections']) {
    it(`allows ${endpoint()}: the request goes out`, async () => {
      const requests = await recordEverything();
      const { wizard, errors } = await render({ endpoint: endpoint() });

      const lines = await logged(async () => {
        await click('Add connection', wizard);
        await waitFor(() => currentHeading(wizard) === 'Connection created');
      });

      expect(requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([`POST ${new URL(endpoint(), location.href).href}`]);
      expect(errors).to.deep.equal([]);
      expect(lines).to.deep.equal([]);
    });
  }
});

describe('an http test endpoint off this machine', () => {
  it('is refused with a message, without a request', async () => {
    const requests = await recordEverything();
    const { wizard } = await render({ testEndpoint: 'http://api.example.com/test' });

    const lines = await logged(() => click('Test connection', wizard));

    expect(testResult(wizard)).to.contain('Connection test failed.').and.contain('unencrypted (http)');
    expect(requests).to.deep.equal([]);
    expectOneHttpErrorWithoutSecrets(lines);
  });

  it('allows a relative test endpoint: the test goes out', async () => {
    const requests = await recordEverything();
    const { wizard } = await render({ testEndpoint: '/api/test' });

    await click('Test connection', wizard);

    await waitFor(() => testResult(wizard) === 'Connection test passed.');
    expect(requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([`POST ${location.origin}/api/test`]);
  });
});
