/** PrimaWeb's side of the login: entities, roles, first-login registration and the session. */
import type { PrimawebRole } from '../domain/roles';
import { primawebRolesFor } from '../domain/toegangsbeheer';
import type { WorldLocale } from '../i18n/locales';
import { userProfiles } from './access';
import { accountOf, activeAccountsOf } from './toegangsbeheer';
import type { Enterprise, PrimawebSession, World } from './types';
import { refuse, type Command, type FormRefusal } from './result';

/** Enterprises for which the person has an account in capacity Maatschappelijk Welzijn that is not blocked. */
export function entitiesFor(world: World, personId: string): Enterprise[] {
  const kbos = new Set(activeAccountsOf(world, personId).map((u) => u.kbo));
  return world.enterprises.filter((e) => kbos.has(e.kbo));
}

export function enterpriseByKbo(world: World, kbo: string): Enterprise | undefined {
  return world.enterprises.find((e) => e.kbo === kbo);
}

export function primawebRolesAt(world: World, personId: string, kbo: string): PrimawebRole[] {
  const account = accountOf(world, personId, kbo);
  return account && account.status === 'actief' ? primawebRolesFor(account.type, account.applications) : [];
}

/** The functions a session grants: those of the profiles the user held at login. */
export function sessionFunctions(session: PrimawebSession): string[] {
  return [...new Set(session.profiles.flatMap((p) => p.functions))];
}

export type SessionError = 'noRole';

/**
 * Opens PrimaWeb: registers the person as PrimaWeb user at the first login (000: only then can the
 * administrator assign profiles) and fixes the session's functions until the next login (001).
 */
export function openPrimawebSession(
  world: World,
  personId: string,
  kbo: string,
  role: PrimawebRole,
  language: WorldLocale,
): Command<FormRefusal<SessionError>, { session: PrimawebSession }> {
  if (!primawebRolesAt(world, personId, kbo).includes(role)) return refuse('noRole');
  const known = world.primawebUsers.some((u) => u.personId === personId && u.kbo === kbo);
  const users = known ? world.primawebUsers : [...world.primawebUsers, { personId, kbo, firstLogin: world.today, active: true }];
  const registered = { ...world, primawebUsers: users };
  const session: PrimawebSession = {
    personId,
    kbo,
    role,
    language,
    // An inactive user holds no profiles (deactivation removed them all).
    profiles: userProfiles(registered, personId, kbo).map((p) => ({ ...p, description: { ...p.description }, functions: [...p.functions] })),
    firstLogin: !known,
  };
  return { ok: true, world: { ...registered, session, appSession: null }, session };
}

/** The open PrimaWeb session in another language (the one the user logged in with); no session, no change. */
export function withSessionLanguage(world: World, language: WorldLocale): World {
  return world.session && world.session.language !== language ? { ...world, session: { ...world.session, language } } : world;
}

/** "Afmelden" logs out completely. */
export function closeSession(world: World): World {
  return { ...world, session: null, appSession: null };
}
