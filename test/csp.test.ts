import { expect } from '@open-wc/testing';
import type { AddConnectionWizard } from '../src/index.js';
import { currentHeading, recordingEndpoint, settle, type, useBackend, waitFor } from './helpers.js';

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
  const wizard = win.document.querySelector('add-connection-wizard')!;
  await wizard.updateComplete;
  return { win, wizard };
}

/** Every element below `root`, through open shadow roots (elements of the frame's realm). */
function deepElements(root: Element | ShadowRoot): Element[] {
  return Array.from(root.children).flatMap((child) => [
    child,
    ...(child.shadowRoot ? deepElements(child.shadowRoot) : []),
    ...deepElements(child),
  ]);
}

// helpers' getByLabel and getButton use `instanceof`, which is false across realms.
const shown = (wizard: AddConnectionWizard) => deepElements(wizard.shadowRoot!).filter((el) => (el as HTMLElement).checkVisibility());
const text = (el: Element | null) => (el?.textContent ?? '').trim();

/** Types into the one visible input whose label is `label`, on the real keyboard. */
async function fill(wizard: AddConnectionWizard, label: string, value: string) {
  const labelled = () => shown(wizard).filter((el) => el.localName === 'input' && Array.from((el as HTMLInputElement).labels ?? []).some((l) => text(l) === label));
  // Built-in platform forms are loaded on demand: give their module time to arrive.
  const inputs = await waitFor(() => (labelled().length > 0 ? labelled() : undefined)).catch(() => labelled());
  expect(inputs.length, `inputs labelled "${label}"`).to.equal(1);
  await type(inputs[0] as HTMLInputElement, value);
}

/** Presses the one visible button named `name`. */
async function press(wizard: AddConnectionWizard, name: string) {
  const buttons = shown(wizard).filter((el) => el.localName === 'button' && text(el) === name);
  expect(buttons.length, `buttons named "${name}"`).to.equal(1);
  (buttons[0] as HTMLButtonElement).click();
  await settle();
}

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('the test page really enforces the policy, and violations are recorded', async () => {
    const response = await fetch('/test/csp/page.html');
    expect(response.headers.get('Content-Security-Policy')).to.equal(policy);

    const { win } = await openStrictPage();
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>not trusted</b>';
    }).to.throw(/TrustedHTML/);
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

    await fill(wizard, 'Connection name', 'Brand Y — Infusionsoft → ACME WMS');
    await press(wizard, 'Continue');
    await fill(wizard, 'Company name', 'Brand Y');
    await press(wizard, 'Continue');
    await fill(wizard, 'Connection string', 'sftp://wh1:secret@ftp.example.com');
    await press(wizard, 'Continue');
    await fill(wizard, 'Name', 'Brand Y Store');
    await fill(wizard, 'Application name', 'brandy');
    await fill(wizard, 'Username', 'admin@example.com');
    await fill(wizard, 'Password', 'hunter2');
    await press(wizard, 'Add connection');

    await waitFor(() => currentHeading(wizard) === 'Connection created');
    // The parent page's msw worker answered the frame's request: it controls the frame too.
    expect(win.navigator.serviceWorker.controller, 'service worker of the frame').to.not.equal(null);
    expect(endpoint.requests).to.have.length(1);
    expect(endpoint.requests[0].body).to.deep.include({ name: 'Brand Y — Infusionsoft → ACME WMS' });
    expect(win.__cspViolations).to.deep.equal([]);
  });
});
