/**
 * PrimaWeb access management (manual 000): profiles of an OCMW and the users they are assigned to.
 * Commands answer a `Command` (result.ts): the new World, or the errors at the fields they concern
 * (`description`, `functions`; `form` for the command as a whole); a refused command changes nothing.
 * Rules:
 * - a profile needs a description in Dutch and French, unique within the OCMW, and at least one
 *   known function;
 * - a profile still assigned to a user cannot be deleted ("Weglaten");
 * - profiles are assigned only to active PrimaWeb users (registered at their first login);
 * - "Deactiveren" removes the user from all profiles; "Reactiveren" brings them back without any.
 */
import { isFunctionId, ALL_FUNCTION_IDS } from '../domain/functions';
import { WORLD_LOCALES } from '../i18n/locales';
import { personById } from './eid';
import { done, refuse, refused, type Command, type FieldErrors, type FormRefusal } from './result';
import type { WorldText, Person, Profile, PrimawebUser, World } from './types';
import { accountOf } from './toegangsbeheer';

export type ProfileError = 'descriptionEmpty' | 'descriptionDuplicate' | 'noFunctions' | 'unknownFunction' | 'unknownProfile' | 'profileAssigned';
export type UserError = 'unknownUser' | 'userInactive' | 'userActive' | 'unknownProfile';

/** A profile's errors at its fields: its description, its functions, or the profile as a whole. */
export type ProfileErrors = FieldErrors<'description' | 'functions' | 'form', ProfileError>;
export type UserErrors = FormRefusal<UserError>;

export interface ProfileInput {
  description: WorldText;
  functions: readonly string[];
}

export function profilesOf(world: World, kbo: string): Profile[] {
  return world.profiles.filter((p) => p.kbo === kbo);
}

export function profileById(world: World, id: string): Profile | undefined {
  return world.profiles.find((p) => p.id === id);
}

