// `npm test`: every suite, one closing line. The browser tests (web-test-runner, headless
// Chromium), then a build, the Node tests of the built package (schema under Node, SSR,
// JSX types), and the framework examples installed from the packed tarball.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const last = (output, pattern) => [...output.matchAll(pattern)].at(-1);
const suites = [
  {
    name: 'browser',
    command: ['npx', ['web-test-runner']],
    count: (out) => last(out, /(\d+) passed, (\d+) failed/g)?.slice(1).map(Number),
  },
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
    name: 'examples',
    command: ['node', ['scripts/test-examples.mjs', '--no-build']],
    count: (out) => last(out, /^(\d+) passed, (\d+) failed$/gm)?.slice(1).map(Number),
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
  const { code, output } = await run(...suite.command);
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
  lines.push(`${suite.name}: ${p} passed, ${fails} failed`);
}
console.log(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
