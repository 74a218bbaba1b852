// The analyzer also reports `this.dispatchEvent(event)` calls of internal events (context
// requests) as nameless events; only the documented `acw-*` events are public.
const publicEventsOnly = {
  name: 'public-events-only',
  packageLinkPhase({ customElementsManifest }) {
    // Modules in path order, not the file system's: the same manifest on every machine.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((event) => event.name?.startsWith('acw-'));
        if (declaration.events.length === 0) delete declaration.events;
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/internal/**', 'src/schema/**', 'src/wizard/**', 'src/controllers/**', 'src/steps/**', 'src/server/**', 'src/builtin-forms.ts', 'src/forms/consent-section.ts', 'src/platform/consent-flow.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicEventsOnly],
};
