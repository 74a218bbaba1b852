// `npm test`: every suite, one closing line. The browser tests (web-test-runner, Chromium,
// Firefox and WebKit at once, one runner process each; web-test-runner.config.js starts
// WebKit's Xvfb and driver and stops them), then a build, the Node tests of the built package (schema under Node, SSR,
// JSX types), the packed bundle through a submission in each engine, and the framework
// examples installed from the packed tarball (Chromium).
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';
import { fileURLToPath } from 'node:url';

const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);

function run(command, args, onOutput = () => {}, env = {}, prefix = '') {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.on('data', (chunk) => {
        output += chunk;
        if (prefix) {
          // Whole lines, each with its engine, so that three runners' output stays readable.
          const lines = (partial + chunk).split('\n');
          partial = lines.pop();
          for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
        } else process.stdout.write(chunk);
        onOutput(output);
      });
    }
    child.on('close', (code, signal) => {
      // Said out loud: a suite that ends by a signal (or silently non-zero) must not look like a short run.
      if (code !== 0) process.stdout.write(`\n${prefix}${command} ${args.join(' ')} ended with ${signal ? `signal ${signal}` : `exit code ${code}`}\n`);
      resolve({ code: code ?? 1, output });
    });
  });
}

const last = (output, pattern) => [...output.matchAll(pattern)].at(-1);
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
// web-test-runner's progress line per browser: "Firefox: |███| 51/51 test files | 427 passed, 0 failed, 1 skipped".
const progress = /^(\w+):\s*\|[^|]*\|\s*(\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm;

const strip = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
/**
 * One engine's browser suite, in a web-test-runner process of its own (its own port, so its
 * own origin and service worker): the engines still run at once, and a runner that dies
 * takes only its own engine's results with it, and says how it ended.
 */
async function engineSuite(engine, port) {
  const started = Date.now();
  let finishedAt;
  const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
  const { code, output } = await run(process.execPath, [wtr, '--port', String(port)], (out) => {
    for (const [, , done, total] of strip(out).matchAll(progress)) if (done === total) finishedAt ??= Date.now() - started;
  }, { ENGINES: engine }, `[${engine}] `);
  const line = [...strip(output).matchAll(progress)].at(-1);
  // An engine that never reported (it did not start) failed.
  const [p, f, s] = line ? [line[4], line[5], line[6] ?? 0].map(Number) : [0, 1, 0];
  const fails = code !== 0 && f === 0 ? 1 : f;
  const time = finishedAt === undefined ? '' : ` (${seconds(finishedAt)})`;
  const stoppedEarly = code !== 0 && (!line || line[2] !== line[3]);
  const ended = stoppedEarly ? `, stopped after ${line?.[2] ?? 0} of ${line?.[3] ?? '?'} files` : '';
  return {
    name: `browser (${engine})`, passed: p, failed: fails, skipped: s, time: `${time}${ended}`,
    stoppedEarly, testsFailed: f, filesDone: line?.[2] ?? 0, filesTotal: line?.[3] ?? '?',
  };
}

/**
 * One engine's suite, run again once if its runner died partway with no test failed. The
 * WebKit runner sometimes exits 1 in the middle of a run (seen after 34 of 56 files), with
 * no error printed and no test failing: that is the runner, not a test, and it is said in
 * the output and in the engine's line. A test that fails is never run again.
 */
async function engineSuiteOnce(engine) {
  const first = await engineSuite(engine, await freePort());
  if (!first.stoppedEarly || first.testsFailed > 0) return first;
  console.log(`\n[${engine}] the runner stopped after ${first.filesDone} of ${first.filesTotal} files with no test failed: running ${engine} once more\n`);
  const again = await engineSuite(engine, await freePort());
  return { ...again, time: `${again.time}, run again after its runner stopped at ${first.filesDone}/${first.filesTotal} files` };
}

/** The browser suite, the engines at once, one result per engine. */
async function browserSuite() {
  return Promise.all(engines.map((engine) => engineSuiteOnce(engine)));
}

const suites = [
  { name: 'build', command: ['npm', ['run', 'build']] },
  {
    name: 'node',
    command: ['node', ['--test', 'test-node/']],
    count: (out) => {
      const pass = last(out, /^# pass (\d+)/gm);
      const fail = last(out, /^# fail (\d+)/gm);
      return pass && fail ? [Number(pass[1]), Number(fail[1])] : undefined;
    },
  },
  {
    name: 'packed (engines)',
    command: ['node', ['scripts/test-packed-engines.mjs', '--no-build']],
    count: (out) => last(out, /^(\d+) passed, (\d+) failed$/gm)?.slice(1).map(Number),
  },
  {
    name: 'examples',
    command: ['node', ['scripts/test-examples.mjs', '--no-build']],
    count: (out) => last(out, /^(\d+) passed, (\d+) failed$/gm)?.slice(1).map(Number),
  },
];

let passed = 0;
let failed = 0;
const lines = [];
const browserResults = await browserSuite();
for (const r of browserResults) {
  passed += r.passed;
  failed += r.failed;
  lines.push(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}${r.time}`);
}
for (const suite of suites) {
  const started = Date.now();
  const { code, output } = await run(...suite.command);
  const time = ` (${seconds(Date.now() - started)})`;
  if (!suite.count) {
    if (code !== 0) {
      failed += 1;
      lines.push(`${suite.name}: failed (exit ${code})`);
      break;
    }
    continue;
  }
  const [p, f] = suite.count(output) ?? [0, 1];
  // A suite that exits non-zero with nothing counted as failed still failed.
  const fails = code !== 0 && f === 0 ? 1 : f;
  passed += p;
  failed += fails;
  lines.push(`${suite.name}: ${p} passed, ${fails} failed${time}`);
}
console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
