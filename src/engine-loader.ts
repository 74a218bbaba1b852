// The rest of the wizard's code (wizard-engine.ts), fetched once for every wizard on the
// page. A failure is not kept here, so a wizard created later asks again (a browser may
// answer that from its own record of the failed module).
export type EngineModule = typeof import('./wizard-engine.js');

let engineModule: Promise<EngineModule> | undefined;

export function loadEngine(): Promise<EngineModule> {
  engineModule ??= import('./wizard-engine.js').catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
}

/**
 * The rest, imported statically (eager.js): used as it is. A bundler turns the dynamic
 * import above into a small file of its own that would still cost a round trip.
 */
export function provideEngine(engine: EngineModule) {
  engineModule = Promise.resolve(engine);
}
