import { beforeEach, describe, expect, it } from 'vitest';
import type { KeyValueBackend } from './backend';
import { memoryBackend } from './backend';
import { createPersistence, type PersistenceNotice, type Validation } from './persistence';

interface Counter {
  count: number;
}
const validate = (d: unknown): Validation<Counter> =>
  typeof d === 'object' && d !== null && typeof (d as Counter).count === 'number' ? { ok: true, value: d as Counter } : { ok: false, problem: 'count ontbreekt' };

/** A shared in-memory "localStorage" that two tabs can open, with fault switches. */
class SharedStore {
  raw = new Map<string, string>();
  full = false;
  listeners = new Set<{ key: string; cb: () => void; owner: object }>();
  open(): KeyValueBackend {
    const owner = {};
    return {
      kind: 'localStorage',
      ready: async () => {},
      get: async (key) => {
        const raw = this.raw.get(key);
        return raw === undefined ? null : JSON.parse(raw);
      },
      getRaw: (key) => this.raw.get(key) ?? null,
      set: async (key, value) => {
        if (this.full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        this.raw.set(key, JSON.stringify(value));
        // Like the browser: only the other tabs get a storage event.
        for (const l of this.listeners) if (l.key === key && l.owner !== owner) l.cb();
      },
      subscribe: (key, cb) => {
        const entry = { key, cb, owner };
        this.listeners.add(entry);
        return () => this.listeners.delete(entry);
      },
    };
  }
}

function tab(store: SharedStore, tabId: string, notices: PersistenceNotice[], now = () => 1000) {
  return createPersistence<Counter>({ backend: store.open(), key: 'world', schema: 1, migrations: [], validate, tabId, notify: (n) => notices.push(n), now });
}

describe('persistence', () => {
  let store: SharedStore;
  let notices: PersistenceNotice[];
  beforeEach(() => {
    store = new SharedStore();
    notices = [];
  });

  it('round-trips a record in a versioned envelope', async () => {
    const p = tab(store, 'a', notices);
    expect(await p.load()).toBeNull();
    expect(await p.save({ count: 3 })).toBe(true);
    expect(JSON.parse(store.raw.get('world')!)).toEqual({ schema: 1, savedAt: 1000, writer: 'a', data: { count: 3 } });
    expect(await tab(store, 'b', notices).load()).toEqual({ count: 3 });
    expect(notices).toEqual([]);
  });

  it('keeps unreadable data aside, tells the learner, and starts fresh', async () => {
    store.raw.set('world', '{not json');
    const p = tab(store, 'a', notices);
    expect(await p.load()).toBeNull();
    expect(notices).toEqual([{ kind: 'corrupt', keptAs: 'world.bewaard-1000', detail: expect.stringContaining('onleesbaar') }]);
    expect(JSON.parse(store.raw.get('world.bewaard-1000')!)).toBe('{not json');
    expect(await p.save({ count: 1 })).toBe(true);
  });

  it('keeps invalid data aside too (valid JSON, wrong shape)', async () => {
    store.raw.set('world', JSON.stringify({ schema: 1, savedAt: 5, writer: 'x', data: { count: 'drie' } }));
    expect(await tab(store, 'a', notices).load()).toBeNull();
    expect(notices[0]).toMatchObject({ kind: 'corrupt', keptAs: 'world.bewaard-5', detail: 'count ontbreekt' });
  });

  it('keeps data of a newer simulator version aside', async () => {
    store.raw.set('world', JSON.stringify({ schema: 9, savedAt: 5, writer: 'x', data: {} }));
    expect(await tab(store, 'a', notices).load()).toBeNull();
    expect(notices).toEqual([{ kind: 'newer', keptAs: 'world.bewaard-5' }]);
  });

  it('loads lazy migrations only for an older save, and keeps the save aside when they cannot be loaded', async () => {
    let loads = 0;
    const open = (migrations: () => Promise<readonly { from: number; name: string; up(d: unknown): unknown }[]>) =>
      createPersistence<Counter>({ backend: store.open(), key: 'world', schema: 2, migrations, validate, tabId: 'a', notify: (n) => notices.push(n), now: () => 1000 });
    const loader = async () => {
      loads++;
      return [{ from: 1, name: 'tel', up: (d: unknown) => ({ count: Number((d as { n: string }).n) }) }];
    };
    store.raw.set('world', JSON.stringify({ schema: 2, savedAt: 5, writer: 'x', data: { count: 4 } }));
    expect(await open(loader).load()).toEqual({ count: 4 });
    expect(loads).toBe(0);
    store.raw.set('world', JSON.stringify({ schema: 1, savedAt: 6, writer: 'x', data: { n: '7' } }));
    expect(await open(loader).load()).toEqual({ count: 7 });
    expect(loads).toBe(1);
    expect(notices).toEqual([]);
    const failing = open(() => Promise.reject(new Error('offline')));
    expect(await failing.load()).toBeNull();
    expect(notices).toEqual([{ kind: 'corrupt', keptAs: 'world.bewaard-6', detail: expect.stringContaining('migraties niet geladen') }]);
    expect(JSON.parse(JSON.parse(store.raw.get('world.bewaard-6')!))).toMatchObject({ schema: 1, data: { n: '7' } });
  });

  it('never overwrites bad data it could not keep aside', async () => {
    store.raw.set('world', 'garbage');
    store.full = true;
    const p = tab(store, 'a', notices);
    expect(await p.load()).toBeNull();
    expect(notices[0]).toMatchObject({ kind: 'corrupt', keptAs: null });
    store.full = false;
    expect(await p.save({ count: 1 })).toBe(false);
    expect(store.raw.get('world')).toBe('garbage');
  });

  it('reports a full storage and keeps working', async () => {
    const p = tab(store, 'a', notices);
    store.full = true;
    expect(await p.save({ count: 1 })).toBe(false);
    expect(notices).toEqual([{ kind: 'full' }]);
    store.full = false;
    expect(await p.save({ count: 2 })).toBe(true);
  });

  it("adopts another tab's newer save instead of overwriting it", async () => {
    const seenByA: Counter[] = [];
    let clock = 1000;
    const a = tab(store, 'a', notices, () => clock);
    const b = tab(store, 'b', [], () => clock);
    a.watch((d) => seenByA.push(d));
    await a.save({ count: 1 });
    clock = 2000;
    await b.load();
    await b.save({ count: 2 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seenByA).toEqual([{ count: 2 }]);
    expect(notices).toEqual([{ kind: 'otherTab' }]);
  });

  it('refuses to overwrite a newer save whose event was missed, and hands it over', async () => {
    const adopted: Counter[] = [];
    let clock = 1000;
    const a = tab(store, 'a', notices, () => clock);
    await a.save({ count: 1 });
    a.watch((d) => adopted.push(d));
    // Another tab writes without an event reaching tab a.
    store.raw.set('world', JSON.stringify({ schema: 1, savedAt: 3000, writer: 'b', data: { count: 7 } }));
    clock = 2000;
    expect(await a.save({ count: 2 })).toBe(false);
    expect(adopted).toEqual([{ count: 7 }]);
    expect(notices).toEqual([{ kind: 'conflict' }]);
    // Having adopted it, tab a may save again.
    expect(await a.save({ count: 8 })).toBe(true);
  });

  it('the memory fallback works without any browser storage', async () => {
    const p = createPersistence<Counter>({ backend: memoryBackend(), key: 'k', schema: 1, migrations: [], validate, tabId: 't', notify: (n) => notices.push(n) });
    await p.save({ count: 4 });
    expect(await p.load()).toEqual({ count: 4 });
  });
});
