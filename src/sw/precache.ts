/**
 * The service worker's rules, apart from its events so they can be tested in Node
 * (src/sw/precache.test.ts): which URL is answered from which cache entry, and what an
 * activation deletes. The worker itself is src/sw/sw.ts.
 */

/** One line of the precache manifest that vite-plugin-pwa (workbox-build) injects at build time. */
export interface ManifestEntry {
  /** Relative to the worker, e.g. 'index.html' or 'assets/index-ChJvksi3.js'. */
  url: string;
  /** A hash of the file's content; null for files whose name carries one already (assets/). */
  revision: string | null;
}

/**
 * The cache key of every precached URL, by the URL's absolute address without query. A revision
 * goes into the key, so a changed file (index.html, favicon.svg) gets a new entry beside the
 * previous version's, which keeps serving until the new version activates; an unchanged file
 * keeps its key and is not fetched again. The site's folder itself ('./') is index.html.
 */
export function cacheKeys(manifest: readonly ManifestEntry[], base: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { url, revision } of manifest) {
    const href = new URL(url, base).href;
    keys.set(href, revision ? `${href}?revision=${revision}` : href);
  }
  const index = keys.get(new URL('index.html', base).href);
  if (index) keys.set(new URL('./', base).href, index);
  return keys;
}

/**
 * The cache key that answers a request's URL, or undefined (the network answers). The query is
 * ignored: a trainer's link or a module launch (`./?module=…`) opens the cached page.
 */
export function keyFor(keys: ReadonlyMap<string, string>, url: string): string | undefined {
  const { origin, pathname } = new URL(url);
  return keys.get(origin + pathname);
}

/**
 * The caches an activation deletes: the older versions' caches of this scope (the workbox worker's
 * `workbox-precache-v2-<scope>` among them), not the current one, and not those of a copy of the
 * site in another folder of the same origin (caches are shared by the whole origin).
 */
export function staleCaches(names: readonly string[], current: string, scope: string): string[] {
  return names.filter((name) => name !== current && name.endsWith(scope));
}

/** The entries of the current cache that no file of this version needs any more. */
export function staleEntries(cached: readonly string[], wanted: ReadonlySet<string>): string[] {
  return cached.filter((url) => !wanted.has(url));
}
