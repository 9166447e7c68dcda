import { describe, expect, it } from 'vitest';
import { MUTATION_CODES } from '../domain/ocmw-config';
import { saveChamanContact } from './chaman';
import { saveMutations } from './ocmw-config';
import { RESETTABLE_APPS, isResettableApp, resetApplication } from './reset';
import { HERSTAPPE, initialWorld } from './seed';
import type { World } from './types';
import { validateWorld } from './validate';

/** A world in which the learner worked in every application, and moved the date and the card. */
function workedIn(): World {
  let world: World = { ...initialWorld(), today: '2025-06-30', readerCardId: 'pieter' };
  world = {
    ...world,
    profiles: [...world.profiles, { id: 'eigen', kbo: HERSTAPPE, description: { nl: 'Eigen profiel', fr: 'Profil propre' }, functions: ['x'] }],
    assignments: [...world.assignments, { personId: 'pieter', kbo: HERSTAPPE, profileId: 'eigen' }],
    forms: [{ id: 'f1', requestId: 'aanvraag-1', type: 'B', aid: 'leefloon', effective: '2025-01-20', sentOn: '2025-02-03' }],
    tbUsers: world.tbUsers.filter((u) => u.insz !== '79052208774'),
    enterprises: world.enterprises.map((e) => (e.kbo === HERSTAPPE ? { ...e, accessManagers: [...e.accessManagers, '79052208774'] } : e)),
    session: { personId: 'lotte', kbo: HERSTAPPE, role: 'socialeAgent', language: 'nl', profiles: [], firstLogin: false },
  };
  const contact = saveChamanContact(world, HERSTAPPE, { name: 'Lotte', phoneCode: '+32', phone: '12345678', email: 'lotte@herstappe.be', language: 'nl' });
  if (!contact.ok) throw new Error('contact');
  const mutations = saveMutations(contact.world, HERSTAPPE, MUTATION_CODES.slice(0, 2));
  if (!mutations.ok) throw new Error('mutations');
  return mutations.world;
}

describe("issue 12.4: resetting one application's data keeps the rest", () => {
  const delivered = initialWorld();
  const worked = workedIn();

  it('the world worked in differs from the delivered one in every application', () => {
    expect(worked.profiles).not.toEqual(delivered.profiles);
    expect(worked.tbUsers).not.toEqual(delivered.tbUsers);
    expect(worked.chaman).not.toEqual(delivered.chaman);
    expect(worked.ocmwConfigs).not.toEqual(delivered.ocmwConfigs);
  });

  it.each(RESETTABLE_APPS)('%s: its records as delivered, every other record as it was, and a valid world', (app) => {
    const reset = resetApplication(worked, app);
    expect(validateWorld(JSON.parse(JSON.stringify(reset))).ok).toBe(true);
    const own: Record<(typeof RESETTABLE_APPS)[number], (keyof World)[]> = {
      primaweb: ['primawebUsers', 'profiles', 'assignments', 'clients', 'requests', 'integrations', 'forms'],
      toegangsbeheer: ['tbUsers', 'enterprises'],
      chaman: ['chaman'],
      ocmwConfig: ['ocmwConfigs'],
    };
    for (const key of Object.keys(worked) as (keyof World)[]) {
      if (own[app].includes(key)) expect(reset[key], key).toEqual(delivered[key]);
      else expect(reset[key], key).toBe(worked[key]);
    }
    // The learner's date, card and session stay.
    expect(reset.today).toBe('2025-06-30');
    expect(reset.readerCardId).toBe('pieter');
    expect(reset.session?.personId).toBe('lotte');
  });

  it("ChaMan's reset keeps a profile made in PrimaWeb; PrimaWeb's keeps the ChaMan contact", () => {
    expect(resetApplication(worked, 'chaman').profiles.some((p) => p.id === 'eigen')).toBe(true);
    expect(resetApplication(worked, 'primaweb').chaman).toEqual(worked.chaman);
    expect(resetApplication(worked, 'primaweb').profiles.some((p) => p.id === 'eigen')).toBe(false);
  });

  it('Toegangsbeheer gets its accounts and Hoofdtoegangsbeheerders back; PrimaWeb profiles stay (they refer to people, not accounts)', () => {
    const reset = resetApplication(worked, 'toegangsbeheer');
    expect(reset.tbUsers).toEqual(delivered.tbUsers);
    expect(reset.enterprises.find((e) => e.kbo === HERSTAPPE)?.accessManagers).toEqual(delivered.enterprises.find((e) => e.kbo === HERSTAPPE)?.accessManagers);
    expect(reset.assignments).toBe(worked.assignments);
  });

  it('does not share arrays with the delivered world it was taken from', () => {
    const fresh = initialWorld();
    const reset = resetApplication(worked, 'toegangsbeheer', fresh);
    expect(reset.enterprises[0]!.accessManagers).not.toBe(fresh.enterprises[0]!.accessManagers);
  });

  it('knows its applications', () => {
    expect(isResettableApp('chaman')).toBe(true);
    expect(isResettableApp('portaal')).toBe(false);
  });
});
