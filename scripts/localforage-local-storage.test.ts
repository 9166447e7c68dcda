import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeStorage } from '../src/storage/fake-storage.test-helper';

// Vitest resolves 'localforage' through the same plugin as the builds (vite.config.ts). A browser
// with IndexedDB is faked before the import: the package's own IndexedDB driver would claim it.
const fakes = { indexedDB: { open: () => undefined }, IDBKeyRange: {}, localStorage: new FakeStorage() };
let localforage: LocalForage;
beforeAll(async () => {
  Object.assign(globalThis, fakes);
  localforage = (await import('localforage')).default;
});
afterAll(() => {
  for (const name of Object.keys(fakes)) delete (globalThis as Record<string, unknown>)[name];
});

describe('localforage with its localStorage driver only', () => {
  it('never offers IndexedDB or WebSQL, even where the browser has them', () => {
    expect(localforage.supports(localforage.INDEXEDDB)).toBe(false);
    expect(localforage.supports(localforage.WEBSQL)).toBe(false);
    expect(localforage.supports(localforage.LOCALSTORAGE)).toBe(true);
  });

  it('stores through localStorage, as the simulator asks', async () => {
    const store = localforage.createInstance({ name: 'check', driver: localforage.LOCALSTORAGE });
    await store.setItem('k', { a: 1 });
    expect(store.driver()).toBe(localforage.LOCALSTORAGE);
    expect(fakes.localStorage.getItem('check/k')).toBe('{"a":1}');
    expect(await store.getItem('k')).toEqual({ a: 1 });
  });
});
