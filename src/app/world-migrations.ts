/**
 * Migrations of the saved world. Append-only: a shipped migration is never edited; each has a test
 * (world-migrations.test.ts) and the result is validated after migrating (world/validate.ts).
 */
import type { Migration } from '../storage/migrations';
import { SEED_ACCESS_MANAGERS, SEED_NEW_COLLEAGUE, SEED_NEW_COLLEAGUE_CARD, SEED_TB_USERS } from '../world/seed-accounts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const listOf = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/**
 * Schema 1 → 2 (issue 5): the role grants become Toegangsbeheer accounts, enterprises get their
 * (co-)Hoofdtoegangsbeheerders, ChaMan and OCMW-configuratie get (empty) records, and the new
 * colleague without account joins. Schema 1 had no command that changed roles, so the initial
 * accounts are exactly what an old save meant.
 */
const toegangsbeheerAccounts: Migration = {
  from: 1,
  name: 'toegangsbeheer-accounts',
  up(data) {
    if (!isObject(data)) throw new Error('world: object verwacht');
    const { roles: _roles, ...rest } = data;
    const enterprises = !Array.isArray(data.enterprises) ? data.enterprises : listOf(data.enterprises).map((e) => ({ ...e, accessManagers: [...(SEED_ACCESS_MANAGERS[String(e.kbo)] ?? [])] }));
    const kbos = new Set(listOf(data.enterprises).map((e) => e.kbo));
    const people = listOf(data.people);
    // A list that is not one stays as it is, for validation to report.
    const addColleague = Array.isArray(data.people) && Array.isArray(data.cards) && !people.some((p) => p.id === SEED_NEW_COLLEAGUE.id || p.insz === SEED_NEW_COLLEAGUE.insz);
    return {
      ...rest,
      enterprises,
      people: addColleague ? [...(data.people as unknown[]), { ...SEED_NEW_COLLEAGUE, about: { ...SEED_NEW_COLLEAGUE.about } }] : data.people,
      cards: addColleague ? [...(data.cards as unknown[]), { ...SEED_NEW_COLLEAGUE_CARD }] : data.cards,
      tbUsers: SEED_TB_USERS.filter((u) => kbos.has(u.kbo)).map((u) => ({ ...u, applications: [...u.applications] })),
      chaman: [],
      ocmwConfigs: [],
      appSession: null,
    };
  },
};

export const WORLD_MIGRATIONS: readonly Migration[] = [toegangsbeheerAccounts];
