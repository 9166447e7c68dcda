/**
 * Where saved data physically lives. The product owner asks for localforage over localStorage: its
 * `storage` events let two open tabs notice each other. This file is the only one that touches
 * localforage (and, to keep unreadable data aside, the raw localStorage entry behind it). The
 * builds give localforage its localStorage driver only (scripts/localforage-local-storage.ts).
 */
import localforage from 'localforage';

export interface KeyValueBackend {
  readonly kind: 'localStorage' | 'memory';
  /** Rejects when the browser refuses storage altogether. */
  ready(): Promise<void>;
  /** Rejects when the stored text cannot be parsed. */
  get(key: string): Promise<unknown>;
  /** The stored text as is, or null: used to keep unreadable data aside. */
  getRaw(key: string): string | null;
  /** Rejects when storage is full or refused. */
  set(key: string, value: unknown): Promise<void>;
  /** Calls back when another tab changed the key. */
  subscribe(key: string, onChange: () => void): () => void;
}

const DB_NAME = 'primaweb-simulator';

export function localforageBackend(): KeyValueBackend {
  const store = localforage.createInstance({ name: DB_NAME, driver: localforage.LOCALSTORAGE });
  // localforage's localStorage driver prefixes every key with the database name.
  const rawKey = (key: string) => `${DB_NAME}/${key}`;
  return {
    kind: 'localStorage',
    ready: () => store.ready(),
    get: (key) => store.getItem(key),
    getRaw(key) {
      try {
        return globalThis.localStorage?.getItem(rawKey(key)) ?? null;
      } catch {
        return null;
      }
    },
    set: async (key, value) => {
      await store.setItem(key, value);
    },
    subscribe(key, onChange) {
      if (typeof globalThis.addEventListener !== 'function') return () => {};
      const listener = (event: Event) => {
        if ((event as StorageEvent).key === rawKey(key)) onChange();
      };
      globalThis.addEventListener('storage', listener);
      return () => globalThis.removeEventListener('storage', listener);
    },
  };
}

/** Fallback when the browser refuses storage: the simulator works, nothing survives a reload. */
export function memoryBackend(): KeyValueBackend {
  const values = new Map<string, string>();
  return {
    kind: 'memory',
    ready: async () => {},
    get: async (key) => {
      const raw = values.get(key);
      return raw === undefined ? null : JSON.parse(raw);
    },
    getRaw: (key) => values.get(key) ?? null,
    set: async (key, value) => {
      values.set(key, JSON.stringify(value));
    },
    subscribe: () => () => {},
  };
}

/** localforage when the browser allows it, memory otherwise. */
export async function openBackend(): Promise<{ backend: KeyValueBackend; refused: boolean }> {
  const preferred = localforageBackend();
  try {
    await preferred.ready();
    return { backend: preferred, refused: false };
  } catch {
    return { backend: memoryBackend(), refused: true };
  }
}
