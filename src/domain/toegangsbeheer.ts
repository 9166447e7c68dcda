/**
 * Toegangsbeheer (guidelines 004, "Gebruikers toevoegen" / "Gebruikers verwijderen"): the secure
 * applications a user may be given, the user types of the list, who may do what, and the checks
 * of the form "Een gebruiker aanmaken". Names and descriptions are in the message catalogs.
 */
import { checkEmail, type EmailError } from './email';
import { checkInsz, type InszError } from './insz';
import type { PrimawebRole } from './roles';

/** "Beveiligde toepassingen", in the order the form lists them (alphabetical, as the portal does). */
export const TB_APPLICATIONS = [
  'afzenderAdministratie',
  'chaman',
  'documentenRsz',
  'eboxBevoorrecht',
  'eboxInstelling',
  'handiweb',
  'matchItLezen',
  'matchItLoi',
  'meldpunt',
  'ocmwConfiguratie',
  'socialeAgent',
] as const;
export type TbApplication = (typeof TB_APPLICATIONS)[number];

export const isTbApplication = (value: unknown): value is TbApplication => (TB_APPLICATIONS as readonly unknown[]).includes(value);

/** The "Type" column: LB (Lokale beheerder, new term TB), Co-LB (co-TB), USER. */
export const TB_USER_TYPES = ['LB', 'CoLB', 'USER'] as const;
export type TbUserType = (typeof TB_USER_TYPES)[number];

export const TB_TITLES = ['deHeer', 'mevrouw'] as const;
export type TbTitle = (typeof TB_TITLES)[number];

/** "Taalkeuze" of a user account. */
export const TB_LANGUAGES = ['nl', 'fr', 'de'] as const;
export type TbLanguage = (typeof TB_LANGUAGES)[number];

export const TB_STATUSES = ['actief', 'geblokkeerd'] as const;
export type TbStatus = (typeof TB_STATUSES)[number];

/** "Aantal gebruikers: 10": the list shows ten users a page. */
export const USERS_PER_PAGE = 10;

/**
 * One page of a list of users, as "Gebruikers" shows it (004 l.305–311): the page asked for, kept
 * within the pages there are (a search that finds fewer users shows its last page), at least one.
 */
export function pageOfList<T>(items: readonly T[], asked: number, perPage = USERS_PER_PAGE): { page: number; pages: number; shown: T[] } {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pages);
  return { page, pages, shown: items.slice((page - 1) * perPage, page * perPage) };
}

/**
 * What the person logged in to Toegangsbeheer may do for a capacity. 004: "De
 * Hoofdtoegangsbeheerder (HTB) of co-HTB kan een Toegangsbeheerder (TB) per hoedanigheid
 * aanstellen. De (co-)HTB en TB kunnen een meerdere co-TB en Gebruikers toevoegen/verwijderen."
 * Adding users is also open to the co-TB ("De (co-)Hoofdtoegangsbeheerder of de
 * (co-)Toegangsbeheerder kunnen gebruikers toevoegen"); removing, blocking and appointing co-TBs is not.
 */
export interface TbRights {
  appointLb: boolean;
  addCoLb: boolean;
  addUser: boolean;
  removeUsers: boolean;
  blockUsers: boolean;
  changeApplications: boolean;
}

export function tbRights(actor: { htb: boolean; type: TbUserType | null; blocked: boolean }): TbRights {
  const lead = actor.htb || (actor.type === 'LB' && !actor.blocked);
  const co = lead || (actor.type === 'CoLB' && !actor.blocked);
  return { appointLb: actor.htb, addCoLb: lead, addUser: co, removeUsers: lead, blockUsers: lead, changeApplications: co };
}

/**
 * The PrimaWeb roles an account grants: "Sociale Agent" by the application of that name;
 * "PrimaWeb beheer" by the role "OCMW-configuratie" or being the (co-)Lokale beheerder (000, 004).
 */
export function primawebRolesFor(type: TbUserType, applications: readonly TbApplication[]): PrimawebRole[] {
  const roles: PrimawebRole[] = [];
  if (applications.includes('socialeAgent')) roles.push('socialeAgent');
  if (applications.includes('ocmwConfiguratie') || type !== 'USER') roles.push('primawebBeheer');
  return roles;
}

/** 004: "Enkel de (co-)Lokale beheerders ... en de gebruikers met de rol "OCMW-configuratie"". */
export const mayUseOcmwConfiguratie = (type: TbUserType, applications: readonly TbApplication[]): boolean =>
  type !== 'USER' || applications.includes('ocmwConfiguratie');

