// A web-test-runner reporter for finding what makes the suite slow: with SLOWEST=N set it
// prints, when the run ends, the N slowest tests and the slowest files of each engine.
// `SLOWEST=15 npx web-test-runner`; web-test-runner.config.js adds it only then.
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function* testsOf(suite, path = []) {
  for (const test of suite?.tests ?? []) yield { name: [...path, test.name].join(' > '), duration: test.duration ?? 0 };
  for (const child of suite?.suites ?? []) yield* testsOf(child, [...path, child.name]);
}

export function slowestTestsReporter(count) {
  return {
    stop({ sessions }) {
      const byEngine = new Map();
      for (const session of sessions) {
        const list = byEngine.get(session.browser.name) ?? { tests: [], files: [] };
        const tests = [...testsOf(session.testResults)].map((t) => ({ ...t, file: session.testFile }));
        list.tests.push(...tests);
        list.files.push({ file: session.testFile, duration: tests.reduce((sum, t) => sum + t.duration, 0) });
        byEngine.set(session.browser.name, list);
      }
      for (const [engine, { tests, files }] of byEngine) {
        console.log(`\n${engine}: slowest tests`);
        for (const t of tests.sort((a, b) => b.duration - a.duration).slice(0, count)) console.log(`  ${seconds(t.duration)}  ${t.file.split('/test/').pop()}: ${t.name}`);
        const total = files.reduce((sum, f) => sum + f.duration, 0);
        console.log(`${engine}: slowest files (sum of their tests; all ${files.length} files' tests: ${seconds(total)})`);
        for (const f of files.sort((a, b) => b.duration - a.duration).slice(0, count)) console.log(`  ${seconds(f.duration)}  ${f.file.split('/test/').pop()}`);
      }
    },
  };
}
