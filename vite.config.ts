import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { msw } from 'msw/vite';
import { defineConfig } from 'vite';

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
        [{ ...minifyHtmlLiterals({ failOnError: true }), enforce: 'pre' as const }],
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
    // One file with everything inside: no chunks to host next to it.
    // No comments: the file is not bundled again, so its `@__PURE__` annotations serve no one.
    rolldownOptions: { output: { minify: true, codeSplitting: false, comments: false } },
  },
  };
});
