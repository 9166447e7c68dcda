/**
 * Toegangsbeheer's back end: accounts per enterprise (capacity Maatschappelijk Welzijn), who may
 * manage them, and the commands of "Gebruikers". Accounts are what every other application checks
 * at login, so these commands keep the rest of the world in step: a removed user loses their
 * PrimaWeb profiles, a blocked or removed user's open session ends.
 */
import { inszDigits } from '../domain/insz';
import { foldText } from '../domain/text';
import {
  checkTbUserForm,
  tbRights,
  type TbApplication,
  type TbFormError,
  type TbRights,
  type TbUserForm,
  type TbUserType,
} from '../domain/toegangsbeheer';
import type { Person, TbUser, World } from './types';
import { refuse, refused, type Command, type FormRefusal } from './result';

export const personByInsz = (world: World, insz: string): Person | undefined => world.people.find((p) => p.insz === inszDigits(insz));

export const tbUsersAt = (world: World, kbo: string): TbUser[] => world.tbUsers.filter((u) => u.kbo === kbo);

export const tbUser = (world: World, kbo: string, insz: string): TbUser | undefined =>
  world.tbUsers.find((u) => u.kbo === kbo && u.insz === inszDigits(insz));

/** The person's account at an enterprise, if any. */
export function accountOf(world: World, personId: string, kbo: string): TbUser | undefined {
  const person = world.people.find((p) => p.id === personId);
  return person ? tbUser(world, kbo, person.insz) : undefined;
}

/** The accounts a person can log in with: blocked ones let nobody in (004: "Gebruiker(s) blokkeren"). */
export function activeAccountsOf(world: World, personId: string): TbUser[] {
  const person = world.people.find((p) => p.id === personId);
  return person ? world.tbUsers.filter((u) => u.insz === person.insz && u.status === 'actief') : [];
}

export const isBlockedSomewhere = (world: World, personId: string): boolean => {
  const person = world.people.find((p) => p.id === personId);
  return !!person && world.tbUsers.some((u) => u.insz === person.insz && u.status === 'geblokkeerd');
};

export function isAccessManager(world: World, personId: string, kbo: string): boolean {
  const person = world.people.find((p) => p.id === personId);
  return !!person && !!world.enterprises.find((e) => e.kbo === kbo)?.accessManagers.includes(person.insz);
}

/** A link of the home page: "(Verantwoordelijke Toegangen Entiteit)" or "(Lokale Beheerder)". */
export interface ManagerLink {
  kbo: string;
  as: 'vte' | 'lb';
}

/** "In de afrollijst hieronder bevinden zich alle entiteiten waarvoor u geregistreerd bent." */
export function managerLinksFor(world: World, personId: string): ManagerLink[] {
  return world.enterprises.flatMap((e) => {
    const links: ManagerLink[] = [];
    if (isAccessManager(world, personId, e.kbo)) links.push({ kbo: e.kbo, as: 'vte' });
    const account = accountOf(world, personId, e.kbo);
    if (account && account.type !== 'USER' && account.status === 'actief') links.push({ kbo: e.kbo, as: 'lb' });
    return links;
  });
}

export function rightsAt(world: World, personId: string, kbo: string): TbRights {
  const account = accountOf(world, personId, kbo);
  return tbRights({ htb: isAccessManager(world, personId, kbo), type: account?.type ?? null, blocked: account?.status === 'geblokkeerd' });
}

export type TbError = 'notAllowed' | 'exists' | 'unknownUser' | 'noneSelected' | 'managerInSelection' | 'selfInSelection' | 'noApplications';

/** A refusal of the command as a whole, or the form's errors, each naming its field. */
export type TbErrors = FormRefusal<TbError> | { readonly fields: readonly TbFormError[] };
export type TbResult = Command<TbErrors>;

function formToUser(world: World, kbo: string, form: TbUserForm, type: TbUserType): TbUser {
  return {
    kbo,
    insz: inszDigits(form.insz),
    type,
    username: form.usernameFirst.trim(),
    lastName: form.lastName.trim(),
    firstName: form.firstName.trim(),
    title: form.title,
    language: form.language,
    email: form.email.trim(),
    localEmail: form.localEmail.trim(),
    applications: [...new Set(form.applications)],
    status: 'actief',
    created: world.today,
    modified: null,
  };
}

