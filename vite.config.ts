import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { msw } from 'msw/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * In the single-file bundle all the code is in the file already, so the module that loads
 * the rest of the wizard on demand imports it statically there:
 * a dynamic import, inlined, would make rolldown wrap nearly every module in a lazy
 * initialiser (about 1.2 KiB brotli) to load what has loaded. The package's ESM entry keeps
 * its dynamic imports for bundlers to split.
 */
const lazyModules = ['/src/engine-loader.ts'];
const staticLoaders = (): Plugin => ({
  name: 'static-loaders',
  enforce: 'pre',
  transform(code, id) {
    if (!lazyModules.some((file) => id.endsWith(file))) return undefined;
    const imports: string[] = [];
    const rewritten = code.replace(/(?<!typeof )import\('(\.\/[\w/-]+\.js)'\)/g, (_, path) => {
      const name = `inlined${imports.length}`;
      imports.push(`import * as ${name} from '${path}';`);
      return `Promise.resolve(${name})`;
    });
    if (imports.length === 0) this.error(`${id} has no dynamic import this plugin recognises: update staticLoaders.`);
    return { code: `${imports.join('\n')}\n${rewritten}`, map: null };
  },
});

// `npm start` serves the demo; `npm run build` writes the single-file bundle, then (with
// `--mode locale-es`) each language module beside it, a file of its own for CDN users.
export default defineConfig(({ command, mode }) => {
  const lang = mode.startsWith('locale-') ? mode.slice('locale-'.length) : undefined;
  return {
    root: 'demo',
    // Serves msw's worker script at /mockServiceWorker.js for the demo's mock backend.
    plugins:
      command === 'serve'
        ? [msw({ mode: 'worker-only' })]
        : // The bundle ships the templates' HTML and CSS without indentation and comments.
          [{ ...minifyHtmlLiterals({ failOnError: true }), enforce: 'pre' as const }, staticLoaders()],
    server: { port: 5173, host: '127.0.0.1' },
    build: {
      outDir: '../dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: {
        entry: new URL(lang ? `./src/locales/${lang}.ts` : './src/bundle.ts', import.meta.url).pathname,
        formats: ['es'],
        fileName: () => (lang ? `locales/${lang}.js` : 'add-connection-wizard.js'),
      },
      // One file with everything inside: no chunks to host next to it. No comments: the
      // file is not bundled again, so its `@__PURE__` annotations serve no one. Rolldown's
      // minifier, then terser over its output (two compress passes): 472 B brotli less than
      // rolldown's alone, where terser alone was 160 B more.
      minify: 'terser',
      terserOptions: { module: true, toplevel: true, compress: { passes: 2 }, format: { comments: false } },
      rolldownOptions: { output: { minify: true, codeSplitting: false, comments: false } },
    },
  };
});
