/**
 * The World as it is stored: one valibot schema per record, the single source of the World's types
 * (types.ts infers them from here) and of its validation after loading (validate.ts). A field's
 * doc comment sits on its schema entry and shows on the inferred type.
 *
 * The schemas say what is expected; validate.ts words a refusal in Dutch with the path. Where a
 * word says more than the kind of value (a language, a date, a broken reference), the schema
 * carries it. Unknown keys are ignored, as before: v.object checks the keys it names only.
 */
import * as v from 'valibot';
import { WORLD_LOCALES, type WorldText } from '../i18n/locales';
import { TB_APPLICATIONS, TB_LANGUAGES, TB_STATUSES, TB_TITLES, TB_USER_TYPES } from '../domain/toegangsbeheer';
import { FTP_PERMISSIONS, REST_PERMISSIONS, VENDORS } from '../domain/chaman';
import type { PrimawebRole } from '../domain/roles';
import type { Period } from '../domain/periods';
import type { ContactDetails, ContactPerson, TechnicalProviders, Trilingual } from '../domain/ocmw-config';
import type { NotificationSettings, ReminderSettings } from '../domain/ocmw-online';

/** A simulated day, yyyy-mm-dd. */
const IsoDay = v.pipe(v.string('datum verwacht'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'datum verwacht'));
const WorldLocaleSchema = v.picklist(WORLD_LOCALES, 'onbekende taal');
/** Stored data may hold no NaN or Infinity (JSON cannot, a hand edit could try). */
const Count = v.pipe(v.number(), v.finite());

// Shapes the domain defines (its types stay the source; the annotation keeps the schema in step).
const WorldTextSchema: v.GenericSchema<WorldText> = v.object({ nl: v.string(), fr: v.string() });
const PeriodSchema: v.GenericSchema<Period> = v.object({ start: IsoDay, end: v.nullable(IsoDay) });
const TrilingualSchema: v.GenericSchema<Trilingual> = v.object({ nl: v.string(), fr: v.string(), de: v.string() });
const ContactPersonSchema: v.GenericSchema<ContactPerson> = v.object({ lastName: v.string(), firstName: v.string(), email: v.string(), phone: v.string() });
const TechnicalProvidersSchema: v.GenericSchema<TechnicalProviders> = v.object({
  network: v.string(),
  networkOther: v.string(),
  vendors: v.array(v.string()),
  programs: v.array(v.string()),
  programsNote: v.string(),
  technicalContact: ContactPersonSchema,
  testContact: ContactPersonSchema,
  remarks: v.string(),
});
const ContactDetailsSchema: v.GenericSchema<ContactDetails> = v.object({
  street: TrilingualSchema,
  number: v.string(),
  box: v.string(),
  postcode: v.string(),
  city: TrilingualSchema,
  phone: v.string(),
  email: v.string(),
});
const NotificationSettingsSchema: v.GenericSchema<NotificationSettings> = v.object({ enabled: v.boolean(), email: v.string() });
const ReminderSettingsSchema: v.GenericSchema<ReminderSettings> = v.object({ enabled: v.boolean(), email: v.string(), delay: v.string(), frequency: v.string() });
const PRIMAWEB_ROLES = ['socialeAgent', 'primawebBeheer'] as const satisfies readonly PrimawebRole[];

export const PersonSchema = v.object({
  id: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  /** 11 digits, valid INSZ. */
  insz: v.string(),
  /** The demo PIN of this fictional person's card (a real PIN is never asked for nor stored). */
  pin: v.string(),
  language: WorldLocaleSchema,
  /** Short description for the card reader, so a trainer knows whom the card belongs to. */
  about: WorldTextSchema,
});

export const EidCardSchema = v.object({
  personId: v.string(),
  /** Wrong PINs in a row; the third blocks the card. */
  wrongTries: Count,
  blocked: v.boolean(),
});

export const EnterpriseSchema = v.object({
  /** 10 digits, valid KBO number. */
  kbo: v.string(),
  /** Name as the portal's enterprise choice lists it ("OCMW HERSTAPPE"). */
  officialName: v.string(),
  /** Name in running text ("OCMW van Herstappe", "CPAS de Herstappe"). */
  displayName: WorldTextSchema,
  capacity: v.literal('maatschappelijkWelzijn'),
  /** INSZ of the (co-)Hoofdtoegangsbeheerders (old term: Verantwoordelijke Toegangen Entiteit). */
  accessManagers: v.array(v.string()),
  /** Its part in a merger of 2025 (id of domain/mergers.ts): disappearing, new, or kept. */
  merger: v.nullable(v.object({ id: v.string(), role: v.picklist(['disappearing', 'new', 'kept']) })),
});

