// Helper processes (Xvfb, WebKitWebDriver) must not outlive the test run that started them,
// whether it ends normally, by process.exit, or by SIGTERM/SIGHUP (Node's default for those
// skips 'exit' handlers). SIGINT is left to web-test-runner, which stops its browsers on it.
const children = new Set();
const killAll = () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  children.clear();
};
process.on('exit', killAll);
for (const [signal, number] of [['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the helper processes and exiting`);
    killAll();
    process.exit(128 + number);
  });
}

/** Registers `child` to be killed when this process ends; returns a function that kills it now. */
export function killWithThisProcess(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    children.delete(child);
  };
}
