// The web build's service worker (issue 13.3): vite-plugin-pwa with workbox's generateSW.
import { VitePWA } from 'vite-plugin-pwa';

export function offlinePlugin() {
  return VitePWA({
    // The page's CSP allows no inline script: src/app/service-worker.ts registers the worker,
    // from a chunk loaded after the first screen.
    injectRegister: false,
    // A new version waits until the learner asks for it: never swapped in under a scenario.
    registerType: 'prompt',
    // No web app manifest: the simulator is a course opened in a browser tab (or an LMS), not an
    // app to install; a manifest would add a request and icons nobody asked for.
    manifest: false,
    workbox: {
      // Every file of dist/: each application, scenario, test and language is a lazy chunk, and
      // every one of them must open offline. (generateSW leaves out sw.js and its workbox runtime.)
      globPatterns: ['**/*'],
      // Routes are hash-based, so the only page is index.html, which the precache serves for './'
      // too. No fallback for other navigations: a download next to the site (a package, the
      // single file) must reach the server, not get index.html.
      navigateFallback: null,
      // A query string (a trainer's link, an LMS's launch) still opens the cached page.
      ignoreURLParametersMatching: [/./],
      // The first visit's page is taken over at once, so lazy parts it loads later already come
      // from the cache. This never swaps versions: an update only activates when the learner
      // clicks "herladen" (or every tab of the old version is closed).
      clientsClaim: true,
      skipWaiting: false,
      // Too big a file must fail the build rather than be left out of the cache silently.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    },
  });
}