function userOf(world: World, personId: string, kbo: string): PrimawebUser | undefined {
  return world.primawebUsers.find((u) => u.personId === personId && u.kbo === kbo);
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

function checkProfile(world: World, kbo: string, input: ProfileInput, ignoreId: string | null): ProfileErrors | null {
  const errors: ProfileErrors = {};
  const others = profilesOf(world, kbo).filter((p) => p.id !== ignoreId);
  if (WORLD_LOCALES.some((l) => input.description[l].trim() === '')) errors.description = 'descriptionEmpty';
  else if (others.some((p) => WORLD_LOCALES.some((l) => normalise(p.description[l]) === normalise(input.description[l])))) errors.description = 'descriptionDuplicate';
  if (input.functions.length === 0) errors.functions = 'noFunctions';
  else if (input.functions.some((f) => !isFunctionId(f))) errors.functions = 'unknownFunction';
  return Object.keys(errors).length > 0 ? errors : null;
}

function cleanInput(input: ProfileInput): Pick<Profile, 'description' | 'functions'> {
  const description = Object.fromEntries(WORLD_LOCALES.map((l) => [l, input.description[l].trim().replace(/\s+/g, ' ')])) as WorldText;
  // Catalog order, no duplicates: the profile reads the same however it was ticked.
  const chosen = new Set(input.functions);
  return { description, functions: ALL_FUNCTION_IDS.filter((id) => chosen.has(id)) };
}

function nextProfileId(world: World): string {
  const used = world.profiles.map((p) => Number(/^profiel-(\d+)$/.exec(p.id)?.[1] ?? 0));
  return `profiel-${Math.max(0, ...used) + 1}`;
}

/** "Een profiel creëren" … "Bewaren". */
export function createProfile(world: World, kbo: string, input: ProfileInput): Command<ProfileErrors, { id: string }> {
  const problem = checkProfile(world, kbo, input, null);
  if (problem) return refused(problem);
  const id = nextProfileId(world);
  return { ...done({ ...world, profiles: [...world.profiles, { id, kbo, ...cleanInput(input) }] }), id };
}

/** "Beheren" … "Bewaren": new description and functions. */
export function updateProfile(world: World, profileId: string, input: ProfileInput): Command<ProfileErrors> {
  const profile = profileById(world, profileId);
  if (!profile) return refuse('unknownProfile');
  const problem = checkProfile(world, profile.kbo, input, profileId);
  if (problem) return refused(problem);
  return done({ ...world, profiles: world.profiles.map((p) => (p.id === profileId ? { ...p, ...cleanInput(input) } : p)) });
}

/** "Weglaten" … "OK": impossible while the profile is assigned to at least one user (000). */
export function deleteProfile(world: World, profileId: string): Command<ProfileErrors> {
  if (!profileById(world, profileId)) return refuse('unknownProfile');
  if (world.assignments.some((a) => a.profileId === profileId)) return refuse('profileAssigned');
  return done({ ...world, profiles: world.profiles.filter((p) => p.id !== profileId) });
}

/** "Profielen toekennen" … "Bewaren": the ticked profiles become the user's profiles. */
export function assignProfiles(world: World, personId: string, kbo: string, profileIds: readonly string[]): Command<UserErrors> {
  const user = userOf(world, personId, kbo);
  if (!user) return refuse('unknownUser');
  if (!user.active) return refuse('userInactive');
  if (profileIds.some((id) => profileById(world, id)?.kbo !== kbo)) return refuse('unknownProfile');
  const others = world.assignments.filter((a) => !(a.personId === personId && a.kbo === kbo));
  const mine = [...new Set(profileIds)].map((profileId) => ({ personId, kbo, profileId }));
  return done({ ...world, assignments: [...others, ...mine] });
}

/** "Deactiveren" … "OK": the user leaves every profile and goes to "Inactieve gebruikers". */
export function deactivateUser(world: World, personId: string, kbo: string): Command<UserErrors> {
  const user = userOf(world, personId, kbo);
  if (!user) return refuse('unknownUser');
  if (!user.active) return refuse('userInactive');
  return done({
    ...world,
    primawebUsers: world.primawebUsers.map((u) => (u === user ? { ...u, active: false } : u)),
    assignments: world.assignments.filter((a) => !(a.personId === personId && a.kbo === kbo)),
  });
}

/** "Reactiveren": back in the user list, without profiles. */
export function reactivateUser(world: World, personId: string, kbo: string): Command<UserErrors> {
  const user = userOf(world, personId, kbo);
  if (!user) return refuse('unknownUser');
  if (user.active) return refuse('userActive');
  return done({ ...world, primawebUsers: world.primawebUsers.map((u) => (u === user ? { ...u, active: true } : u)) });
}

export interface ListedUser {
  person: Person;
  user: PrimawebUser;
  profiles: Profile[];
}

function listed(world: World, kbo: string, active: boolean): ListedUser[] {
  return world.primawebUsers
    .filter((u) => u.kbo === kbo && u.active === active)
    .filter((u) => accountOf(world, u.personId, kbo)?.applications.includes('socialeAgent'))
    .flatMap((user) => {
      const person = personById(world, user.personId);
      return person ? [{ person, user, profiles: userProfiles(world, user.personId, kbo) }] : [];
    })
    .sort((a, b) => a.person.lastName.localeCompare(b.person.lastName, 'nl') || a.person.firstName.localeCompare(b.person.firstName, 'nl'));
}

/**
 * "Gebruikers": who may receive profiles. Two checks (000): the role "Sociaal Agent" in
 * Toegangsbeheer AND at least one login to PrimaWeb.
 */
export function activeUsers(world: World, kbo: string): ListedUser[] {
  return listed(world, kbo, true);
}

/** "Inactieve gebruikers" (behind the green magnifier). */
export function inactiveUsers(world: World, kbo: string): ListedUser[] {
  return listed(world, kbo, false);
}

export function userProfiles(world: World, personId: string, kbo: string): Profile[] {
  const ids = new Set(world.assignments.filter((a) => a.personId === personId && a.kbo === kbo).map((a) => a.profileId));
  return world.profiles.filter((p) => ids.has(p.id));
}

/** The users a profile is assigned to, for its print view. */
export function profileUsers(world: World, profileId: string): Person[] {
  return world.assignments
    .filter((a) => a.profileId === profileId)
    .map((a) => personById(world, a.personId))
    .filter((p): p is Person => !!p);
}