/** Checks the form "Een gebruiker aanmaken" against the capacity's accounts (usernames are unique). */
export function checkNewUser(world: World, kbo: string, form: TbUserForm): TbFormError[] {
  return checkTbUserForm(form, tbUsersAt(world, kbo).map((u) => u.username));
}

/**
 * "Een gebruiker toevoegen" (type USER) or "Een Co-Lokale Beheerder toevoegen" (type CoLB), after
 * "Bevestigen". The INSZ must not have an account in the capacity yet.
 */
export function addTbUser(world: World, actorId: string, kbo: string, form: TbUserForm, type: 'USER' | 'CoLB'): TbResult {
  const rights = rightsAt(world, actorId, kbo);
  if (!(type === 'CoLB' ? rights.addCoLb : rights.addUser)) return refuse('notAllowed');
  if (tbUser(world, kbo, form.insz)) return refuse('exists');
  const errors = checkNewUser(world, kbo, form);
  if (errors.length > 0) return refused({ fields: errors });
  return { ok: true, world: { ...world, tbUsers: [...world.tbUsers, formToUser(world, kbo, form, type)] } };
}

/**
 * "Van lokale beheerder veranderen" (the (co-)HTB appoints the TB of the capacity): a person who
 * already has an account becomes LB (form null); anyone else gets a new LB account from the form.
 * The former LB stays as a user with their applications, so nobody loses access by surprise.
 */
export function changeLb(world: World, actorId: string, kbo: string, insz: string, form: TbUserForm | null): TbResult {
  if (!rightsAt(world, actorId, kbo).appointLb) return refuse('notAllowed');
  const existing = tbUser(world, kbo, insz);
  if (!existing && !form) return refuse('unknownUser');
  let next: TbUser;
  if (existing) next = { ...existing, type: 'LB', modified: world.today };
  else {
    const errors = checkNewUser(world, kbo, form!);
    if (errors.length > 0) return refused({ fields: errors });
    next = formToUser(world, kbo, { ...form!, insz }, 'LB');
  }
  const others = world.tbUsers
    .filter((u) => !(u.kbo === kbo && u.insz === next.insz))
    .map((u) => (u.kbo === kbo && u.type === 'LB' ? { ...u, type: 'USER' as const, modified: world.today } : u));
  return { ok: true, world: { ...world, tbUsers: [...others, next] } };
}

type Bulk = (world: World, selected: TbUser[]) => World;

/**
 * The bulk actions of "Gebruikers" on the ticked users. The LB is changed with "Van lokale
 * beheerder veranderen", never removed or blocked here; nobody removes or blocks themself.
 */
function bulk(world: World, actorId: string, kbo: string, insz: readonly string[], allowed: (r: TbRights) => boolean, touchesManager: boolean, apply: Bulk): TbResult {
  if (!allowed(rightsAt(world, actorId, kbo))) return refuse('notAllowed');
  if (insz.length === 0) return refuse('noneSelected');
  const selected = insz.map((n) => tbUser(world, kbo, n));
  if (selected.some((u) => !u)) return refuse('unknownUser');
  const users = selected as TbUser[];
  if (touchesManager) {
    if (users.some((u) => u.type === 'LB')) return refuse('managerInSelection');
    const actor = world.people.find((p) => p.id === actorId);
    if (users.some((u) => u.insz === actor?.insz)) return refuse('selfInSelection');
  }
  return { ok: true, world: apply(world, users) };
}

const isIn = (users: TbUser[]) => (u: TbUser) => users.some((s) => s.kbo === u.kbo && s.insz === u.insz);

/** A session of one of these users at this enterprise ends: their access changed under them. */
function endSessions(world: World, kbo: string, users: TbUser[]): World {
  const concerned = (session: { personId: string; kbo: string | null } | null) => {
    if (!session || session.kbo !== kbo) return false;
    const person = world.people.find((p) => p.id === session.personId);
    return !!person && users.some((u) => u.insz === person.insz);
  };
  return {
    ...world,
    session: concerned(world.session) ? null : world.session,
    appSession: concerned(world.appSession) ? null : world.appSession,
  };
}

