import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { prerender } from './scripts/prerender.ts';
import { offlinePlugin } from './scripts/service-worker-plugin.ts';
import { localforageLocalStorageOnly } from './scripts/localforage-local-storage.ts';
import { wantsLmsLink, wantsServiceWorker } from './scripts/build-modes.ts';
import { loadMomentChunks } from './scripts/load-moment-chunks.ts';
import { compactMessages } from './scripts/compact-messages.ts';

/**
 * The first screen's code in a few parallel files, none over 30 kB gzipped (issue 13.4): Svelte's
 * runtime, localforage and the Dutch messages apart from the app's own code. They change at other
 * times than the app, so a new version re-downloads less. Not for the single file ('single'), whose
 * code is one inlined script anyway.
 */
const FIRST_SCREEN_GROUPS = [
  { name: 'svelte', test: /[\\/]node_modules[\\/](svelte|clsx|esm-env)[\\/]/ },
  { name: 'localforage', test: /[\\/](node_modules|scripts)[\\/]localforage[\\/]/ },
  { name: 'messages-nl', test: /[\\/]src[\\/]i18n[\\/]nl\.json$/ },
];

// base './' keeps every asset path relative, so dist/ runs from any sub-folder of any static host.
export default defineConfig(({ command, mode }) => {
  // Only the web build gets a service worker: the single file and the LMS packages (modes 'single'
  // and 'lms') run from file:// or inside an LMS, and the dev server and Vitest need none.
  const serviceWorker = wantsServiceWorker(command, mode);
  const chunks = loadMomentChunks();
  return {
    base: './',
    publicDir: 'static',
    // prerender: the first screen's HTML in index.html, painted before the bundle runs.
    // localforageLocalStorageOnly: the one driver the simulator uses, not the three of the package.
    // chunks: the lazy code in a few chunks by the moment it loads (scripts/load-moment-chunks.ts).
    // compactMessages: message keys as numbers in what is built, names in the source (scripts/compact-messages.ts).
    plugins: [localforageLocalStorageOnly(), svelte(), prerender(), chunks.plugin, compactMessages(), ...(serviceWorker ? [offlinePlugin()] : [])],
    // The registration code (src/app/service-worker.ts) reads the first, so a build without the
    // worker never tries to register one; the runtime's linkLms the second, so a build that
    // no LMS can launch leaves the LMS link out (src/build-flags.d.ts).
    define: { __SERVICE_WORKER__: JSON.stringify(serviceWorker), __LMS_LINK__: JSON.stringify(wantsLmsLink(command, mode)) },
    build: {
      // ES2022 keeps class fields and #private members as they are: lowered (ES2020), Svelte's
      // runtime turns each into a WeakMap and helper calls (1.7 kB gz more). Every browser the
      // simulator supports has had them since 2021-22; Vite's own default target is later still.
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      // includeDependenciesRecursively: false, else a lazy group would drag the first screen's
      // modules it imports into itself (and onto the first screen); the groups are layered so that
      // no two chunks import each other, and the plugin fails the build if they ever did.
      rolldownOptions:
        mode === 'single' ? {} : { output: { codeSplitting: { groups: [...FIRST_SCREEN_GROUPS, { name: chunks.groupOf, includeDependenciesRecursively: false }] } } },
    },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      setupFiles: ['src/i18n/catalogs.test-setup.ts'],
    },
  };
});
