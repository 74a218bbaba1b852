// An X server for the WebKit run: WebKitGTK's MiniBrowser has no headless mode, so it needs
// a display. Xvfb picks a free display number itself (-displayfd), so two runs on one
// machine never collide.
import { spawn } from 'node:child_process';
import { killWithThisProcess } from './child-processes.mjs';

/** Starts Xvfb and resolves to `{ display: ':N', stop() }` once it accepts clients. */
export function startXvfb({ timeout = 10_000 } = {}) {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stop = killWithThisProcess(child);
  return new Promise((resolve, reject) => {
    let stderr = '';
    let number = '';
    const fail = (why) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`Xvfb did not start: ${why}${stderr ? `\n${stderr.trim()}` : ''}`));
    };
    const timer = setTimeout(() => fail(`no display after ${timeout} ms`), timeout);
    child.on('error', (error) => fail(error.code === 'ENOENT' ? 'Xvfb is not installed (apt-get install xvfb)' : error.message));
    child.on('exit', (code, signal) => fail(`it exited (${signal ?? code})`));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Xvfb writes the display number and a newline to fd 3 once it is ready for clients.
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (!number.includes('\n')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ display: `:${number.trim()}`, stop });
    });
  });
}
