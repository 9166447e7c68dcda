import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeStorage } from './fake-storage.test-helper';

// localforage decides at import time whether localStorage exists, so the fake goes in first.
const storage = new FakeStorage();
let backendModule: typeof import('./backend');
beforeAll(async () => {
  (globalThis as { localStorage?: Storage }).localStorage = storage;
  backendModule = await import('./backend');
});
afterAll(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('localforage backend over localStorage', () => {
  it('stores values under the simulator prefix and reads them back', async () => {
    const { backend, refused } = await backendModule.openBackend();
    expect(refused).toBe(false);
    expect(backend.kind).toBe('localStorage');
    await backend.set('world', { a: 1 });
    expect(await backend.get('world')).toEqual({ a: 1 });
    expect(storage.getItem('primaweb-simulator/world')).toBe('{"a":1}');
    expect(backend.getRaw('world')).toBe('{"a":1}');
  });

  it('rejects unreadable text and a full storage, so the caller can tell the learner', async () => {
    const backend = backendModule.localforageBackend();
    storage.setItem('primaweb-simulator/world', '{kapot');
    await expect(backend.get('world')).rejects.toThrow();
    storage.full = true;
    await expect(backend.set('world', { a: 2 })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    storage.full = false;
  });
});
