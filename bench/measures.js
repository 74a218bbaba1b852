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
