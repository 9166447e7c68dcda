import { describe, expect, it } from 'vitest';
import { migrate } from '../storage/migrations';
import { initialWorld } from '../world/seed';
import { validateWorld } from '../world/validate';
import { WORLD_RECORD } from './records';
import { WORLD_MIGRATIONS } from './world-migrations';

/** A save as schema 1 wrote it: role grants instead of accounts, no ChaMan or OCMW-configuratie. */
function schema1Save(): Record<string, unknown> {
  const { tbUsers: _t, chaman: _c, ocmwConfigs: _o, ...world } = initialWorld();
  return {
    ...world,
    people: world.people.filter((p) => p.id !== 'bram'),
    cards: world.cards.filter((c) => c.personId !== 'bram'),
    enterprises: world.enterprises.map(({ accessManagers: _a, ...e }) => e),
    roles: [
      { personId: 'lotte', kbo: '0212333592', role: 'sociaalAgent' },
      { personId: 'lotte', kbo: '0212333592', role: 'ocmwConfiguratie' },
    ],
    today: '2025-03-10',
  };
}

describe('world migrations', () => {
  it('are numbered without gaps up to the current schema', () => {
    expect(WORLD_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: WORLD_RECORD.schema - 1 }, (_, i) => i + 1));
  });

  it('1 → 2 turns a schema 1 save into a valid world with the accounts of the seed, keeping its own data', () => {
    const outcome = migrate(schema1Save(), 1, WORLD_RECORD.schema, WORLD_MIGRATIONS);
    expect(outcome).toMatchObject({ ok: true, applied: ['toegangsbeheer-accounts'] });
    if (!outcome.ok) return;
    const result = validateWorld(outcome.data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fresh = initialWorld();
    expect(result.world.tbUsers).toEqual(fresh.tbUsers);
    expect(result.world.enterprises).toEqual(fresh.enterprises);
    expect(result.world.people.map((p) => p.id)).toEqual(fresh.people.map((p) => p.id));
    expect(result.world.today).toBe('2025-03-10');
    expect('roles' in result.world).toBe(false);
  });

  it('1 → 2 leaves a broken list broken, for validation to report', () => {
    const outcome = migrate({ ...schema1Save(), people: 'niemand' }, 1, 2, WORLD_MIGRATIONS);
    expect(outcome.ok && validateWorld(outcome.data).ok).toBe(false);
    expect(migrate('niet eens een object', 1, 2, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
