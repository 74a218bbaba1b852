import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AddConnectionWizard, PlatformDefinition } from '../src/index.js';
import { click, fill, getByLabel, settle, waitFor } from './helpers.js';

// A host's `pattern` cannot freeze the page (issue 15, finding 1): `(a+)+b` took seconds on
// 29 characters in the browser's regex engine; patterns now run in linear time, and those
// that cannot (backreferences, lookarounds) leave their definition out with a warning.
const catastrophic: PlatformDefinition = {
  id: 'catastrophic',
  label: 'Catastrophic',
  kind: 'store',
  fields: [{ name: 'code', label: 'Code', type: 'text', required: true, pattern: '(a+)+b', patternMessage: 'Codes end in b.', maxLength: 1024 }],
};

async function storeSetup(platforms: PlatformDefinition[]) {
  const wizard = await fixture<AddConnectionWizard>(html`<add-connection-wizard endpoint="/api/connections"></add-connection-wizard>`);
  wizard.platforms = platforms;
  await settle();
  await fill('Connection name', 'Patterns', wizard);
  await click('Continue', wizard);
  await fill('Company name', 'Patterns Co', wizard);
  await click('Continue', wizard);
  await waitFor(() => getByLabel('Connection string', wizard));
  await fill('Connection string', 'sftp://wh1:secret@ftp.example.com', wizard);
  await click('Continue', wizard);
  await fill('Name', 'Patterns Store', wizard);
  return wizard;
}

const platformOptions = (wizard: AddConnectionWizard) => Array.from(getByLabel<HTMLSelectElement>('Platform', wizard).options, (o) => o.value);

/** The error message linked to a control through `aria-describedby`. */
function errorOf(control: Element) {
  const root = control.getRootNode() as ShadowRoot;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
  return ids.map((id) => root.getElementById(id)).find((el) => el?.matches('[part~="error"]'))?.textContent?.trim();
}

describe('host patterns', () => {
  for (const length of [29, 1024]) {
    it(`answer (a+)+b on ${length} characters at once, with the pattern’s message`, async () => {
      const wizard = await storeSetup([catastrophic]);
      const platform = getByLabel<HTMLSelectElement>('Platform', wizard);
      platform.value = 'catastrophic';
      platform.dispatchEvent(new Event('change', { bubbles: true }));
      const code = await waitFor(() => getByLabel('Code', wizard));
      code.value = 'a'.repeat(length);
      code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle();

      // Validation and the renders it causes all run in microtasks: this is main-thread time.
      const start = performance.now();
      getByLabel('Code', wizard).blur();
      (wizard.shadowRoot!.querySelector('[part~="submit-button"]') as HTMLButtonElement).click();
      await wizard.updateComplete;
      const ms = performance.now() - start;

      await waitFor(() => errorOf(getByLabel('Code', wizard)));
      expect(errorOf(getByLabel('Code', wizard))).to.equal('Codes end in b.');
      expect(ms, `${ms.toFixed(1)} ms`).to.be.below(250);
    });
  }

  it('that need backtracking leave their definition out, with a warning naming it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const backreference: PlatformDefinition = { ...catastrophic, id: 'backreference', label: 'Backreference', fields: [{ name: 'code', label: 'Code', type: 'text', pattern: '(a+)\\1' }] };
      const lookahead: PlatformDefinition = { ...catastrophic, id: 'lookahead', label: 'Lookahead', fields: [{ name: 'code', label: 'Code', type: 'text', pattern: '(?=a)\\w+' }] };
      const wizard = await storeSetup([backreference, catastrophic, lookahead]);

      expect(platformOptions(wizard)).to.include('catastrophic').and.not.include('backreference').and.not.include('lookahead');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => /platforms\[0\] "backreference": fields\[0\]\.pattern: .+ \(left out\)$/.test(w)), 'backreference').to.have.length(1);
    expect(warnings.filter((w) => /platforms\[2\] "lookahead": fields\[0\]\.pattern: .+ \(left out\)$/.test(w)), 'lookahead').to.have.length(1);
  });
});
