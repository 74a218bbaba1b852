import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { click, currentHeading, recordingEndpoint, useBackend, waitFor } from './helpers.js';
import { readyToSubmit, typedRequest } from './route.js';

// test/csp/page.html is served with this header by web-test-runner.config.js. Lit creates
// one Trusted Types policy, named `lit-html`, for the static parts of its templates; the
// wizard needs no other name. A policy under any other name would throw and be reported.
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}
type StrictWindow = Window & typeof globalThis & { __cspViolations: Violation[] };

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Opens the strict page in a same-origin frame; its wizard is loaded by an external module script. */
async function openStrictPage() {
  frame = document.createElement('iframe');
  frame.src = '/test/csp/page.html';
  frame.style.cssText = 'width: 800px; height: 1000px; border: 0';
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as StrictWindow;
  await win.customElements.whenDefined('add-connection-wizard');
  // Of the frame's realm: the helpers find things by tag name and label, not `instanceof`.
  const wizard = win.document.querySelector('add-connection-wizard') as AddConnectionWizard;
  await wizard.updateComplete;
  return { win, wizard };
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('the test page really enforces the policy, and violations are recorded', async () => {
    const response = await fetch('/test/csp/page.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(policy);

    const { win } = await openStrictPage();
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>not trusted</b>';
    }).to.throw().with.property('name', 'TypeError'); // of either realm, each engine's own words
    await waitFor(() => win.__cspViolations.length > 0);
    expect(win.__cspViolations[0].directive).to.equal('require-trusted-types-for');
  });

  it('renders the wizard and completes a submission without a single violation', async () => {
    const endpoint = recordingEndpoint();
    await useBackend(endpoint.handler);
    const { win, wizard } = await openStrictPage();
    expect(currentHeading(wizard)).to.equal('Basic Information');
    // Lit's styles are constructed style sheets, which style-src 'self' allows: they apply.
    expect(win.getComputedStyle(wizard).display, 'the :host style').to.equal('block');

    await readyToSubmit(wizard);
    await click('Add connection', wizard);

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    // The parent page's msw worker answered the frame's request: it controls the frame too.
    expect(win.navigator.serviceWorker.controller, 'service worker of the frame').to.not.equal(null);
    expect(endpoint.requests).to.have.length(1);
    expect(endpoint.requests[0].body).to.deep.equal(typedRequest);
    expect(win.__cspViolations).to.deep.equal([]);
  });
});
