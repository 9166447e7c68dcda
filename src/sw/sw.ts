/// <reference lib="webworker" />
/**
 * The web build's service worker (issue 13.3), built into dist/sw.js by vite-plugin-pwa's
 * injectManifest (scripts/service-worker-plugin.ts), which puts the list of every file of dist/
 * with its revision where `self.__WB_MANIFEST` stands. Once opened, the simulator works offline;
 * a new version waits until the page asks for it (src/app/service-worker.ts).
 *
 * Written by hand rather than with the workbox runtime: the simulator needs precaching only
 * (no routes, strategies or expiry), which is these few lines; workbox's sw.js and runtime came
 * to 6.6 kB gzipped of the site's budget (issue 13.4). workbox-build still makes the manifest.
 */
import { cacheKeys, keyFor, staleCaches, staleEntries, type ManifestEntry } from './precache';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };

const keys = cacheKeys(self.__WB_MANIFEST, self.location.href);
/** Every cache key of this version, each file once ('./' and index.html share one). */
const wanted = new Set(keys.values());
const scope = self.registration.scope;
// Caches belong to the origin: the scope in the name keeps a copy of the site in another folder apart.
const CACHE = `primaweb-precache-${scope}`;

self.addEventListener('install', (event) => {
  // No skipWaiting here: the new version waits for the page's SKIP_WAITING.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        [...wanted].map(async (key) => {
          // Already there from the previous version: the same file (a new one has a new key).
          if (await cache.match(key)) return;
          // Past the HTTP cache, and the revision in the address passes any proxy's cache too.
          let response = await fetch(key, { cache: 'reload' });
          // One failed file fails the install: a half-cached version never activates.
          if (!response.ok) throw new Error(`${key}: ${response.status}`);
          // A host that redirects (index.html → ./) gives a redirected response, which the
          // browser refuses as the answer to a page load; a copy of it is not redirected.
          if (response.redirected) response = new Response(response.body, response);
          await cache.put(key, response);
        }),
      ),
    ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Takes over pages no worker controls yet (the first visit, whose lazy parts then come from
      // the cache). It swaps no version: an activation itself waits for SKIP_WAITING, or for
      // every tab of the older version to close.
      await self.clients.claim();
      for (const name of staleCaches(await caches.keys(), CACHE, scope)) await caches.delete(name);
      const cache = await caches.open(CACHE);
      for (const url of staleEntries((await cache.keys()).map((request) => request.url), wanted)) await cache.delete(url);
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const key = event.request.method === 'GET' ? keyFor(keys, event.request.url) : undefined;
  // Anything not precached goes to the network untouched: no navigation fallback, so a download
  // beside the site (a package, the single file) reaches the server. Should a precached entry be
  // missing from the cache, the network answers it too.
  if (key) event.respondWith(caches.match(key, { cacheName: CACHE }).then((cached) => cached ?? fetch(event.request)));
});
