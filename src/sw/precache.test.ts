import { describe, expect, it } from 'vitest';
import { cacheKeys, keyFor, staleCaches, staleEntries, type ManifestEntry } from './precache';

// The site as the end-to-end tests serve it: dist/ under a sub-folder, the worker at its top.
const SCOPE = 'https://primabook.example/oefenen/primaweb/';
const WORKER = `${SCOPE}sw.js`;
const MANIFEST: ManifestEntry[] = [
  { url: 'index.html', revision: '1d4fde39' },
  { url: 'favicon.svg', revision: '94c602dd' },
  { url: 'assets/index-ChJvksi3.js', revision: null },
  { url: 'assets/simulator-BVEh5Aq0.css', revision: null },
];

describe('cacheKeys', () => {
  const keys = cacheKeys(MANIFEST, WORKER);

  it('resolves each file against the worker, with its revision in the key when it has one', () => {
    expect(keys.get(`${SCOPE}index.html`)).toBe(`${SCOPE}index.html?revision=1d4fde39`);
    expect(keys.get(`${SCOPE}favicon.svg`)).toBe(`${SCOPE}favicon.svg?revision=94c602dd`);
    // A hashed name is its own revision.
    expect(keys.get(`${SCOPE}assets/index-ChJvksi3.js`)).toBe(`${SCOPE}assets/index-ChJvksi3.js`);
  });

  it("answers the site's folder itself with index.html", () => {
    expect(keys.get(SCOPE)).toBe(`${SCOPE}index.html?revision=1d4fde39`);
  });

  it('gives every file one key: the install fetches each file once', () => {
    expect(new Set(keys.values()).size).toBe(MANIFEST.length);
  });

  it('a changed file gets a new key, an unchanged one keeps its key (taken from the cache, not fetched)', () => {
    const next = cacheKeys(
      MANIFEST.map((entry) => (entry.url === 'index.html' ? { ...entry, revision: '77aa0c01' } : entry)),
      WORKER,
    );
    expect(next.get(`${SCOPE}index.html`)).toBe(`${SCOPE}index.html?revision=77aa0c01`);
    expect(next.get(`${SCOPE}favicon.svg`)).toBe(keys.get(`${SCOPE}favicon.svg`));
    expect(next.get(`${SCOPE}assets/index-ChJvksi3.js`)).toBe(keys.get(`${SCOPE}assets/index-ChJvksi3.js`));
  });

  it('without index.html in the manifest, the folder is not answered from the cache', () => {
    expect(cacheKeys([{ url: 'assets/a-1.js', revision: null }], WORKER).has(SCOPE)).toBe(false);
  });
});

describe('keyFor', () => {
  const keys = cacheKeys(MANIFEST, WORKER);

  it('finds a precached file', () => {
    expect(keyFor(keys, `${SCOPE}assets/simulator-BVEh5Aq0.css`)).toBe(`${SCOPE}assets/simulator-BVEh5Aq0.css`);
    expect(keyFor(keys, `${SCOPE}index.html`)).toBe(`${SCOPE}index.html?revision=1d4fde39`);
  });

  it("ignores the query: a module launch or a trainer's link opens the cached page", () => {
    expect(keyFor(keys, `${SCOPE}?module=aanmelden`)).toBe(`${SCOPE}index.html?revision=1d4fde39`);
    expect(keyFor(keys, `${SCOPE}index.html?van=trainer&x=1`)).toBe(`${SCOPE}index.html?revision=1d4fde39`);
    expect(keyFor(keys, `${SCOPE}assets/index-ChJvksi3.js?v=2`)).toBe(`${SCOPE}assets/index-ChJvksi3.js`);
  });

  it('leaves everything else to the network: no navigation fallback, no other folder, no other origin', () => {
    // A download beside the site must reach the server, not get index.html.
    expect(keyFor(keys, `${SCOPE}primaweb-simulator.html`)).toBeUndefined();
    expect(keyFor(keys, `${SCOPE}release/primaweb-simulator-scorm12.zip`)).toBeUndefined();
    expect(keyFor(keys, `${SCOPE}assets/`)).toBeUndefined();
    expect(keyFor(keys, `${SCOPE}sw.js`)).toBeUndefined();
    expect(keyFor(keys, 'https://primabook.example/oefenen/')).toBeUndefined();
    expect(keyFor(keys, 'https://primabook.example/oefenen/primaweb')).toBeUndefined();
    expect(keyFor(keys, 'https://elders.example/oefenen/primaweb/index.html')).toBeUndefined();
  });
});

describe('staleCaches', () => {
  const current = `primaweb-precache-${SCOPE}`;

  it("deletes this scope's older caches, the workbox worker's among them, and keeps the current one", () => {
    expect(staleCaches([current, `workbox-precache-v2-${SCOPE}`, `older-precache-${SCOPE}`], current, SCOPE)).toEqual([
      `workbox-precache-v2-${SCOPE}`,
      `older-precache-${SCOPE}`,
    ]);
  });

  it('leaves the caches of a copy of the site in another folder of the same origin alone', () => {
    const other = 'https://primabook.example/oefenen/primaweb-test/';
    const nested = 'https://primabook.example/x/oefenen/primaweb/';
    const names = [current, `primaweb-precache-${other}`, `workbox-precache-v2-${other}`, `primaweb-precache-${nested}`, 'something-else'];
    expect(staleCaches(names, current, SCOPE)).toEqual([]);
  });
});

describe('staleEntries', () => {
  it("deletes the entries no file of this version needs: the previous index.html's, a chunk gone", () => {
    const wanted = new Set(cacheKeys(MANIFEST, WORKER).values());
    const cached = [...wanted, `${SCOPE}index.html?revision=0ld`, `${SCOPE}assets/index-Old00000.js`];
    expect(staleEntries(cached, wanted)).toEqual([`${SCOPE}index.html?revision=0ld`, `${SCOPE}assets/index-Old00000.js`]);
  });

  it('keeps everything when nothing changed', () => {
    const wanted = new Set(cacheKeys(MANIFEST, WORKER).values());
    expect(staleEntries([...wanted], wanted)).toEqual([]);
  });
});
