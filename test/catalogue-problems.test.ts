// A catalogue with broken entries: each problem reported once, by index, id, path and
// expectation, in the console and as acw-catalogue-problem; every other platform works.
import { expect } from '@open-wc/testing';
import type { AddConnectionWizard, CatalogueProblem, PlatformDefinition } from '../src/index.js';
import { fill, getByLabel, queryByLabel, select, settle, waitFor } from './helpers.js';
import { renderWizard, toStoreStep } from './route.js';

const text = (name: string, extra: object = {}) => ({ name, label: name.toUpperCase(), type: 'text', ...extra });
const entry = (id: string, fields: object[], extra: object = {}) => ({ id, label: `${id} label`, kind: 'store', fields, ...extra });

const catalogue = [
  entry('good', [text('key')]),
  entry('unknown-type', [text('a'), { name: 'b', label: 'B', type: 'checkboxes' }]),
  entry('twice', [text('a'), text('a')]),
  entry('wrong-default', [text('a'), text('b'), text('c'), { name: 'days', label: 'Days', type: 'number', default: '0' }]),
  entry('lost', [text('a', { showWhen: { field: 'nowhere' } })]),
  entry('empty', [{ name: 'pick', label: 'Pick', type: 'multiselect', options: [] }]),
  { label: 'No id', kind: 'store', fields: [] },
  entry('good', [text('other')], { label: 'Second good' }),
] as unknown as PlatformDefinition[];

const expected = [
  'platforms[1] "unknown-type": fields[1].type: expected one of "text", "secret", "select", "multiselect", "boolean", "url", "email", "number", got "checkboxes"',
  'platforms[2] "twice": fields[1].name: expected a name no other field has, got "a" (also fields[0])',
  'platforms[3] "wrong-default": fields[3].default: expected a number, got "0"',
  'platforms[4] "lost": fields[0].showWhen: expected the name of another field, got "nowhere"',
  'platforms[5] "empty": fields[0].options: expected at least one option',
  'platforms[6] (no id): id: expected a string, got nothing',
  'platforms[7] "good": id: expected an id no other store platform has, got "good" (also platforms[0])',
];

describe('a catalogue with broken entries', () => {
  let warnings: string[];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  async function wizardWith(platforms: PlatformDefinition[]) {
    const wizard = await renderWizard({ endpoint: '/api/connections' });
    const problems: CatalogueProblem[] = [];
    wizard.addEventListener('acw-catalogue-problem', (event) => problems.push(event.detail));
    wizard.platforms = platforms;
    await settle();
    return { wizard, problems };
  }

  it('reports each problem once, as an event and in the console, naming index, id, path and expectation', async () => {
    const { wizard, problems } = await wizardWith(catalogue);

    expect(problems.map((p) => p.message)).to.deep.equal(expected);
    expect(problems[2]).to.deep.equal({ index: 3, id: 'wrong-default', path: 'fields[3].default', message: expected[2] });
    expect(problems[5]).to.deep.equal({ index: 6, path: 'id', message: expected[5] });
    expect(warnings).to.deep.equal(expected.map((m) => `add-connection-wizard: ${m} (left out)`));

    // The same catalogue handed over again, as a host that refetches does: nothing new to say.
    wizard.platforms = structuredClone(catalogue);
    await settle();
    expect(problems).to.have.length(expected.length);
    expect(warnings).to.have.length(expected.length);
  });

  it('keeps the good platforms, and for a duplicated id the first one’s label and form', async () => {
    const { wizard } = await wizardWith(catalogue);
    await toStoreStep(wizard);
    await fill('Name', 'Store', wizard);

    const picker = getByLabel<HTMLSelectElement>('Platform', wizard);
    expect([...picker.options].filter((o) => o.value).map((o) => o.textContent!.trim())).to.deep.equal(['good label', 'Infusionsoft']);
    await select('Platform', 'good label', wizard);
    await waitFor(() => getByLabel('KEY', wizard));
    expect(queryByLabel('OTHER', wizard)).to.equal(undefined);
  });

  it('says what is wrong with a catalogue that is not a list, and still offers the built-in platforms', async () => {
    const { wizard, problems } = await wizardWith({ platforms: [] } as unknown as PlatformDefinition[]);
    await toStoreStep(wizard);

    expect(problems.map((p) => p.message)).to.deep.equal(['platforms: expected an array of definitions, got {"platforms":[]}']);
    expect(getByLabel<HTMLSelectElement>('Platform', wizard).value).to.equal('infusionsoft');
    expect((wizard as AddConnectionWizard).currentStep).to.equal(4);
  });
});