export const TbUserSchema = v.object({
  kbo: v.string(),
  insz: v.string(),
  type: v.picklist(TB_USER_TYPES),
  username: v.string(),
  lastName: v.string(),
  firstName: v.string(),
  title: v.picklist(TB_TITLES),
  language: v.picklist(TB_LANGUAGES),
  email: v.string(),
  localEmail: v.string(),
  applications: v.array(v.picklist(TB_APPLICATIONS)),
  status: v.picklist(TB_STATUSES),
  /** yyyy-mm-dd */
  created: IsoDay,
  modified: v.nullable(IsoDay),
});

export const PrimawebUserSchema = v.object({
  personId: v.string(),
  kbo: v.string(),
  /** Simulated date (yyyy-mm-dd) of the first login. */
  firstLogin: IsoDay,
  active: v.boolean(),
});

export const ProfileSchema = v.object({
  id: v.string(),
  kbo: v.string(),
  description: WorldTextSchema,
  functions: v.array(v.string()),
});

export const ProfileAssignmentSchema = v.object({ personId: v.string(), kbo: v.string(), profileId: v.string() });

export const PrimawebSessionSchema = v.object({
  personId: v.string(),
  kbo: v.string(),
  role: v.picklist(PRIMAWEB_ROLES),
  language: WorldLocaleSchema,
  /** Copies of the profiles the user held at login: what "Mijn toegangen" and the home page show. */
  profiles: v.array(ProfileSchema),
  firstLogin: v.boolean(),
});

export const ClientSchema = v.object({
  id: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  /** 11 digits, valid INSZ. */
  insz: v.string(),
});

export const HouseholdRoleSchema = v.picklist(['hoofdbegunstigde', 'partner', 'kind', 'inwonende']);

export const HouseholdMemberSchema = v.object({ clientId: v.string(), role: HouseholdRoleSchema });

export const RequestSchema = v.object({
  id: v.string(),
  kbo: v.string(),
  /** yyyy-mm-dd */
  createdOn: IsoDay,
  household: v.array(HouseholdMemberSchema),
});

export const IntegrationRecordSchema = v.object({
  clientId: v.string(),
  /** "ocmw:<kbo>" for an OCMW, or the id of another social security institution. */
  institution: v.string(),
  code: v.string(),
  /** Normalised: sorted, never overlapping or adjacent. */
  periods: v.array(PeriodSchema),
});

export const SentFormSchema = v.object({
  id: v.string(),
  requestId: v.string(),
  type: v.picklist(['B', 'B1', 'B2', 'C']),
  /** The aid granted (forms B); null for form C. */
  aid: v.nullable(v.picklist(['leefloon', 'equivalentLeefloon', 'andereHulp', 'art60'])),
  effective: IsoDay,
  sentOn: IsoDay,
});

export const ChamanContactSchema = v.object({
  name: v.string(),
  phoneCode: v.string(),
  phone: v.string(),
  email: v.string(),
  language: v.picklist(['nl', 'fr', 'de', 'en']),
});

export const FtpAccountSchema = v.object({
  id: v.string(),
  type: v.picklist(['FTP', 'SFTP']),
  name: v.string(),
  permissions: v.array(v.picklist(FTP_PERMISSIONS)),
  certificate: v.string(),
  username: v.string(),
});

export const RestAccountSchema = v.object({
  id: v.string(),
  name: v.string(),
  permissions: v.array(v.picklist(REST_PERMISSIONS)),
  management: v.picklist(['intern', 'extern']),
  /** The software vendor that manages the certificate (external management). */
  vendor: v.nullable(v.picklist(VENDORS)),
  certificate: v.nullable(v.string()),
});

export const DelegationRequestSchema = v.object({
  id: v.string(),
  accountName: v.string(),
  permissions: v.array(v.picklist(REST_PERMISSIONS)),
  vendor: v.picklist(VENDORS),
  status: v.picklist(['pending', 'accepted', 'refused']),
  requestedOn: IsoDay,
});

