/**
 * Saved data carries the schema version it was written with. Migrations are named, append-only and
 * each tested: migration N turns schema N into schema N + 1. Never edit one that has shipped.
 */

export interface Migration {
  /** The schema this migration reads; it writes `from + 1`. */
  from: number;
  name: string;
  up(data: unknown): unknown;
}

export type MigrationOutcome =
  | { ok: true; data: unknown; applied: string[] }
  | { ok: false; reason: 'newer' | 'missing' | 'failed'; detail: string };

export function migrate(data: unknown, schema: number, current: number, migrations: readonly Migration[]): MigrationOutcome {
  if (schema > current) return { ok: false, reason: 'newer', detail: `schema ${schema} > ${current}` };
  const applied: string[] = [];
  let value = data;
  for (let version = schema; version < current; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, reason: 'missing', detail: `no migration from schema ${version}` };
    try {
      value = step.up(value);
    } catch (error) {
      return { ok: false, reason: 'failed', detail: `${step.name}: ${String(error)}` };
    }
    applied.push(step.name);
  }
  return { ok: true, data: value, applied };
}
