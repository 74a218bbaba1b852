import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { msw } from 'msw/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * In the single-file bundle every form is in the file already, so the loaders of
 * `builtin-forms.ts` import them statically there. A dynamic import, inlined, would make
 * rolldown wrap nearly every module in a lazy initialiser (about 1.2 KiB brotli) to load
 * what has loaded. The package's ESM entry keeps its dynamic imports for bundlers to split.
 */
const staticFormLoaders = (): Plugin => ({
  name: 'static-form-loaders',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/builtin-forms.ts')) return undefined;
    const imports: string[] = [];
    const rewritten = code.replace(/import\('(\.\/forms\/[\w-]+\.js)'\)\.then\(\(m\) => m\.(\w+)\)/g, (_, path, name) => {
      imports.push(`import { ${name} } from '${path}';`);
      return `Promise.resolve(${name})`;
    });
    if (/\bimport\(/.test(rewritten)) this.error('builtin-forms.ts has a dynamic import this plugin does not recognise: update staticFormLoaders.');
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
          [{ ...minifyHtmlLiterals({ failOnError: true }), enforce: 'pre' as const }, staticFormLoaders()],
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
