/**
 * Vite build for the DigiPuls tab.
 *
 * The app server serves `dist/tab` under `/tab/`, so every asset URL is built with that base.
 * Two HTML entries: `index.html` (static and channel tab content) and `config.html` (the channel
 * tab's configuration page); they share one vendor chunk.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const tabRoot = fileURLToPath(new URL('.', import.meta.url));

/** Where the app server listens during `vite dev`; the dev server proxies the JSON API to it. */
const devApiTarget = process.env.DIGIPULS_DEV_API ?? 'http://127.0.0.1:3978';

export default defineConfig({
  root: tabRoot,
  base: '/tab/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': devApiTarget,
      '/healthz': devApiTarget,
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../dist/tab', import.meta.url)),
    emptyOutDir: true,
    // Teams desktop and mobile run current Chromium/WebKit webviews: no legacy transpilation needed.
    target: 'es2022',
    // Fluent UI ships one large vendor chunk; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        config: fileURLToPath(new URL('./config.html', import.meta.url)),
      },
      output: {
        // Name the chunks both pages share, instead of after whichever module came first. Only
        // modules of the first load (tag `$initial`) go there: a group counts lazy chunks as
        // sharers too, and would otherwise pull code that only lazily loaded pages share (dialogs,
        // text areas, …) into the initial JavaScript. Lazily shared code gets common chunks of its own.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], minShareCount: 2, priority: 2 },
            { name: 'shared', tags: ['$initial'], minShareCount: 2, priority: 1 },
          ],
        },
      },
      onwarn(warning, defaultHandler) {
        // Fluent's packages start with 'use client' (for React Server Components). It is
        // meaningless in a client bundle, and the bundler would warn once per module (hundreds).
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        defaultHandler(warning);
      },
    },
  },
});
