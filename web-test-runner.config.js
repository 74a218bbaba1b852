import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { closePopupsPlugin } from './scripts/close-popups-plugin.mjs';
import { slowestTestsReporter } from './scripts/slowest-tests-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Every engine a portal's users have. ENGINES=firefox (or chromium,webkit…) runs some.
const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumFlags,
      },
    }),
  // Debian's Firefox ESR over WebDriver BiDi (puppeteer): the Playwright build of Firefox
  // would have to be downloaded.
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        // Focus as a test needs it: the consent tests open popups, and an open (or just
        // closed) popup left the test page without focus, so no focus or blur events fired
        // there (measured: document.hasFocus() false, a field's blur never fired), and a
        // later test's "touched" errors never showed. Firefox's own test mode fires them in
        // every window; window.focus() may raise the page again.
        extraPrefsFirefox: { 'focusmanager.testmode': true, 'dom.disable_window_flip': false },
      },
    }),
  webkit: () => webkitLauncher(),
};
const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
const unknown = engines.filter((name) => !(name in launchers));
if (unknown.length > 0) throw new Error(`ENGINES: no engine ${unknown.join(', ')} (there are ${Object.keys(launchers).join(', ')})`);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), closePopupsPlugin()],
  browsers: engines.map((name) => launchers[name]()),
  // SLOWEST=15 adds the 15 slowest tests and files of each engine at the end of the run.
  reporters: [defaultReporter(), ...(process.env.SLOWEST ? [slowestTestsReporter(Number(process.env.SLOWEST))] : [])],
  // msw's service worker must be served from the site root; serve it from the package
  // so it never goes stale.
  middleware: [
    function serveMockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
    // A consent provider's page that isolates itself (test/consent.test.ts): the popup
    // loses its opener, so only the BroadcastChannel or the server check can complete it.
    // coop.html is provider.html served with that header: one page, two ways of serving it.
    async function crossOriginOpenerPolicy(context, next) {
      const coop = context.path === '/test/consent/coop.html';
      if (coop) context.url = context.url.replace('/test/consent/coop.html', '/test/consent/provider.html');
      await next();
      if (coop) context.set('Cross-Origin-Opener-Policy', 'same-origin');
    },
    // test/code-loading.test.ts: the rest of the wizard's code (all but its first step)
    // held back or failed, as a slow or broken network would, while the page's cookie says
    // so. Each case's page is served under a path of its own (/run-<id>/…), so that no
    // browser cache or earlier page's copy of the module answers for the server.
    async function engineFetch(context, next) {
      const run = /^\/run-[\w-]+(\/.*)$/.exec(context.path);
      if (!run) return next();
      context.url = context.url.replace(/^\/run-[\w-]+/, '');
      context.set('Cache-Control', 'no-store');
      const how = run[1] === '/src/wizard-engine.ts' ? (context.cookies.get('acw-engine') ?? '') : '';
      if (how === 'fail') {
        context.status = 503;
        context.body = 'held back by the test server';
        return undefined;
      }
      if (how.startsWith('delay-')) await new Promise((resolve) => setTimeout(resolve, Number(how.slice('delay-'.length))));
      return next();
    },
    // test/csp/ pages are served as a strict host would serve them (test/csp.test.ts).
    async function strictContentSecurityPolicy(context, next) {
      await next();
      if (context.path.startsWith('/test/csp/')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
            "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
        );
      }
    },
  ],
  // With three engines sharing two cores a test takes up to three times as long as alone
  // (axe over four steps in WebKit passed 10 s): the limit is for tests that hang, not slow ones.
  testFramework: { config: { timeout: 30000 } },
  // One file at a time in each browser. Two (one per core, each file in its own browser
  // context with focus emulated) was measured over 8 runs: 69–134 s against 83–135 s for
  // one, so no clear gain on this shared 2-core machine, and 3 of the 8 runs failed (the
  // real-keyboard and axe tests passed 10 s, and a timed-out keyboard test typed into the
  // next one).
  concurrency: 1,
  // `npm run test:browser` runs the engines at once in this one process. `npm test`
  // (scripts/test-all.mjs) runs one process per engine, at once: in fresh-clone runs on
  // 2 cores, Chromium 286–336 s, Firefox 404–493 s and WebKit 509 s for 454 tests each.
  // Each browser has its own focus and keyboard, so they cannot type into each other.
  concurrentBrowsers: 3,
};

// A run that stops early says how: the exit code, or the signal that ended it (see scripts/test-all.mjs).
process.on('exit', (code) => {
  if (code !== 0) console.error(`web-test-runner: exiting with code ${code}`);
});
