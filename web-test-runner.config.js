import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const chromiumFlags = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'], browser: true },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
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
  testFramework: { config: { timeout: 10000 } },
  // One file at a time. Two (one per core, each file in its own browser context with focus
  // emulated) was measured over 8 runs: 69–134 s against 83–135 s for one, so no clear
  // gain on this shared 2-core machine, and 3 of the 8 runs failed (the real-keyboard and
  // axe tests passed 10 s, and a timed-out keyboard test typed into the next one).
  concurrency: 1,
};
