/**
 * Schema 2 → 3 (issue 6): enterprises say their part in a merger of 2025, and the merger world
 * joins: the OCMWs of Melle, Merelbeke, Merelbeke-Melle, Lokeren, Moerbeke and Borsbeek, the
 * colleagues known for a disappearing and a remaining OCMW (with their PrimaWeb profile at the
 * disappearing one), and the running files under the old numbers. Nothing of the save is changed
 * or dropped; a record the save already holds (same id) is kept as it is.
 *
 * Frozen: the data it adds is its own (the JSON file beside it, the merger seed as it was when this
 * migration was frozen), so what it does to an old save never changes with the live seed.
 */
import type { Migration } from '../../storage/migrations';
import DATA from './2-fusies-2025.data.json';
import { isObject, listOf, withNew, type Json } from './frozen-json';

const MERGER_OF_EXISTING = DATA.mergerOfExisting as Record<string, unknown>;
const key =
  (...fields: string[]) =>
  (item: Json) =>
    fields.map((f) => String(item[f])).join('/');

export const mergers2025: Migration = {
  from: 2,
  name: 'fusies-2025',
  up(data) {
    if (!isObject(data)) throw new Error('world: object verwacht');
    const enterprises = Array.isArray(data.enterprises)
      ? withNew(
          listOf(data.enterprises).map((e) => ({ ...e, merger: MERGER_OF_EXISTING[String(e.kbo)] ?? null })),
          DATA.enterprises,
          key('kbo'),
        )
      : data.enterprises;
    return {
      ...data,
      enterprises,
      people: withNew(data.people, DATA.people, key('id')),
      cards: withNew(data.cards, DATA.cards, key('personId')),
      tbUsers: withNew(data.tbUsers, DATA.tbUsers, key('kbo', 'insz')),
      primawebUsers: withNew(data.primawebUsers, DATA.primawebUsers, key('kbo', 'personId')),
      profiles: withNew(data.profiles, DATA.profiles, key('id')),
      assignments: withNew(data.assignments, DATA.assignments, key('personId', 'kbo', 'profileId')),
      clients: withNew(data.clients, DATA.clients, key('id')),
      requests: withNew(data.requests, DATA.requests, key('id')),
      integrations: withNew(data.integrations, DATA.integrations, key('clientId', 'institution', 'code')),
    };
  },
};
