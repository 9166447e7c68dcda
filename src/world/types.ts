/**
 * The simulated back end: everything the simulated applications know. Plain serialisable data;
 * only the commands in this folder change it, each returning a new World.
 */
import type { PrimawebRole } from '../domain/roles';
import type { TbApplication, TbLanguage, TbStatus, TbTitle, TbUserType } from '../domain/toegangsbeheer';
import type { ContactDetails, TechnicalProviders } from '../domain/ocmw-config';
import type { NotificationSettings, ReminderSettings } from '../domain/ocmw-online';
import type { FtpPermission, RestPermission, Vendor } from '../domain/chaman';
import type { Period } from '../domain/periods';
import type { WorldLocale, WorldText } from '../i18n/locales';

export type { WorldText };

export interface Person {
  id: string;
  firstName: string;
  lastName: string;
  /** 11 digits, valid INSZ. */
  insz: string;
  /** The demo PIN of this fictional person's card (a real PIN is never asked for nor stored). */
  pin: string;
  language: WorldLocale;
  /** Short description for the card reader, so a trainer knows whom the card belongs to. */
  about: WorldText;
}

export interface EidCard {
  personId: string;
  /** Wrong PINs in a row; the third blocks the card. */
  wrongTries: number;
  blocked: boolean;
}

export interface Enterprise {
  /** 10 digits, valid KBO number. */
  kbo: string;
  /** Name as the portal's enterprise choice lists it ("OCMW HERSTAPPE"). */
  officialName: string;
  /** Name in running text ("OCMW van Herstappe", "CPAS de Herstappe"). */
  displayName: WorldText;
  capacity: 'maatschappelijkWelzijn';
  /** INSZ of the (co-)Hoofdtoegangsbeheerders (old term: Verantwoordelijke Toegangen Entiteit). */
  accessManagers: string[];
  /** Its part in a merger of 2025 (id of domain/mergers.ts): disappearing, new, or kept. */
  merger: { id: string; role: 'disappearing' | 'new' | 'kept' } | null;
}

/**
 * An account in Toegangsbeheer for the capacity Maatschappelijk Welzijn of an enterprise. It is
 * what lets a person log in for that enterprise at all: its applications are the roles ("In
 * Toegangsbeheer spreekt men van rollen", 000). Linked to a person by INSZ, as the portal does.
 * The password is never kept: nothing in the simulation asks for it again.
 */
export interface TbUser {
  kbo: string;
  insz: string;
  type: TbUserType;
  username: string;
  lastName: string;
  firstName: string;
  title: TbTitle;
  language: TbLanguage;
  email: string;
  localEmail: string;
  applications: TbApplication[];
  status: TbStatus;
  /** yyyy-mm-dd */
  created: string;
  modified: string | null;
}

/** A person becomes a PrimaWeb user of an enterprise at their first login there (000). */
export interface PrimawebUser {
  personId: string;
  kbo: string;
  /** Simulated date (yyyy-mm-dd) of the first login. */
  firstLogin: string;
  active: boolean;
}

export interface Profile {
  id: string;
  kbo: string;
  description: WorldText;
  functions: string[];
}

export interface ProfileAssignment {
  personId: string;
  kbo: string;
  profileId: string;
}

/**
 * An open PrimaWeb session. The functions are fixed at login: a profile assigned later only shows
 * after the user logs out completely and logs in again (001).
 */
export interface PrimawebSession {
  personId: string;
  kbo: string;
  role: PrimawebRole;
  language: WorldLocale;
  /** Copies of the profiles the user held at login: what "Mijn toegangen" and the home page show. */
  profiles: Profile[];
  firstLogin: boolean;
}

/** A client of the OCMW, as the national register knows them. */
export interface Client {
  id: string;
  firstName: string;
  lastName: string;
  /** 11 digits, valid INSZ. */
  insz: string;
}

export type HouseholdRole = 'hoofdbegunstigde' | 'partner' | 'kind' | 'inwonende';

