// WebKitGTK's WebDriver (Debian: webkit2gtk-driver) on a free port, under its own Xvfb.
// Used by the browser suite (web-test-runner.config.js) and the packed-package smoke test.
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';
import { killWithThisProcess } from './child-processes.mjs';
import { startXvfb } from './xvfb.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * The session capabilities: WebKitGTK wants its browser named here and no `browserName`.
 * Popups are allowed as Chromium's and Firefox's automation allow them (puppeteer turns
 * their blockers off): the tests press buttons from script, which is no user gesture, so
 * WebKit would block every consent popup. The blocked-popup path has tests of its own.
 */
export const webkitCapabilities = {
  'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
};

async function waitUntilReady(port, child, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/** Starts Xvfb and WebKitWebDriver; resolves to `{ hostname, port, display, stop() }`. */
export async function startWebKitDriver() {
  const xvfb = await startXvfb();
  try {
    const port = await freePort();
    // DISPLAY only for the driver and the MiniBrowser it starts, not for this process.
    const child = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
      // Without a GPU, accelerated compositing is software GL work on the test's two cores:
      // off, the suite's WebKit tests took about 40 % less time (same results).
      env: { ...process.env, DISPLAY: xvfb.display, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
      stdio: 'ignore',
    });
    const stopDriver = killWithThisProcess(child);
    await new Promise((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) => reject(error.code === 'ENOENT' ? new Error(`${WEBKIT_DRIVER} not found (apt-get install webkit2gtk-driver)`) : error));
    });
    await waitUntilReady(port, child).catch((error) => {
      stopDriver();
      throw error;
    });
    return {
      hostname: '127.0.0.1',
      port,
      display: xvfb.display,
      stop() {
        stopDriver();
        xvfb.stop();
      },
    };
  } catch (error) {
    xvfb.stop();
    throw error;
  }
}
