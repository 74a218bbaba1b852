// Which engine runs this suite, for the few tests a driver (never the product) cannot run
// in one engine. A mark names the engines and says why; everywhere else the test runs.
export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = detect(navigator.userAgent);

export const isEngine = (...engines: Engine[]) => engines.includes(engine);

/**
 * `it`, except in `engines`, where the test is listed as pending with `reason` in its title,
 * so the reporter shows what was not run there and why.
 */
export function itExceptOn(engines: Engine[], reason: string) {
  return (title: string, fn: Mocha.AsyncFunc | Mocha.Func) =>
    isEngine(...engines) ? it(`${title} [not in ${engine}: ${reason}]`) : it(title, fn);
}
