import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate } from '../storage/migrations';
import { validateWorld } from '../world/validate';
import { WORLD_RECORD } from './world-records';
import { WORLD_MIGRATIONS } from './world-migrations';
import ACCOUNTS from './migrations/1-toegangsbeheer-accounts.data.json';
import MERGERS from './migrations/2-fusies-2025.data.json';
import CO_TB from './migrations/3-co-toegangsbeheerder-kaart.data.json';
import schema3 from './save-fixtures/schema-3.json';
import schema1 from './save-fixtures/schema-1.json';

type Json = Record<string, unknown>;
const worldOf = (fixture: { localStorage: Record<string, string> }) => JSON.parse(fixture.localStorage['primaweb-simulator/world']!).data as Json;
const ids = (list: unknown, key = 'id') => (list as Json[]).map((x) => x[key]);

describe('world migrations', () => {
  it('are numbered without gaps up to the current schema', () => {
    expect(WORLD_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: WORLD_RECORD.schema - 1 }, (_, i) => i + 1));
  });

  it('are frozen: a migration imports nothing but its own data, the frozen helpers and the Migration type', () => {
    const dir = new URL('./migrations/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const imports = [...readFileSync(new URL(file, dir), 'utf8').matchAll(/^import\s+(type\s+)?.*?from\s+'([^']+)'/gms)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2]! }));
      if (file !== 'frozen-json.ts') expect(imports.map((i) => i.from), file).toContain('./frozen-json');
      for (const { typeOnly, from } of imports) {
        const allowed = from.startsWith('./') || (typeOnly && from === '../../storage/migrations');
        expect(allowed, `${file} imports ${from}`).toBe(true);
      }
    }
  });

  it("1 → 2 turns a real schema 1 save's role grants into the accounts of its own data, keeping everything else", () => {
    const save = worldOf(schema1);
    const outcome = migrate(save, 1, 2, WORLD_MIGRATIONS);
    expect(outcome).toMatchObject({ ok: true, applied: ['toegangsbeheer-accounts'] });
    if (!outcome.ok) return;
    const world = outcome.data as Json;
    const kbos = new Set(ids(save.enterprises, 'kbo'));
    expect(world.tbUsers).toEqual(ACCOUNTS.tbUsers.filter((u) => kbos.has(u.kbo)));
    for (const e of world.enterprises as Json[]) expect(e.accessManagers).toEqual((ACCOUNTS.accessManagers as Record<string, string[]>)[String(e.kbo)] ?? []);
    expect(ids(world.people)).toEqual([...ids(save.people), ACCOUNTS.newColleague.id]);
    expect(world).toMatchObject({ chaman: [], ocmwConfigs: [], appSession: null });
    expect('roles' in world).toBe(false);
    for (const key of ['profiles', 'assignments', 'clients', 'requests', 'integrations', 'forms', 'primawebUsers', 'today'] as const) expect(world[key], key).toEqual(save[key]);
  });

  it('2 → 3 adds the merger world of its own data, and nothing twice: a record the save already holds stays as it is', () => {
    const v2 = migrate(worldOf(schema1), 1, 2, WORLD_MIGRATIONS);
    if (!v2.ok) throw new Error(v2.detail);
    const data = v2.data as Record<string, Json[]>;
    const own = { id: 'emma', firstName: 'Emma', lastName: 'Anders', insz: '99030306406' };
    const v3 = migrate({ ...data, clients: [...data.clients!, own] }, 2, 3, WORLD_MIGRATIONS);
    if (!v3.ok) throw new Error(v3.detail);
    const world = v3.data as Record<string, Json[]>;
    expect(world.clients!.filter((c) => c.id === 'emma')).toEqual([own]);
    expect(ids(world.enterprises, 'kbo')).toEqual([...ids(data.enterprises, 'kbo'), ...ids(MERGERS.enterprises, 'kbo')]);
    expect(ids(world.people)).toEqual([...ids(data.people), ...ids(MERGERS.people)]);
    expect(world.integrations).toEqual([...data.integrations!, ...MERGERS.integrations]);
    expect(world.profiles).toEqual([...data.profiles!, ...MERGERS.profiles]);
    for (const e of world.enterprises!) expect(e).toHaveProperty('merger');
    expect(validateWorld(world).ok).toBe(true);
  });

  it('leave a broken list broken, for validation to report, and refuse what is not a world', () => {
    const outcome = migrate({ ...worldOf(schema1), people: 'niemand' }, 1, 3, WORLD_MIGRATIONS);
    expect(outcome.ok && validateWorld(outcome.data).ok).toBe(false);
    expect(migrate('niet eens een object', 1, 3, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
    expect(migrate('niet eens een object', 2, 3, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('never share objects with their own data: changing a migrated world leaves the next migration unchanged', () => {
    const first = migrate(worldOf(schema1), 1, 3, WORLD_MIGRATIONS);
    if (!first.ok) throw new Error();
    (first.data as Record<string, Json[]>).people!.at(-1)!.firstName = 'Veranderd';
    const second = migrate(worldOf(schema1), 1, 3, WORLD_MIGRATIONS);
    expect(second.ok && (second.data as Record<string, Json[]>).people!.at(-1)!.firstName).not.toBe('Veranderd');
  });
  it('issue 11.5: 3 → 4 gives Els Mertens, Co-Lokale beheerder of Herstappe, a card, and nothing twice', () => {
    const data = worldOf(schema3) as { people: Json[]; cards: Json[]; tbUsers: Json[] };
    expect(data.people.some((p) => p.id === 'els')).toBe(false);
    const v4 = migrate(data, 3, 4, WORLD_MIGRATIONS);
    expect(v4).toMatchObject({ ok: true, applied: ['co-toegangsbeheerder-kaart'] });
    if (!v4.ok) return;
    const world = validateWorld(v4.data);
    expect(world.ok).toBe(true);
    if (!world.ok) return;
    expect(world.world.people.find((p) => p.id === 'els')).toEqual(CO_TB.person);
    expect(world.world.cards.filter((c) => c.personId === 'els')).toEqual([CO_TB.card]);
    // Her account was there since schema 2: she is the Co-LB.
    expect(world.world.tbUsers.find((u) => u.insz === CO_TB.person.insz)).toMatchObject({ kbo: '0212333592', type: 'CoLB' });
    // Once more changes nothing; a save with its own person of that INSZ is left alone.
    const again = migrate(v4.data, 3, 4, WORLD_MIGRATIONS);
    expect(again.ok && again.data).toEqual(v4.data);
    const own = { ...data, people: [...data.people, { ...data.people[0]!, id: 'els-eigen', insz: CO_TB.person.insz }] };
    const kept = migrate(own, 3, 4, WORLD_MIGRATIONS);
    expect(kept.ok && kept.data).toEqual(own);
  });

  it('3 → 4 leaves a broken list broken and refuses what is not a world', () => {
    expect(migrate({ people: 'niemand', cards: [] }, 3, 4, WORLD_MIGRATIONS)).toMatchObject({ ok: true, data: { people: 'niemand', cards: [] } });
    expect(migrate('niet eens een object', 3, 4, WORLD_MIGRATIONS)).toMatchObject({ ok: false, reason: 'failed' });
  });
});