/** "Gebruiker(s) verwijderen": the accounts go, and with them every PrimaWeb profile at the enterprise. */
export function removeTbUsers(world: World, actorId: string, kbo: string, insz: readonly string[]): TbResult {
  return bulk(world, actorId, kbo, insz, (r) => r.removeUsers, true, (w, users) => {
    const gone = new Set(users.map((u) => personByInsz(w, u.insz)?.id).filter(Boolean));
    const removed = {
      ...w,
      tbUsers: w.tbUsers.filter((u) => !isIn(users)(u)),
      assignments: w.assignments.filter((a) => !(a.kbo === kbo && gone.has(a.personId))),
    };
    return endSessions(removed, kbo, users);
  });
}

function setStatus(world: World, actorId: string, kbo: string, insz: readonly string[], status: TbUser['status']): TbResult {
  return bulk(world, actorId, kbo, insz, (r) => r.blockUsers, true, (w, users) => {
    const changed = { ...w, tbUsers: w.tbUsers.map((u) => (isIn(users)(u) && u.status !== status ? { ...u, status, modified: w.today } : u)) };
    return status === 'geblokkeerd' ? endSessions(changed, kbo, users) : changed;
  });
}

/** "Gebruiker(s) blokkeren", e.g. "in geval van een tijdelijke afwezigheid". */
export const blockTbUsers = (world: World, actorId: string, kbo: string, insz: readonly string[]) => setStatus(world, actorId, kbo, insz, 'geblokkeerd');

/** "Gebruiker(s) deblokkeren". */
export const unblockTbUsers = (world: World, actorId: string, kbo: string, insz: readonly string[]) => setStatus(world, actorId, kbo, insz, 'actief');

function changeApplications(world: World, actorId: string, kbo: string, insz: readonly string[], apps: readonly TbApplication[], add: boolean): TbResult {
  if (apps.length === 0 && rightsAt(world, actorId, kbo).changeApplications && insz.length > 0) return refuse('noApplications');
  return bulk(world, actorId, kbo, insz, (r) => r.changeApplications, false, (w, users) => ({
    ...w,
    tbUsers: w.tbUsers.map((u) => {
      if (!isIn(users)(u)) return u;
      const applications = add ? [...new Set([...u.applications, ...apps])] : u.applications.filter((a) => !apps.includes(a));
      return applications.length === u.applications.length && applications.every((a) => u.applications.includes(a))
        ? u
        : { ...u, applications, modified: w.today };
    }),
  }));
}

/** "Toepassing(en) toevoegen". */
export const addApplications = (world: World, actorId: string, kbo: string, insz: readonly string[], apps: readonly TbApplication[]) =>
  changeApplications(world, actorId, kbo, insz, apps, true);

/** "Toepassing(en) verwijderen". */
export const removeApplications = (world: World, actorId: string, kbo: string, insz: readonly string[], apps: readonly TbApplication[]) =>
  changeApplications(world, actorId, kbo, insz, apps, false);

/** The criteria of "De lijst van de gebruikers tonen op basis van de volgende criteria" (empty: any). */
export interface UserCriteria {
  lastName: string;
  firstName: string;
  username: string;
  type: string;
  insz: string;
  status: string;
  application: string;
}

const TYPE_ORDER: Record<TbUserType, number> = { LB: 0, CoLB: 1, USER: 2 };
const fold = (s: string) => foldText(s).trim();

/** The capacity's users matching the criteria: LB first, then the co-LBs, then the users, each by name. */
export function searchTbUsers(world: World, kbo: string, c: UserCriteria): TbUser[] {
  const has = (value: string, part: string) => fold(part) === '' || fold(value).includes(fold(part));
  const insz = inszDigits(c.insz);
  return tbUsersAt(world, kbo)
    .filter(
      (u) =>
        has(u.lastName, c.lastName) &&
        has(u.firstName, c.firstName) &&
        has(u.username, c.username) &&
        (c.type === '' || u.type === c.type) &&
        (insz === '' || u.insz.includes(insz)) &&
        (c.status === '' || u.status === c.status) &&
        (c.application === '' || u.applications.includes(c.application as TbApplication)),
    )
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.lastName.localeCompare(b.lastName, 'nl') || a.firstName.localeCompare(b.firstName, 'nl'));
}
