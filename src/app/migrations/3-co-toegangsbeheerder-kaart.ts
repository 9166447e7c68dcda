/**
 * Schema 3 → 4 (issue 11.5): Els Mertens, Co-Lokale beheerder of Herstappe since schema 2, gets a
 * card, so a learner can rehearse what a co-Toegangsbeheerder may and may not do. A save that
 * already knows the person keeps it as it is (and gets the card if it had none); a save with
 * someone else of her INSZ is left alone.
 *
 * Frozen: the person and the card are its own data (the JSON file beside it), not the live seed.
 */
import type { Migration } from '../../storage/migrations';
import DATA from './3-co-toegangsbeheerder-kaart.data.json';
import { copy, isObject, listOf } from './frozen-json';

export const coTbCard: Migration = {
  from: 3,
  name: 'co-toegangsbeheerder-kaart',
  up(data) {
    if (!isObject(data)) throw new Error('world: object verwacht');
    if (!Array.isArray(data.people) || !Array.isArray(data.cards)) return data;
    const people = listOf(data.people);
    const sameId = people.some((p) => p.id === DATA.person.id);
    if (!sameId && people.some((p) => p.insz === DATA.person.insz)) return data;
    const hasCard = listOf(data.cards).some((c) => c.personId === DATA.person.id);
    return {
      ...data,
      people: sameId ? data.people : [...data.people, copy(DATA.person)],
      cards: hasCard ? data.cards : [...data.cards, copy(DATA.card)],
    };
  },
};
