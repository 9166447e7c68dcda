/**
 * Versioned, validated persistence of one kind of record (the world, the learner's progress, the
 * preferences). Every fault ends in a notice for the learner and a usable state, never a crash:
 * - storage refused: the caller gets a memory backend (see backend.ts) and an 'unavailable' notice;
 * - unreadable, invalid or newer-schema data: kept aside under another key, never overwritten;
 * - storage full: the change stays in memory and the learner is told;
 * - another tab saved: this tab adopts the newer record instead of overwriting it.
 */
import type { KeyValueBackend } from './backend';
import { migrate, type Migration } from './migrations';
import type { Validation } from '../domain/validation';

export interface Envelope {
  schema: number;
  /** Milliseconds since the epoch; strictly increasing per key, so tabs can tell which is newer. */
  savedAt: number;
  /** Id of the tab that wrote it. */
  writer: string;
  data: unknown;
}

export type PersistenceNotice =
  | { kind: 'unavailable' }
  | { kind: 'corrupt'; keptAs: string | null; detail: string }
  | { kind: 'newer'; keptAs: string | null }
  | { kind: 'full' }
  | { kind: 'saveFailed'; detail: string }
  | { kind: 'otherTab' }
  | { kind: 'conflict' };

export type MigrationSource = readonly Migration[] | (() => Promise<readonly Migration[]>);

export type { Validation };

export interface PersistenceOptions<T> {
  backend: KeyValueBackend;
  key: string;
  schema: number;
  /** The record's migrations, or a loader for them: called only for a save of an older schema. */
  migrations: MigrationSource;
  validate(data: unknown): Validation<T>;
  tabId: string;
  notify(notice: PersistenceNotice): void;
  now?: () => number;
}

export interface Persistence<T> {
  /** The stored record, or null when there is none or it could not be used (the caller starts fresh). */
  load(): Promise<T | null>;
  /** True when saved. False when not: the reason went to notify. */
  save(data: T): Promise<boolean>;
  /** Calls back with the record another tab saved. */
  watch(onExternal: (data: T) => void): () => void;
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Number.isInteger(v.schema) && typeof v.savedAt === 'number' && typeof v.writer === 'string' && 'data' in v;
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export function createPersistence<T>(options: PersistenceOptions<T>): Persistence<T> {
  const { backend, key, tabId, notify } = options;
  const now = options.now ?? Date.now;
  /** savedAt of the newest envelope this tab has read or written. */
  let lastSeen = 0;
  /** Set when unusable data could not be kept aside: writing would destroy it. */
  let writesBlocked = false;
  const externalListeners = new Set<(data: T) => void>();

  type Read = { kind: 'none' } | { kind: 'ok'; envelope: Envelope; value: T } | { kind: 'bad'; reason: 'corrupt' | 'newer'; detail: string; savedAt: number };

  async function read(): Promise<Read> {
    let stored: unknown;
    try {
      stored = await backend.get(key);
    } catch (error) {
      return { kind: 'bad', reason: 'corrupt', detail: `onleesbaar: ${String(error)}`, savedAt: now() };
    }
    if (stored === null || stored === undefined) return { kind: 'none' };
    if (!isEnvelope(stored)) return { kind: 'bad', reason: 'corrupt', detail: 'geen geldige envelop', savedAt: now() };
    let migrations: readonly Migration[] = [];
    if (stored.schema < options.schema) {
      try {
        migrations = typeof options.migrations === 'function' ? await options.migrations() : options.migrations;
      } catch (error) {
        // The migrations could not be loaded (a chunk missing offline): the save is kept aside, not lost.
        return { kind: 'bad', reason: 'corrupt', detail: `migraties niet geladen: ${String(error)}`, savedAt: stored.savedAt };
      }
    }
    const migrated = migrate(stored.data, stored.schema, options.schema, migrations);
    if (!migrated.ok) {
      return { kind: 'bad', reason: migrated.reason === 'newer' ? 'newer' : 'corrupt', detail: migrated.detail, savedAt: stored.savedAt };
    }
    const valid = options.validate(migrated.data);
    if (!valid.ok) return { kind: 'bad', reason: 'corrupt', detail: valid.problem, savedAt: stored.savedAt };
    return { kind: 'ok', envelope: stored, value: valid.value };
  }

  /** Copies unusable data to a key of its own, so that starting afresh does not destroy it. */
  async function keepAside(savedAt: number): Promise<string | null> {
    const raw = backend.getRaw(key);
    if (raw === null) return null;
    const asideKey = `${key}.bewaard-${savedAt}`;
    try {
      await backend.set(asideKey, raw);
      return asideKey;
    } catch {
      return null;
    }
  }

  return {
    async load() {
      const result = await read();
      if (result.kind === 'none') return null;
      if (result.kind === 'ok') {
        lastSeen = result.envelope.savedAt;
        return result.value;
      }
      const keptAs = await keepAside(result.savedAt);
      if (keptAs === null) writesBlocked = true;
      notify(result.reason === 'newer' ? { kind: 'newer', keptAs } : { kind: 'corrupt', keptAs, detail: result.detail });
      return null;
    },

    async save(data) {
      if (writesBlocked) return false;
      const current = await read();
      if (current.kind === 'ok' && current.envelope.writer !== tabId && current.envelope.savedAt > lastSeen) {
        // Another tab saved after we last looked (its storage event did not reach us yet):
        // overwriting would silently lose its work. The caller adopts it through watch().
        lastSeen = current.envelope.savedAt;
        notify({ kind: 'conflict' });
        externalListeners.forEach((listener) => listener(current.value));
        return false;
      }
      const envelope: Envelope = { schema: options.schema, savedAt: Math.max(now(), lastSeen + 1), writer: tabId, data };
      try {
        await backend.set(key, envelope);
      } catch (error) {
        notify(isQuotaError(error) ? { kind: 'full' } : { kind: 'saveFailed', detail: String(error) });
        return false;
      }
      lastSeen = envelope.savedAt;
      return true;
    },

    watch(onExternal) {
      externalListeners.add(onExternal);
      const unsubscribe = backend.subscribe(key, async () => {
        const result = await read();
        if (result.kind !== 'ok' || result.envelope.writer === tabId || result.envelope.savedAt <= lastSeen) return;
        lastSeen = result.envelope.savedAt;
        notify({ kind: 'otherTab' });
        onExternal(result.value);
      });
      return () => {
        externalListeners.delete(onExternal);
        unsubscribe();
      };
    },
  };
}
