import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SEARCH_FILE } from '../domain/functions';
import {
  activeUsers,
  assignProfiles,
  createProfile,
  deactivateUser,
  deleteProfile,
  inactiveUsers,
  profileUsers,
  reactivateUser,
  updateProfile,
  userProfiles,
} from './access';
import type { Command as Result } from './result';
import { openPrimawebSession, closeSession } from './primaweb';
import { HERSTAPPE, initialWorld } from './seed';
import type { World } from './types';

const desc = (nl: string, fr = `${nl} (fr)`) => ({ nl, fr });
const must = (o: Result<object>): World => {
  if (!o.ok) throw new Error(JSON.stringify(o.errors));
  return o.world;
};

describe('profiles', () => {
  it('creates a profile with a description per language and functions in catalog order', () => {
    const r = createProfile(initialWorld(), HERSTAPPE, { description: desc('  Onthaal  '), functions: ['hulpaanvragen.lijst', SEARCH_FILE] });
    expect(r.ok).toBe(true);
    const profile = must(r).profiles.find((p) => r.ok && p.id === r.id)!;
    expect(profile).toMatchObject({ kbo: HERSTAPPE, description: { nl: 'Onthaal', fr: 'Onthaal (fr)' }, functions: [SEARCH_FILE, 'hulpaanvragen.lijst'] });
  });

  it('refuses an empty or duplicate description, no functions, unknown functions', () => {
    const world = initialWorld();
    expect(createProfile(world, HERSTAPPE, { description: desc(' '), functions: [SEARCH_FILE] })).toEqual({ ok: false, errors: { description: 'descriptionEmpty' } });
    expect(createProfile(world, HERSTAPPE, { description: { nl: 'X', fr: '' }, functions: [SEARCH_FILE] })).toEqual({ ok: false, errors: { description: 'descriptionEmpty' } });
    expect(createProfile(world, HERSTAPPE, { description: desc('alle  FUNCTIONALITEITEN', 'autre'), functions: [SEARCH_FILE] })).toEqual({
      ok: false,
      errors: { description: 'descriptionDuplicate' },
    });
    expect(createProfile(world, HERSTAPPE, { description: desc('Nieuw'), functions: [] })).toEqual({ ok: false, errors: { functions: 'noFunctions' } });
    expect(createProfile(world, HERSTAPPE, { description: desc('Nieuw'), functions: ['bestaat.niet'] })).toEqual({ ok: false, errors: { functions: 'unknownFunction' } });
  });

  it('a profile keeps its own description when it is changed', () => {
    const world = initialWorld();
    expect(updateProfile(world, 'alle-functies', { description: desc('Alle functionaliteiten', 'Tout'), functions: [SEARCH_FILE] }).ok).toBe(true);
  });

  it('cannot delete a profile that is assigned; can once the assignment is gone', () => {
    let world = initialWorld();
    expect(deleteProfile(world, 'alle-functies')).toEqual({ ok: false, errors: { form: 'profileAssigned' } });
    world = must(assignProfiles(world, 'lotte', HERSTAPPE, []));
    world = must(deleteProfile(world, 'alle-functies'));
    expect(world.profiles.some((p) => p.id === 'alle-functies')).toBe(false);
  });
});

describe('users', () => {
  it('lists only users with the Sociaal Agent role who logged in once', () => {
    let world = initialWorld();
    expect(activeUsers(world, HERSTAPPE).map((u) => u.person.id)).toEqual(['lotte']); // Ann has no Sociaal Agent role here
    const opened = openPrimawebSession(world, 'pieter', HERSTAPPE, 'socialeAgent', 'nl');
    if (!opened.ok) throw new Error();
    world = closeSession(opened.world);
    expect(activeUsers(world, HERSTAPPE).map((u) => u.person.id)).toEqual(['pieter', 'lotte']);
  });

  it('deactivating removes every profile; reactivating brings the user back without profiles', () => {
    let world = must(deactivateUser(initialWorld(), 'lotte', HERSTAPPE));
    expect(userProfiles(world, 'lotte', HERSTAPPE)).toEqual([]);
    expect(inactiveUsers(world, HERSTAPPE).map((u) => u.person.id)).toEqual(['lotte']);
    expect(assignProfiles(world, 'lotte', HERSTAPPE, ['alle-functies'])).toEqual({ ok: false, errors: { form: 'userInactive' } });
    world = must(reactivateUser(world, 'lotte', HERSTAPPE));
    expect(activeUsers(world, HERSTAPPE)[0]).toMatchObject({ profiles: [] });
    expect(reactivateUser(world, 'lotte', HERSTAPPE)).toEqual({ ok: false, errors: { form: 'userActive' } });
  });

  it('assigns only to registered users, and only profiles of the same OCMW', () => {
    const world = initialWorld();
    expect(assignProfiles(world, 'pieter', HERSTAPPE, ['alle-functies'])).toEqual({ ok: false, errors: { form: 'unknownUser' } });
    expect(assignProfiles(world, 'lotte', HERSTAPPE, ['nergens'])).toEqual({ ok: false, errors: { form: 'unknownProfile' } });
  });
});

