/**
 * Schema 1 → 2 (issue 5): the role grants become Toegangsbeheer accounts, enterprises get their
 * (co-)Hoofdtoegangsbeheerders, ChaMan and OCMW-configuratie get (empty) records, and the new
 * colleague without account joins. Schema 1 had no command that changed roles, so the initial
 * accounts are exactly what an old save meant.
 *
 * Frozen: the data it adds is its own (the JSON file beside it, the seed as it was when this
 * migration was frozen), so what it does to an old save never changes with the live seed.
 */
import type { Migration } from '../../storage/migrations';
import DATA from './1-toegangsbeheer-accounts.data.json';
import { copy, isObject, listOf, type Json } from './frozen-json';

const ACCESS_MANAGERS = DATA.accessManagers as Record<string, string[]>;
const NEW_COLLEAGUE = DATA.newColleague as Json;
const TB_USERS = DATA.tbUsers as Json[];

export const toegangsbeheerAccounts: Migration = {
  from: 1,
  name: 'toegangsbeheer-accounts',
  up(data) {
    if (!isObject(data)) throw new Error('world: object verwacht');
    const { roles: _roles, ...rest } = data;
    const enterprises = !Array.isArray(data.enterprises) ? data.enterprises : listOf(data.enterprises).map((e) => ({ ...e, accessManagers: [...(ACCESS_MANAGERS[String(e.kbo)] ?? [])] }));
    const kbos = new Set(listOf(data.enterprises).map((e) => e.kbo));
    const people = listOf(data.people);
    // A list that is not one stays as it is, for validation to report.
    const addColleague = Array.isArray(data.people) && Array.isArray(data.cards) && !people.some((p) => p.id === NEW_COLLEAGUE.id || p.insz === NEW_COLLEAGUE.insz);
    return {
      ...rest,
      enterprises,
      people: addColleague ? [...(data.people as unknown[]), copy(NEW_COLLEAGUE)] : data.people,
      cards: addColleague ? [...(data.cards as unknown[]), copy(DATA.newColleagueCard)] : data.cards,
      tbUsers: TB_USERS.filter((u) => kbos.has(u.kbo)).map(copy),
      chaman: [],
      ocmwConfigs: [],
      appSession: null,
    };
  },
};
