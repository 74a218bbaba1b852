// The packed package in every engine: the plain-HTML example, installed from the tarball and
// served by `test-examples.mjs --serve`, driven through one full submission in Chromium and
// Firefox (puppeteer; Firefox over WebDriver BiDi) and WebKit (WebKitWebDriver, webdriverio).
// The framework examples run in Chromium only (test-examples.mjs); this proves the published
// bundle in the other engines. Prints one line per engine and "N passed, N failed".
//
// Options: --no-build   pack dist/ as it is (default: `npm run build` first)
//          --only firefox,webkit
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { killWithThisProcess } from './child-processes.mjs';
import { startWebKitDriver, webkitCapabilities } from './webkit-driver.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const CREATED_ID = '4242'; // what the example server answers a valid create with
const { values: options } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, only: { type: 'string' } },
});

/**
 * Runs in the page: finds what a person would, by label or text, through shadow roots.
 * One function for both drivers (puppeteer's evaluate and WebDriver's execute).
 */
function inPage(action, name, value) {
  const all = [];
  const walk = (node) => {
    for (const el of node.children) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(document);
  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el) => el.checkVisibility?.() ?? true;
  const labelOf = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return ids.split(/\s+/).map((id) => text(el.getRootNode().getElementById(id))).join(' ');
    if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label').trim();
    return [...(el.labels ?? [])].map(text).join(' ');
  };
  const one = (found) => (found.length === 1 ? found[0] : undefined);
  const field = () => one(all.filter((el) => el.matches('input, select, textarea') && shown(el) && labelOf(el) === name));
  const button = () => one(all.filter((el) => el.localName === 'button' && shown(el) && (el.getAttribute('aria-label') ?? text(el)) === name));
  switch (action) {
    case 'heading':
      return all.some((el) => el.matches('h1, h2, h3, [part~="heading"]') && shown(el) && text(el) === name);
    case 'focus': {
      const el = field();
      el?.focus();
      return Boolean(el);
    }
    case 'click': {
      const el = name.startsWith('radio:') ? one(all.filter((r) => r.type === 'radio' && labelOf(r) === name.slice(6))) : button();
      el?.click();
      return Boolean(el);
    }
    case 'value':
      return field()?.value ?? null;
    case 'select': {
      const el = field();
      if (!el) return false;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }
    case 'text':
      return text(document.querySelector(name));
    default:
      throw new Error(`no action ${action}`);
  }
}

async function until(what, check, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One submission, as test-examples.mjs does it in Chromium, through a driver's `run` and `type`. */
async function submit({ run, type }) {
  const heading = (name) => until(`the heading "${name}"`, () => run('heading', name));
  const click = async (name) => until(`"${name}" to click`, () => run('click', name));
  const fill = async (label, value) => {
    await until(`the field "${label}"`, () => run('focus', label));
    await type(value);
    const typed = await run('value', label);
    if (typed !== value) throw new Error(`"${label}" holds ${JSON.stringify(typed)}, typed ${JSON.stringify(value)}`);
  };

  await heading('Basic Information');
  await fill('Connection name', 'Brand X - Infusionsoft to File Exchange');
  await click('Continue');
  await heading('Merchant Information');
  await click('radio:Create new merchant');
  await fill('Company name', 'Brand X');
  await click('Continue');
  await heading('Warehouse Setup');
  await fill('Connection string', 'sftp://u:p@ftp.example.com');
  await click('Continue');
  await heading('Store Setup');
  await fill('Name', 'Brand X Store');
  if ((await run('value', 'Platform')) !== 'infusionsoft') await run('select', 'Platform', 'infusionsoft');
  await fill('Application name', 'brandx');
  await fill('Username', 'admin@example.com');
  await fill('Password', 'hunter2');
  await click('Add connection');
  // The example server answers 4242 only to a body its schema accepts.
  await until(`the page to show id ${CREATED_ID}`, async () => (await run('text', '#created-id')) === CREATED_ID);
  await heading('Connection created');
}

async function withPuppeteer(browser, executablePath, url) {
  const { default: puppeteer } = await import('puppeteer');
  const args = browser === 'chrome' ? ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] : [];
  const instance = await puppeteer.launch({ browser, executablePath, headless: true, args });
  try {
    const page = await instance.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await submit({
      run: (...params) => page.evaluate(inPage, ...params),
      type: (text) => page.keyboard.type(text),
    });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await instance.close();
  }
}

async function withWebKit(url) {
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  let browser;
  try {
    browser = await remote({ hostname: driver.hostname, port: driver.port, capabilities: { ...webkitCapabilities }, logLevel: 'error' });
    await browser.url(url);
    await submit({
      run: (...params) => browser.execute(inPage, ...params),
      // One key per command: WebKitWebDriver drops a repeated character within one (sftp:/).
      type: async (text) => {
        for (const key of text) await browser.keys(key);
      },
    });
  } finally {
    await browser?.deleteSession().catch(() => {});
    driver.stop();
  }
}

const engines = {
  chromium: (url) => withPuppeteer('chrome', process.env.CHROME_PATH ?? '/usr/bin/chromium', url),
  firefox: (url) => withPuppeteer('firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', url),
  webkit: (url) => withWebKit(url),
};
const wanted = options.only ? options.only.split(',').map((s) => s.trim()) : Object.keys(engines);

/** `test-examples.mjs --serve plain-html`: packs, installs the tarball, serves; resolves to its URL. */
function servePlainHtml() {
  const args = ['scripts/test-examples.mjs', '--serve', 'plain-html', '--port', '0', ...(options['no-build'] ? ['--no-build'] : [])];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const kill = killWithThisProcess(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /^plain-html: (http:\S+)/m.exec(out);
      if (found) resolve(found[1]);
    });
    exited.then(() => reject(new Error(`the example server exited before serving:\n${out.trim()}`)));
  });
  // SIGTERM lets it close its server and remove its temp folder.
  return { url, stop: async () => (kill(), await exited) };
}

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const results = [];
const server = servePlainHtml();
try {
  const url = await server.url;
  for (const name of wanted) {
    const t = Date.now();
    try {
      if (!engines[name]) throw new Error(`no engine ${name} (there are ${Object.keys(engines).join(', ')})`);
      await engines[name](url);
      results.push({ name, ok: true });
      console.log(`ok   ${name.padEnd(8)} the packed bundle shows id ${CREATED_ID} after a full submission (${seconds(Date.now() - t)})`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`FAIL ${name.padEnd(8)} ${String(error?.message ?? error).split('\n').slice(0, 8).join('\n     ')}`);
    }
  }
} catch (error) {
  results.push({ name: 'setup', ok: false });
  console.log(`FAIL setup    ${error.message}`);
} finally {
  await server.stop();
}
const passed = results.filter((r) => r.ok).length;
console.log(`total ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length && results.length > 0 ? 0 : 1);