/** Random sequences of every command, from small pools so that they collide often. */
const PEOPLE = ['lotte', 'pieter', 'ann', 'julie'];
const NAMES = ['Onthaal', 'onthaal', 'Schulden', 'Sociaal werk', ' '];
const command = fc.oneof(
  fc.record({ kind: fc.constant('login' as const), person: fc.constantFrom(...PEOPLE) }),
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom(...NAMES), fns: fc.subarray([SEARCH_FILE, 'hulpaanvragen.lijst', 'mutaties.mediprima.raadplegen']) }),
  fc.record({ kind: fc.constant('update' as const), index: fc.nat(4), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat(4) }),
  fc.record({ kind: fc.constant('assign' as const), person: fc.constantFrom(...PEOPLE), indexes: fc.array(fc.nat(4), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('deactivate' as const), person: fc.constantFrom(...PEOPLE) }),
  fc.record({ kind: fc.constant('reactivate' as const), person: fc.constantFrom(...PEOPLE) }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function apply(world: World, c: Command): { world: World; refused: boolean } {
  const ids = world.profiles.map((p) => p.id);
  const pick = (i: number) => ids[i % Math.max(1, ids.length)] ?? 'geen';
  let outcome: Result<object>;
  switch (c.kind) {
    case 'login': {
      const o = openPrimawebSession(world, c.person, HERSTAPPE, 'socialeAgent', 'nl');
      return o.ok ? { world: closeSession(o.world), refused: false } : { world, refused: true };
    }
    case 'create':
      outcome = createProfile(world, HERSTAPPE, { description: desc(c.name), functions: c.fns });
      break;
    case 'update':
      outcome = updateProfile(world, pick(c.index), { description: desc(c.name), functions: [SEARCH_FILE] });
      break;
    case 'delete':
      outcome = deleteProfile(world, pick(c.index));
      break;
    case 'assign':
      outcome = assignProfiles(world, c.person, HERSTAPPE, c.indexes.map(pick));
      break;
    case 'deactivate':
      outcome = deactivateUser(world, c.person, HERSTAPPE);
      break;
    case 'reactivate':
      outcome = reactivateUser(world, c.person, HERSTAPPE);
      break;
  }
  return outcome.ok ? { world: outcome.world, refused: false } : { world, refused: true };
}

function checkInvariants(world: World) {
  const users = new Map(world.primawebUsers.map((u) => [`${u.personId}|${u.kbo}`, u]));
  for (const a of world.assignments) {
    // Every assignment is to an existing profile of the same OCMW, held by an active registered user.
    expect(world.profiles.find((p) => p.id === a.profileId)?.kbo).toBe(a.kbo);
    expect(users.get(`${a.personId}|${a.kbo}`)?.active).toBe(true);
  }
  for (const u of world.primawebUsers.filter((x) => !x.active)) {
    // An inactive user has no profiles, and no profile lists them.
    expect(userProfiles(world, u.personId, u.kbo)).toEqual([]);
    for (const p of world.profiles) expect(profileUsers(world, p.id).map((x) => x.id)).not.toContain(u.personId);
  }
  for (const p of world.profiles) {
    expect(p.description.nl.trim()).not.toBe('');
    expect(p.functions.length).toBeGreaterThan(0);
  }
  const names = world.profiles.filter((p) => p.kbo === HERSTAPPE).map((p) => p.description.nl.toLowerCase());
  expect(new Set(names).size).toBe(names.length);
}

describe('access rules under any sequence of commands (property-based)', () => {
  it('the invariants always hold, and a refused command changes nothing', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let world = initialWorld();
        for (const c of commands) {
          const before = world;
          const result = apply(world, c);
          if (result.refused) expect(result.world).toBe(before);
          world = result.world;
          checkInvariants(world);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a profile with users is never deleted', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let world = initialWorld();
        for (const c of commands) {
          const assigned = new Set(world.assignments.map((a) => a.profileId));
          world = apply(world, c).world;
          for (const id of assigned) {
            if (!world.profiles.some((p) => p.id === id)) throw new Error(`assigned profile ${id} was deleted`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
