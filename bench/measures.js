// Runs in the benchmark page, against the built single-file bundle. Every measure is
// repeated and the caller takes medians.
// Paint itself happens on the next frame, which rounds every time to ~16 ms; what the
// element controls is the work up to a laid-out step, so that is what is timed: rendered,
// styled and laid out (reading a box forces style and layout).
const laidOut = (root) => root.querySelector('h2')?.getBoundingClientRect();
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function freshWizard() {
  const wizard = document.createElement('add-connection-wizard');
  document.body.append(wizard);
  await wizard.updateComplete;
  return wizard;
}

/** A template holding the DOM the wizard renders for a step, with the same styles. */
async function baselineFor(stepSetup) {
  const wizard = await freshWizard();
  await stepSetup(wizard);
  const template = document.createElement('template');
  template.innerHTML = wizard.shadowRoot.innerHTML;
  const sheets = wizard.shadowRoot.adoptedStyleSheets;
  wizard.remove();
  return { template, sheets };
}

async function timeBaseline({ template, sheets }) {
  const start = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.append(template.content.cloneNode(true));
  document.body.append(host);
  laidOut(root);
  const time = performance.now() - start;
  await nextPaint();
  host.remove();
  return time;
}

function type(input, value) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export async function firstRender(runs) {
  const baseline = await baselineFor(async () => {});
  const wizardTimes = [];
  const baselineTimes = [];
  for (let i = 0; i < runs; i++) {
    baselineTimes.push(await timeBaseline(baseline));
    const start = performance.now();
    const wizard = document.createElement('add-connection-wizard');
    document.body.append(wizard);
    await wizard.updateComplete;
    laidOut(wizard.shadowRoot);
    wizardTimes.push(performance.now() - start);
    await nextPaint();
    wizard.remove();
  }
  return { wizardTimes, baselineTimes };
}

export async function stepChange(runs) {
  const toStep2 = async (wizard) => {
    type(wizard.shadowRoot.querySelector('#f-name'), 'Bench');
    wizard.shadowRoot.querySelector('[part~="next-button"]').click();
    await wizard.updateComplete;
  };
  const baseline = await baselineFor(toStep2);
  const wizardTimes = [];
  const baselineTimes = [];
  for (let i = 0; i < runs; i++) {
    baselineTimes.push(await timeBaseline(baseline));
    const wizard = await freshWizard();
    type(wizard.shadowRoot.querySelector('#f-name'), 'Bench');
    await wizard.updateComplete;
    await nextPaint();
    const start = performance.now();
    wizard.shadowRoot.querySelector('[part~="next-button"]').click();
    await wizard.updateComplete;
    laidOut(wizard.shadowRoot);
    const focused = wizard.shadowRoot.activeElement?.id === 'heading';
    wizardTimes.push(performance.now() - start);
    await nextPaint();
    if (!focused) throw new Error('the heading of step 2 did not get focus');
    wizard.remove();
  }
  return { wizardTimes, baselineTimes };
}

/** One keystroke in a validated field (touched, so its error shows) to the error updated. */
export async function typing(runs) {
  const wizard = await freshWizard();
  const input = wizard.shadowRoot.querySelector('#f-name');
  input.dispatchEvent(new FocusEvent('blur'));
  await wizard.updateComplete;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const value = i % 2 === 0 ? '' : 'B';
    const start = performance.now();
    type(input, value);
    await wizard.updateComplete;
    times.push(performance.now() - start);
    const shows = Boolean(wizard.shadowRoot.querySelector('[part~="error"]'));
    if (shows !== (value === '')) throw new Error('the error state did not follow the value');
  }
  wizard.remove();
  return times;
}

/** Creates, renders, fills and removes the element `count` times. */
export async function churn(count) {
  for (let i = 0; i < count; i++) {
    const wizard = document.createElement('add-connection-wizard');
    wizard.setAttribute('endpoint', '/api/connections');
    document.body.append(wizard);
    await wizard.updateComplete;
    type(wizard.shadowRoot.querySelector('#f-name'), `Connection ${i}`);
    await wizard.updateComplete;
    wizard.remove();
  }
}

/** `count` merchants with names like "Oak Summit 3207", each with two warehouses. */
export function makeMerchants(count) {
  const words = ['Acme', 'Brand', 'Oak', 'Ember', 'North', 'Harbor', 'Pine', 'Summit', 'River', 'Stone'];
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    company_name: `${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${i}`,
    warehouses: [{ id: i * 10 + 1, name: `Main ${i}` }, { id: i * 10 + 2, name: `Overflow ${i}` }],
  }));
}

async function wizardWithMerchants(merchants) {
  const wizard = document.createElement('add-connection-wizard');
  wizard.merchants = merchants;
  document.body.append(wizard);
  await wizard.updateComplete;
  type(wizard.shadowRoot.querySelector('#f-name'), 'Bench');
  await wizard.updateComplete;
  return wizard;
}

/** Continue from step 1 to Merchant Information laid out, with `few` and with `many` merchants, side by side. */
export async function continueToMerchants(runs, few, many) {
  const lists = { few: makeMerchants(few), many: makeMerchants(many) };
  const times = { few: [], many: [] };
  for (let i = 0; i < runs; i++) {
    for (const size of ['few', 'many']) {
      const wizard = await wizardWithMerchants(lists[size]);
      await nextPaint();
      const start = performance.now();
      wizard.shadowRoot.querySelector('[part~="next-button"]').click();
      await wizard.updateComplete;
      laidOut(wizard.shadowRoot);
      times[size].push(performance.now() - start);
      await nextPaint();
      wizard.remove();
    }
  }
  return times;
}

/** Keystrokes in the merchant combobox with `count` merchants: to the updated list rendered. */
export async function merchantKeystrokes(count, queries) {
  const wizard = await wizardWithMerchants(makeMerchants(count));
  wizard.shadowRoot.querySelector('[part~="next-button"]').click();
  await wizard.updateComplete;
  const input = wizard.shadowRoot.querySelector('[role="combobox"]');
  input.focus();
  const times = [];
  for (const query of queries) {
    const start = performance.now();
    type(input, query);
    await wizard.updateComplete;
    times.push(performance.now() - start);
  }
  const options = wizard.shadowRoot.querySelectorAll('[role="option"]').length;
  wizard.remove();
  if (options > 50) throw new Error(`${options} options in the DOM`);
  return times;
}

/** Chooses a merchant among `count`, goes on to the next step, and removes the wizard. */
export async function chooseAmongMerchants(merchants) {
  const wizard = await wizardWithMerchants(merchants);
  wizard.shadowRoot.querySelector('[part~="next-button"]').click();
  await wizard.updateComplete;
  const input = wizard.shadowRoot.querySelector('[role="combobox"]');
  input.focus();
  type(input, 'oak summit 32');
  await wizard.updateComplete;
  wizard.shadowRoot.querySelector('[role="option"]').click();
  await wizard.updateComplete;
  wizard.shadowRoot.querySelector('[part~="next-button"]').click();
  await wizard.updateComplete;
  await nextPaint();
  wizard.remove();
}
