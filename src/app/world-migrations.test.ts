import { describe, expect, it } from 'vitest';
import { migrate } from '../storage/migrations';
import { initialWorld } from '../world/seed';
import { validateWorld } from '../world/validate';
import { WORLD_RECORD } from './records';
import { WORLD_MIGRATIONS } from './world-migrations';
import { MERGER_ENTERPRISES } from '../world/seed-mergers';

const MERGER_PEOPLE = ['karen', 'hanne', 'wout'];
const MERGER_CLIENTS = ['emma', 'luc', 'mia'];

/** A save as schema 1 wrote it: role grants instead of accounts, no ChaMan or OCMW-configuratie, no merger world. */
function schema1Save(): Record<string, unknown> {
  const { tbUsers: _t, chaman: _c, ocmwConfigs: _o, appSession: _s, ...world } = initialWorld();
  return {
    ...world,
    people: world.people.filter((p) => p.id !== 'bram' && p.id !== 'els' && !MERGER_PEOPLE.includes(p.id)),
    cards: world.cards.filter((c) => c.personId !== 'bram' && c.personId !== 'els' && !MERGER_PEOPLE.includes(c.personId)),
    clients: world.clients.filter((c) => !MERGER_CLIENTS.includes(c.id)),
    requests: world.requests.filter((r) => r.household.every((m) => !MERGER_CLIENTS.includes(m.clientId))),
    integrations: world.integrations.filter((i) => !MERGER_CLIENTS.includes(i.clientId)),
    primawebUsers: world.primawebUsers.filter((u) => !MERGER_PEOPLE.includes(u.personId)),
    profiles: world.profiles.filter((p) => p.id === 'alle-functies'),
    assignments: world.assignments.filter((a) => !MERGER_PEOPLE.includes(a.personId)),
    enterprises: world.enterprises.filter((e) => !MERGER_ENTERPRISES.some((m) => m.kbo === e.kbo)).map(({ accessManagers: _a, merger: _m, ...e }) => e),
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

  it('1 → 2 → 3 → 4 turns a schema 1 save into a valid world with the accounts, the merger world and the cards of the seed, keeping its own data', () => {
    const outcome = migrate(schema1Save(), 1, WORLD_RECORD.schema, WORLD_MIGRATIONS);
    expect(outcome).toMatchObject({ ok: true, applied: ['toegangsbeheer-accounts', 'fusies-2025', 'co-toegangsbeheerder-kaart'] });
    if (!outcome.ok) return;
    const result = validateWorld(outcome.data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fresh = initialWorld();
    expect(result.world.tbUsers).toEqual(fresh.tbUsers);
    expect(result.world.enterprises).toEqual(fresh.enterprises);
    expect(result.world.people).toEqual(fresh.people);
    expect(result.world.cards).toEqual(fresh.cards);
    expect(result.world.clients).toEqual(fresh.clients);
    expect(result.world.requests).toEqual(fresh.requests);
    expect(result.world.integrations).toEqual(fresh.integrations);
    expect(result.world.profiles).toEqual(fresh.profiles);
    expect(result.world.assignments).toEqual(fresh.assignments);
    expect(result.world.primawebUsers).toEqual(fresh.primawebUsers);
    expect(result.world.today).toBe('2025-03-10');
    expect('roles' in result.world).toBe(false);
  });

  it('2 → 3 adds nothing twice: a save that already holds a merger record keeps it as it is', () => {
    const v2 = migrate(schema1Save(), 1, 2, WORLD_MIGRATIONS);
    if (!v2.ok) throw new Error();
    const data = v2.data as Record<string, unknown[]>;
    const own = { id: 'emma', firstName: 'Emma', lastName: 'Anders', insz: '99030306406' };
    const v3 = migrate({ ...data, clients: [...data.clients!, own] }, 2, 3, WORLD_MIGRATIONS);
    expect(v3.ok && (v3.data as { clients: { id: string }[] }).clients.filter((c) => c.id === 'emma')).toEqual([own]);
  });

  it('1 → 2 → 3 leaves a broken list broken, for validation to report', () => {
    const outcome = migrate({ ...schema1Save(), people: 'niemand' }, 1, 4, WORLD_MIGRATIONS);
    expect(outcome.ok && validateWorld(outcome.data).ok).toBe(false);
    expect(migrate('niet eens een object', 1, 4, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
    expect(migrate('niet eens een object', 2, 3, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('issue 11.5: 3 → 4 gives Els Mertens, Co-Lokale beheerder of Herstappe, a card, and nothing twice', () => {
    const v3 = migrate(schema1Save(), 1, 3, WORLD_MIGRATIONS);
    if (!v3.ok) throw new Error();
    const data = v3.data as { people: { id: string; insz: string }[]; cards: { personId: string }[] };
    expect(data.people.some((p) => p.id === 'els')).toBe(false);
    const v4 = migrate(data, 3, 4, WORLD_MIGRATIONS);
    expect(v4).toMatchObject({ ok: true, applied: ['co-toegangsbeheerder-kaart'] });
    if (!v4.ok) return;
    const world = validateWorld(v4.data);
    expect(world.ok).toBe(true);
    if (!world.ok) return;
    expect(world.world.people.find((p) => p.id === 'els')).toMatchObject({ firstName: 'Els', lastName: 'Mertens', insz: '91022311850', pin: '6802' });
    expect(world.world.cards.filter((c) => c.personId === 'els')).toEqual([{ personId: 'els', wrongTries: 0, blocked: false }]);
    // Her account was there since schema 2: she is the Co-LB.
    expect(world.world.tbUsers.find((u) => u.insz === '91022311850')).toMatchObject({ kbo: '0212333592', type: 'CoLB' });
    // Once more changes nothing; a save with its own person of that INSZ is left alone.
    const again = migrate(v4.data, 3, 4, WORLD_MIGRATIONS);
    expect(again.ok && again.data).toEqual(v4.data);
    const own = { ...data, people: [...data.people, { ...data.people[0]!, id: 'els-eigen', insz: '91022311850' }] };
    const kept = migrate(own, 3, 4, WORLD_MIGRATIONS);
    expect(kept.ok && kept.data).toEqual(own);
  });

  it('3 → 4 leaves a broken list broken and refuses what is not a world', () => {
    expect(migrate({ people: 'niemand', cards: [] }, 3, 4, WORLD_MIGRATIONS)).toMatchObject({ ok: true, data: { people: 'niemand', cards: [] } });
    expect(migrate('niet eens een object', 3, 4, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