export interface HouseholdMember {
  clientId: string;
  role: HouseholdRole;
}

/** A request for help: the "Huidige aanvraag" of a client's file, with its household. */
export interface Request {
  id: string;
  kbo: string;
  /** yyyy-mm-dd */
  createdOn: string;
  household: HouseholdMember[];
}

/** The repertory: a client's integration periods with one institution under one capacity code. */
export interface IntegrationRecord {
  clientId: string;
  /** "ocmw:<kbo>" for an OCMW, or the id of another social security institution. */
  institution: string;
  code: string;
  /** Normalised: sorted, never overlapping or adjacent. */
  periods: Period[];
}

/** A form sent to the POD MI from a request. */
export interface SentForm {
  id: string;
  requestId: string;
  type: 'B' | 'B1' | 'B2' | 'C';
  /** The aid granted (forms B); null for form C. */
  aid: 'leefloon' | 'equivalentLeefloon' | 'andereHulp' | 'art60' | null;
  effective: string;
  sentOn: string;
}

/** ChaMan: "Contactgegevens" of the person who manages the technical channels. */
export interface ChamanContact {
  name: string;
  phoneCode: string;
  phone: string;
  email: string;
  language: 'nl' | 'fr' | 'de' | 'en';
}

export interface FtpAccount {
  id: string;
  type: 'FTP' | 'SFTP';
  name: string;
  permissions: FtpPermission[];
  certificate: string;
  username: string;
}

export interface RestAccount {
  id: string;
  name: string;
  permissions: RestPermission[];
  management: 'intern' | 'extern';
  /** The software vendor that manages the certificate (external management). */
  vendor: Vendor | null;
  certificate: string | null;
}

/** A REST account whose certificate a software vendor is asked to manage ("Delegatieverzoeken"). */
export interface DelegationRequest {
  id: string;
  accountName: string;
  permissions: RestPermission[];
  vendor: Vendor;
  status: 'pending' | 'accepted' | 'refused';
  requestedOn: string;
}

/** An OCMW as sender in ChaMan ("Uw verzendernummer"). */
export interface ChamanSender {
  kbo: string;
  senderNumber: string;
  contact: ChamanContact | null;
  ftp: FtpAccount[];
  rest: RestAccount[];
  delegations: DelegationRequest[];
}

/** What an OCMW told the POD MI in OCMW-configuratie. */
export interface OcmwConfig {
  kbo: string;
  /** Selected mutation types (codes of MUTATION_ROWS). */
  mutations: string[];
  providers: TechnicalProviders;
  contact: ContactDetails | null;
  notifications: NotificationSettings;
  reminders: ReminderSettings;
}

/**
 * A session in one of the portal's other applications (Toegangsbeheer, OCMW-configuratie, ChaMan):
 * who logged in, and for which enterprise (Toegangsbeheer chooses it inside the application).
 */
export interface AppSession {
  service: 'toegangsbeheer' | 'ocmwConfiguratie' | 'chaman';
  personId: string;
  kbo: string | null;
}

export interface World {
  people: Person[];
  cards: EidCard[];
  /** The card in the simulated card reader, if any. */
  readerCardId: string | null;
  /** Whose authentication certificates the simulated PC knows (person ids). */
  installedCertificates: string[];
  enterprises: Enterprise[];
  tbUsers: TbUser[];
  chaman: ChamanSender[];
  ocmwConfigs: OcmwConfig[];
  primawebUsers: PrimawebUser[];
  profiles: Profile[];
  assignments: ProfileAssignment[];
  session: PrimawebSession | null;
  appSession: AppSession | null;
  clients: Client[];
  requests: Request[];
  integrations: IntegrationRecord[];
  forms: SentForm[];
  /** Simulated date, yyyy-mm-dd. */
  today: string;
}

export type Result<E extends string, T = World> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E extends string>(error: E): { ok: false; error: E } => ({ ok: false, error });
