// `npm test`: every suite, one closing line. The browser tests (web-test-runner, Chromium,
// Firefox and WebKit at once; web-test-runner.config.js starts WebKit's Xvfb and driver and
// stops them), then a build, the Node tests of the built package (schema under Node, SSR,
// JSX types), the packed bundle through a submission in each engine, and the framework
// examples installed from the packed tarball (Chromium).
import { spawn } from 'node:child_process';

const engineNames = { Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', WebKit: 'webkit' };
const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);

function run(command, args, onOutput = () => {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
        onOutput(output);
      });
    }
    child.on('close', (code, signal) => {
      // Said out loud: a suite that ends by a signal (or silently non-zero) must not look like a short run.
      if (code !== 0) process.stdout.write(`\n${command} ${args.join(' ')} ended with ${signal ? `signal ${signal}` : `exit code ${code}`}\n`);
      resolve({ code: code ?? 1, output });
    });
  });
}

const last = (output, pattern) => [...output.matchAll(pattern)].at(-1);
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
// web-test-runner's progress line per browser: "Firefox: |███| 51/51 test files | 427 passed, 0 failed, 1 skipped".
const progress = /^(\w+):\s*\|[^|]*\|\s*(\d+)\/(\d+) test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm;

/** The browser suite, one result per engine, each with the time its last file finished. */
async function browserSuite() {
  const started = Date.now();
  const finished = {};
  const { code, output } = await run('npx', ['web-test-runner'], (out) => {
    for (const [, name, done, total] of out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').matchAll(progress)) {
      if (done === total) finished[engineNames[name] ?? name] ??= Date.now() - started;
    }
  });
  const clean = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  return engines.map((engine) => {
    const line = [...clean.matchAll(progress)].filter((m) => (engineNames[m[1]] ?? m[1]) === engine).at(-1);
    // An engine that never reported (it did not start) failed.
    const [p, f, s] = line ? [line[4], line[5], line[6] ?? 0].map(Number) : [0, 1, 0];
    const fails = code !== 0 && f === 0 && (!line || line[2] !== line[3]) ? 1 : f;
    const time = finished[engine] === undefined ? '' : ` (${seconds(finished[engine])})`;
    return { name: `browser (${engine})`, passed: p, failed: fails, skipped: s, time, exitFailed: code !== 0 };
  });
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
// web-test-runner failed without a failing count (an import error): the run still failed.
if (browserResults.some((r) => r.exitFailed) && browserResults.every((r) => r.failed === 0)) {
  failed += 1;
  lines.push('browser: failed (web-test-runner exited non-zero)');
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
