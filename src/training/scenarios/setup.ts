/** Starting points of the scenarios, built with the world's own commands. */
import { predefinedFunctions } from '../../domain/predefined-profiles';
import type { PrimawebRole } from '../../domain/roles';
import { assignProfiles, createProfile, reactivateUser } from '../../world/access';
import { insertCard, unblockCard } from '../../world/eid';
import { closeSession, openPrimawebSession } from '../../world/primaweb';
import { HERSTAPPE } from '../../world/seed';
import { SEED_ACCESS_MANAGERS, SEED_TB_USERS } from '../../world/seed-accounts';
import { copyTbUser } from '../../world/seed-mergers';
import type { WorldText, TbUser, World } from '../../world/types';

/** Everybody logged out, and the person's card in the reader, unblocked. */
export function cardInReader(world: World, personId: string): World {
  return insertCard(unblockCard(closeSession(world), personId), personId);
}

/** The person's card in the reader, unblocked, and a PrimaWeb session open with the role. */
export function loggedIn(world: World, personId: string, role: PrimawebRole, language: 'nl' | 'fr' = 'nl'): World {
  const ready = cardInReader(world, personId);
  const opened = openPrimawebSession(ready, personId, HERSTAPPE, role, language);
  if (!opened.ok) throw new Error(`scenario set-up: ${personId} cannot open PrimaWeb as ${role}`);
  return opened.world;
}

/** The person has logged in to PrimaWeb once (so the administrator can find them). */
export function registered(world: World, personId: string): World {
  const opened = openPrimawebSession(closeSession(world), personId, HERSTAPPE, 'socialeAgent', 'nl');
  const known = opened.ok ? closeSession(opened.world) : world;
  // An earlier exercise may have left the user deactivated.
  const reactivated = reactivateUser(known, personId, HERSTAPPE);
  return reactivated.ok ? reactivated.world : known;
}

export const SOCIAL_WORK: WorldText = { nl: 'Maatschappelijk werker', fr: 'Travailleur social' };

/** A profile made from a predefined one, unless one with that description exists already. */
export function withProfile(world: World, description: WorldText): { world: World; id: string } {
  const existing = world.profiles.find((p) => p.kbo === HERSTAPPE && p.description.nl === description.nl);
  if (existing) return { world, id: existing.id };
  const created = createProfile(world, HERSTAPPE, { description, functions: predefinedFunctions('maatschappelijkWerker') });
  if (!created.ok || !created.id) throw new Error('scenario set-up: profile');
  return { world: created.world, id: created.id };
}

export function withAssignment(world: World, personId: string, profileIds: string[]): World {
  const assigned = assignProfiles(world, personId, HERSTAPPE, profileIds);
  return assigned.ok ? assigned.world : world;
}

/** Finds the profile the scenario works with, by its Dutch description. */
export function profileIdOf(world: World, description: WorldText): string | undefined {
  return world.profiles.find((p) => p.kbo === HERSTAPPE && p.description.nl === description.nl)?.id;
}

/** An enterprise's Toegangsbeheer accounts and access managers as delivered (an earlier exercise may have changed them). */
export function accountsAsDelivered(world: World, kbo: string, accounts: readonly TbUser[], accessManagers: readonly string[]): World {
  const others = world.tbUsers.filter((u) => u.kbo !== kbo);
  const delivered = accounts.filter((u) => u.kbo === kbo).map(copyTbUser);
  const enterprises = world.enterprises.map((e) => (e.kbo === kbo ? { ...e, accessManagers: [...accessManagers] } : e));
  return { ...world, tbUsers: [...others, ...delivered], enterprises };
}

/** Herstappe's accounts as delivered. */
export const herstappeAccountsAsDelivered = (world: World): World =>
  accountsAsDelivered(world, HERSTAPPE, SEED_TB_USERS, SEED_ACCESS_MANAGERS[HERSTAPPE] ?? []);
