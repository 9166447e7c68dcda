// The web build's service worker (issue 13.3): src/sw/sw.ts, written by hand, built into
// dist/sw.js by vite-plugin-pwa's injectManifest, which lists every file of dist/ with its
// revision into it (workbox-build makes the list; no workbox runtime ships, see src/sw/sw.ts).
import { VitePWA } from 'vite-plugin-pwa';

export function offlinePlugin() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    // The page's CSP allows no inline script: src/app/service-worker.ts registers the worker,
    // from a chunk loaded after the first screen.
    injectRegister: false,
    // No web app manifest: the simulator is a course opened in a browser tab (or an LMS), not an
    // app to install; a manifest would add a request and icons nobody asked for.
    manifest: false,
    injectManifest: {
      // Every file of dist/: each application, scenario, test and language is a lazy chunk, and
      // every one of them must open offline. (The worker itself is left out by workbox-build.)
      globPatterns: ['**/*'],
      // Too big a file must fail the build rather than be left out of the cache silently.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      // A classic script, as src/app/service-worker.ts registers it (no `type: 'module'`).
      rollupFormat: 'iife',
    },
    integration: {
      // The worker's own Vite build reports problems only: the size it would print is the size
      // before the manifest goes in, and the plugin prints what it precached after it.
      configureCustomSWViteBuild: (config) => {
        config.logLevel = 'warn';
      },
    },
  });
}