export const ChamanSenderSchema = v.object({
  kbo: v.string(),
  senderNumber: v.string(),
  contact: v.nullable(ChamanContactSchema),
  ftp: v.array(FtpAccountSchema),
  rest: v.array(RestAccountSchema),
  delegations: v.array(DelegationRequestSchema),
});

export const OcmwConfigSchema = v.object({
  kbo: v.string(),
  /** Selected mutation types (codes of MUTATION_ROWS). */
  mutations: v.array(v.string()),
  providers: TechnicalProvidersSchema,
  contact: v.nullable(ContactDetailsSchema),
  notifications: NotificationSettingsSchema,
  reminders: ReminderSettingsSchema,
});

export const AppSessionSchema = v.object({
  service: v.picklist(['toegangsbeheer', 'ocmwConfiguratie', 'chaman']),
  personId: v.string(),
  kbo: v.nullable(v.string()),
});

/** The World's shape, every record in it: what the World type is. */
export const WorldShapeSchema = v.object({
  people: v.array(PersonSchema),
  cards: v.array(EidCardSchema),
  /** The card in the simulated card reader, if any. */
  readerCardId: v.nullable(v.string()),
  /** Whose authentication certificates the simulated PC knows (person ids). */
  installedCertificates: v.array(v.string()),
  enterprises: v.array(EnterpriseSchema),
  tbUsers: v.array(TbUserSchema),
  chaman: v.array(ChamanSenderSchema),
  ocmwConfigs: v.array(OcmwConfigSchema),
  primawebUsers: v.array(PrimawebUserSchema),
  profiles: v.array(ProfileSchema),
  assignments: v.array(ProfileAssignmentSchema),
  session: v.nullable(PrimawebSessionSchema),
  appSession: v.nullable(AppSessionSchema),
  clients: v.array(ClientSchema),
  requests: v.array(RequestSchema),
  integrations: v.array(IntegrationRecordSchema),
  forms: v.array(SentFormSchema),
  /** Simulated date, yyyy-mm-dd. */
  today: IsoDay,
});

type Shape = v.InferOutput<typeof WorldShapeSchema>;
/** A check of the whole World whose refusal names one of its lists. */
const refers = (list: keyof Shape, ok: (w: Shape) => boolean, problem: string) => v.forward<Shape, v.CheckIssue<Shape>, [keyof Shape]>(v.check(ok, problem), [list]);
const knownPerson = (w: Shape) => {
  const ids = new Set(w.people.map((p) => p.id));
  return (id: string) => ids.has(id);
};
const knownClient = (w: Shape) => {
  const ids = new Set(w.clients.map((c) => c.id));
  return (id: string) => ids.has(id);
};

/**
 * A stored World: the shape first, then the references between its records, which a bad save
 * could break (a refusal names the list it found the broken reference in).
 */
export const WorldSchema = v.pipe(
  WorldShapeSchema,
  refers('readerCardId', (w) => w.readerCardId === null || knownPerson(w)(w.readerCardId), 'onbekende persoon'),
  refers('cards', (w) => w.cards.map((c) => c.personId).every(knownPerson(w)), 'onbekende persoon'),
  refers('session', (w) => !w.session || knownPerson(w)(w.session.personId), 'onbekende persoon'),
  refers('appSession', (w) => !w.appSession || knownPerson(w)(w.appSession.personId), 'onbekende persoon'),
  refers('requests', (w) => w.requests.flatMap((r) => r.household.map((m) => m.clientId)).every(knownClient(w)), 'onbekende cliënt'),
  refers('integrations', (w) => w.integrations.map((i) => i.clientId).every(knownClient(w)), 'onbekende cliënt'),
  refers('tbUsers', (w) => new Set(w.tbUsers.map((u) => `${u.kbo}/${u.insz}`)).size === w.tbUsers.length, 'dubbel account'),
  refers('tbUsers', (w) => w.tbUsers.every((u) => w.enterprises.some((e) => e.kbo === u.kbo)), 'onbekende onderneming'),
  refers('tbUsers', (w) => w.enterprises.every((e) => w.tbUsers.filter((u) => u.kbo === e.kbo && u.type === 'LB').length <= 1), 'meer dan één lokale beheerder'),
);