/** 004: (co-)Toegangsbeheerder of the capacity, or a user with "ChaMan - Technisch kanaalbeheer". */
export const mayUseChaman = (type: TbUserType, applications: readonly TbApplication[]): boolean =>
  type !== 'USER' || applications.includes('chaman');

/** The form "Een gebruiker aanmaken", as typed. */
export interface TbUserForm {
  usernameFirst: string;
  usernameConfirm: string;
  passwordFirst: string;
  passwordConfirm: string;
  lastName: string;
  firstName: string;
  title: TbTitle;
  insz: string;
  language: TbLanguage;
  email: string;
  localEmail: string;
  applications: TbApplication[];
}

export type TbFormField = 'usernameFirst' | 'usernameConfirm' | 'passwordFirst' | 'passwordConfirm' | 'lastName' | 'firstName' | 'insz' | 'email' | 'localEmail';

export type TbFormError =
  | { field: 'usernameFirst'; error: 'empty' | 'spaces' | 'taken' }
  | { field: 'usernameConfirm'; error: 'empty' | 'mismatch' }
  | { field: 'passwordFirst'; error: 'empty' | 'tooShort' }
  | { field: 'passwordConfirm'; error: 'empty' | 'mismatch' }
  | { field: 'lastName' | 'firstName'; error: 'empty' }
  | { field: 'insz'; error: InszError }
  | { field: 'email' | 'localEmail'; error: EmailError };

/** Password length the simulated portal asks for (the document gives no rule; 8 is the portal's). */
export const TB_PASSWORD_MIN = 8;

/**
 * Every broken rule of the form, one per field: required fields ("De velden met een * moeten
 * verplicht worden ingevuld"), both confirmations ("Voer twee keer ... in"), a valid INSZ and e-mail.
 */
export function checkTbUserForm(form: TbUserForm, takenUsernames: readonly string[]): TbFormError[] {
  const errors: TbFormError[] = [];
  const username = form.usernameFirst.trim();
  if (username === '') errors.push({ field: 'usernameFirst', error: 'empty' });
  else if (/\s/.test(username)) errors.push({ field: 'usernameFirst', error: 'spaces' });
  else if (takenUsernames.some((u) => u.toLowerCase() === username.toLowerCase())) errors.push({ field: 'usernameFirst', error: 'taken' });
  if (form.usernameConfirm.trim() === '') errors.push({ field: 'usernameConfirm', error: 'empty' });
  else if (form.usernameConfirm.trim() !== username) errors.push({ field: 'usernameConfirm', error: 'mismatch' });
  if (form.passwordFirst === '') errors.push({ field: 'passwordFirst', error: 'empty' });
  else if (form.passwordFirst.length < TB_PASSWORD_MIN) errors.push({ field: 'passwordFirst', error: 'tooShort' });
  if (form.passwordConfirm === '') errors.push({ field: 'passwordConfirm', error: 'empty' });
  else if (form.passwordConfirm !== form.passwordFirst) errors.push({ field: 'passwordConfirm', error: 'mismatch' });
  if (form.lastName.trim() === '') errors.push({ field: 'lastName', error: 'empty' });
  if (form.firstName.trim() === '') errors.push({ field: 'firstName', error: 'empty' });
  const insz = checkInsz(form.insz);
  if (!insz.valid) errors.push({ field: 'insz', error: insz.error ?? 'checksum' });
  const email = checkEmail(form.email);
  if (email) errors.push({ field: 'email', error: email });
  if (form.localEmail.trim() !== '') {
    const local = checkEmail(form.localEmail);
    if (local) errors.push({ field: 'localEmail', error: local });
  }
  return errors;
}

/**
 * What the Lokale Beheerder's welcome page shows of the enterprise and of its capacity (004
 * l.421–429): each has its own "Ondernemingsnummer" and "Creatiedatum". The simulator has no
 * registration history, so every enterprise shows the document's dates; the capacity's number is
 * the enterprise's own (Maatschappelijk Welzijn is registered under the OCMW's KBO number).
 */
export interface TbRegistration {
  enterpriseKbo: string;
  enterpriseCreated: string;
  capacityKbo: string;
  capacityCreated: string;
}

export const tbRegistration = (kbo: string): TbRegistration => ({
  enterpriseKbo: kbo,
  enterpriseCreated: '2022-08-12',
  capacityKbo: kbo,
  capacityCreated: '2024-08-05',
});
