import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrations';

const migrations: Migration[] = [
  { from: 1, name: 'rename-cards', up: (d) => ({ ...(d as object), cards: (d as { kaarten: unknown }).kaarten }) },
  { from: 2, name: 'add-today', up: (d) => ({ ...(d as object), today: '2025-01-01' }) },
];

describe('migrations', () => {
  it('applies every step from the stored schema to the current one, in order', () => {
    const result = migrate({ kaarten: [] }, 1, 3, migrations);
    expect(result).toEqual({ ok: true, data: { kaarten: [], cards: [], today: '2025-01-01' }, applied: ['rename-cards', 'add-today'] });
  });

  it('leaves current data alone', () => {
    expect(migrate({ a: 1 }, 3, 3, migrations)).toEqual({ ok: true, data: { a: 1 }, applied: [] });
  });

  it('refuses data from a newer simulator, a gap in the chain, and a failing step', () => {
    expect(migrate({}, 4, 3, migrations)).toMatchObject({ ok: false, reason: 'newer' });
    expect(migrate({}, 0, 3, migrations)).toMatchObject({ ok: false, reason: 'missing' });
    const throwing: Migration[] = [{ from: 1, name: 'boom', up: () => { throw new Error('kapot'); } }];
    expect(migrate({}, 1, 2, throwing)).toMatchObject({ ok: false, reason: 'failed', detail: 'boom: Error: kapot' });
  });
});
