import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { prerender } from './scripts/prerender';

/**
 * The first screen's code in a few parallel files, none over 30 kB gzipped (issue 13.4): Svelte's
 * runtime, localforage and the Dutch messages apart from the app's own code. They change at other
 * times than the app, so a new version re-downloads less. Not for the single file ('single'), whose
 * code is one inlined script anyway.
 */
const FIRST_SCREEN_GROUPS = [
  { name: 'svelte', test: /[\\/]node_modules[\\/](svelte|clsx|esm-env)[\\/]/ },
  { name: 'localforage', test: /[\\/]node_modules[\\/]localforage[\\/]/ },
  { name: 'messages-nl', test: /[\\/]src[\\/]i18n[\\/]nl\.json$/ },
];

// base './' keeps every asset path relative, so dist/ runs from any sub-folder of any static host.
export default defineConfig(({ mode }) => ({
  base: './',
  publicDir: 'static',
  // prerender: the first screen's HTML in index.html, painted before the bundle runs.
  plugins: [svelte(), prerender()],
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: mode === 'single' ? {} : { output: { codeSplitting: { groups: FIRST_SCREEN_GROUPS } } },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
}));
