/**
 * Migrations of the saved world. Append-only: a shipped migration is never edited; each has a test
 * (world-migrations.test.ts) and the result is validated after migrating (world/validate.ts).
 */
import type { Migration } from '../storage/migrations';
import { SEED_ACCESS_MANAGERS, SEED_NEW_COLLEAGUE, SEED_NEW_COLLEAGUE_CARD, SEED_TB_USERS } from '../world/seed-accounts';
import {
  copyEnterprise,
  copyIntegration,
  copyPerson,
  copyProfile,
  copyRequest,
  copyTbUser,
  MERGER_CARDS,
  MERGER_CLIENTS,
  MERGER_ENTERPRISES,
  MERGER_INTEGRATIONS,
  MERGER_OF_EXISTING,
  MERGER_PEOPLE,
  MERGER_REQUESTS,
  MERGER_TB_USERS,
  MERGER_ASSIGNMENTS,
  MERGER_PRIMAWEB_USERS,
  MERGER_PROFILES,
} from '../world/seed-mergers';

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
      tbUsers: SEED_TB_USERS.filter((u) => kbos.has(u.kbo)).map(copyTbUser),
      chaman: [],
      ocmwConfigs: [],
      appSession: null,
    };
  },
};

/** Appends the items whose id (by `idOf`) the list does not hold yet; a list that is not one stays as it is. */
function withNew<T>(list: unknown, items: readonly T[], idOf: (item: Json | T) => unknown, copy: (item: T) => T): unknown {
  if (!Array.isArray(list)) return list;
  const ids = new Set(listOf(list).map(idOf));
  return [...list, ...items.filter((i) => !ids.has(idOf(i))).map(copy)];
}

/**
 * Schema 2 → 3 (issue 6): enterprises say their part in a merger of 2025, and the merger world
 * joins: the OCMWs of Melle, Merelbeke, Merelbeke-Melle, Lokeren, Moerbeke and Borsbeek, the
 * colleagues known for a disappearing and a remaining OCMW (with their PrimaWeb profile at the
 * disappearing one), and the running files under the old numbers. Nothing of the save is changed
 * or dropped.
 */
const mergers2025: Migration = {
  from: 2,
  name: 'fusies-2025',
  up(data) {
    if (!isObject(data)) throw new Error('world: object verwacht');
    const enterprises = Array.isArray(data.enterprises)
      ? withNew(
          listOf(data.enterprises).map((e) => ({ ...e, merger: MERGER_OF_EXISTING[String(e.kbo)] ?? null })),
          MERGER_ENTERPRISES,
          (e) => (e as Json).kbo,
          copyEnterprise,
        )
      : data.enterprises;
    const accountKey = (u: unknown) => `${(u as Json).kbo}/${(u as Json).insz}`;
    const accountKeyOf = (u: unknown) => `${(u as Json).kbo}/${(u as Json).personId}`;
    return {
      ...data,
      enterprises,
      people: withNew(data.people, MERGER_PEOPLE, (p) => (p as Json).id, copyPerson),
      cards: withNew(data.cards, MERGER_CARDS, (c) => (c as Json).personId, (c) => ({ ...c })),
      tbUsers: withNew(data.tbUsers, MERGER_TB_USERS, accountKey, copyTbUser),
      primawebUsers: withNew(data.primawebUsers, MERGER_PRIMAWEB_USERS, accountKeyOf, (u) => ({ ...u })),
      profiles: withNew(data.profiles, MERGER_PROFILES, (p) => (p as Json).id, copyProfile),
      assignments: withNew(data.assignments, MERGER_ASSIGNMENTS, (a) => `${(a as Json).personId}/${(a as Json).kbo}/${(a as Json).profileId}`, (a) => ({ ...a })),
      clients: withNew(data.clients, MERGER_CLIENTS, (c) => (c as Json).id, (c) => ({ ...c })),
      requests: withNew(data.requests, MERGER_REQUESTS, (r) => (r as Json).id, copyRequest),
      integrations: withNew(
        data.integrations,
        MERGER_INTEGRATIONS,
        (i) => `${(i as Json).clientId}/${(i as Json).institution}/${(i as Json).code}`,
        copyIntegration,
      ),
    };
  },
};

/**
 * Schema 3 → 4 (issue 11.5): Els Mertens, Co-Lokale beheerder of Herstappe since schema 2, gets a
 * card, so a learner can rehearse what a co-Toegangsbeheerder may and may not do. Frozen: the
 * person and the card are written out here, not read from the seed. A save that already knows the
 * person keeps it as it is (and gets the card if it had none).
 */
const CO_TB_PERSON = {
  id: 'els',
  firstName: 'Els',
  lastName: 'Mertens',
  insz: '91022311850',
  pin: '6802',
  language: 'nl',
  about: {
    nl: 'Co-Lokale beheerder (co-Toegangsbeheerder), OCMW Herstappe',
    fr: "Co-gestionnaire local (co-gestionnaire d'accès), CPAS de Herstappe",
  },
} as const;

const coTbCard: Migration = {
  from: 3,
  name: 'co-toegangsbeheerder-kaart',
  up(data) {
    if (!isObject(data)) throw new Error('world: object verwacht');
    if (!Array.isArray(data.people) || !Array.isArray(data.cards)) return data;
    const people = listOf(data.people);
    const sameId = people.some((p) => p.id === CO_TB_PERSON.id);
    // Someone else with her INSZ: the save has its own Els, left alone.
    if (!sameId && people.some((p) => p.insz === CO_TB_PERSON.insz)) return data;
    const hasCard = listOf(data.cards).some((c) => c.personId === CO_TB_PERSON.id);
    return {
      ...data,
      people: sameId ? data.people : [...data.people, { ...CO_TB_PERSON, about: { ...CO_TB_PERSON.about } }],
      cards: hasCard ? data.cards : [...data.cards, { personId: CO_TB_PERSON.id, wrongTries: 0, blocked: false }],
    };
  },
};

export const WORLD_MIGRATIONS: readonly Migration[] = [toegangsbeheerAccounts, mergers2025, coTbCard];
