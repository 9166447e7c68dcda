/**
 * Checks that data loaded from storage (after migration) is a usable World. Storage is outside our
 * control (another version, a hand edit, a half-written save), so nothing is taken on trust.
 * Returns the first problem as a path, for the notice and the logs.
 */
import { isWorldLocale } from '../i18n/locales';
import { TB_APPLICATIONS, TB_LANGUAGES, TB_STATUSES, TB_TITLES, TB_USER_TYPES } from '../domain/toegangsbeheer';
import { FTP_PERMISSIONS, REST_PERMISSIONS, VENDORS } from '../domain/chaman';
import type { World } from './types';

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, path) => (typeof v === 'string' ? null : `${path}: tekst verwacht`);
const num: Check = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? null : `${path}: getal verwacht`);
const bool: Check = (v, path) => (typeof v === 'boolean' ? null : `${path}: ja/nee verwacht`);
const locale: Check = (v, path) => (isWorldLocale(v) ? null : `${path}: onbekende taal`);
const date: Check = (v, path) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : `${path}: datum verwacht`);
const nullable =
  (check: Check): Check =>
  (v, path) =>
    v === null ? null : check(v, path);
const oneOf =
  (...values: string[]): Check =>
  (v, path) =>
    typeof v === 'string' && values.includes(v) ? null : `${path}: ongeldige waarde`;
const localised: Check = (v, path) => record({ nl: str, fr: str })(v, path);

function record(shape: Record<string, Check>): Check {
  return (v, path) => {
    if (!isObject(v)) return `${path}: object verwacht`;
    for (const [key, check] of Object.entries(shape)) {
      const problem = check(v[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

function list(item: Check): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return `${path}: lijst verwacht`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

const profile = record({ id: str, kbo: str, description: localised, functions: list(str) });

const tbUser = record({
  kbo: str,
  insz: str,
  type: oneOf(...TB_USER_TYPES),
  username: str,
  lastName: str,
  firstName: str,
  title: oneOf(...TB_TITLES),
  language: oneOf(...TB_LANGUAGES),
  email: str,
  localEmail: str,
  applications: list(oneOf(...TB_APPLICATIONS)),
  status: oneOf(...TB_STATUSES),
  created: date,
  modified: nullable(date),
});

const restPermissions = list(oneOf(...REST_PERMISSIONS));
const chamanSender = record({
  kbo: str,
  senderNumber: str,
  contact: nullable(record({ name: str, phoneCode: str, phone: str, email: str, language: oneOf('nl', 'fr', 'de', 'en') })),
  ftp: list(record({ id: str, type: oneOf('FTP', 'SFTP'), name: str, permissions: list(oneOf(...FTP_PERMISSIONS)), certificate: str, username: str })),
  rest: list(
    record({ id: str, name: str, permissions: restPermissions, management: oneOf('intern', 'extern'), vendor: nullable(oneOf(...VENDORS)), certificate: nullable(str) }),
  ),
  delegations: list(
    record({ id: str, accountName: str, permissions: restPermissions, vendor: oneOf(...VENDORS), status: oneOf('pending', 'accepted', 'refused'), requestedOn: date }),
  ),
});

const trilingual = record({ nl: str, fr: str, de: str });
const contactPerson = record({ lastName: str, firstName: str, email: str, phone: str });
const ocmwConfig = record({
  kbo: str,
  mutations: list(str),
  providers: record({
    network: str,
    networkOther: str,
    vendors: list(str),
    programs: list(str),
    programsNote: str,
    technicalContact: contactPerson,
    testContact: contactPerson,
    remarks: str,
  }),
  contact: nullable(record({ street: trilingual, number: str, box: str, postcode: str, city: trilingual, phone: str, email: str })),
  notifications: record({ enabled: bool, email: str }),
  reminders: record({ enabled: bool, email: str, delay: str, frequency: str }),
});

const worldShape = record({
  people: list(record({ id: str, firstName: str, lastName: str, insz: str, pin: str, language: locale, about: localised })),
  cards: list(record({ personId: str, wrongTries: num, blocked: bool })),
  readerCardId: nullable(str),
  installedCertificates: list(str),
  enterprises: list(record({ kbo: str, officialName: str, displayName: localised, capacity: oneOf('maatschappelijkWelzijn'), accessManagers: list(str), merger: nullable(record({ id: str, role: oneOf('disappearing', 'new', 'kept') })) })),
  tbUsers: list(tbUser),
  chaman: list(chamanSender),
  ocmwConfigs: list(ocmwConfig),
  primawebUsers: list(record({ personId: str, kbo: str, firstLogin: date, active: bool })),
  profiles: list(profile),
  assignments: list(record({ personId: str, kbo: str, profileId: str })),
  session: nullable(
    record({ personId: str, kbo: str, role: oneOf('socialeAgent', 'primawebBeheer'), language: locale, profiles: list(profile), firstLogin: bool }),
  ),
  appSession: nullable(record({ service: oneOf('toegangsbeheer', 'ocmwConfiguratie', 'chaman'), personId: str, kbo: nullable(str) })),
  clients: list(record({ id: str, firstName: str, lastName: str, insz: str })),
  requests: list(record({ id: str, kbo: str, createdOn: date, household: list(record({ clientId: str, role: oneOf('hoofdbegunstigde', 'partner', 'kind', 'inwonende') })) })),
  integrations: list(record({ clientId: str, institution: str, code: str, periods: list(record({ start: date, end: nullable(date) })) })),
  forms: list(
    record({
      id: str,
      requestId: str,
      type: oneOf('B', 'B1', 'B2', 'C'),
      aid: nullable(oneOf('leefloon', 'equivalentLeefloon', 'andereHulp', 'art60')),
      effective: date,
      sentOn: date,
    }),
  ),
  today: date,
});

/** Shape first, then the references between records, which a bad save could break. */
export function validateWorld(data: unknown): { ok: true; world: World } | { ok: false; problem: string } {
  const problem = worldShape(data, 'world');
  if (problem) return { ok: false, problem };
  const world = data as World;
  const people = new Set(world.people.map((p) => p.id));
  if (world.readerCardId !== null && !people.has(world.readerCardId)) return { ok: false, problem: 'world.readerCardId: onbekende persoon' };
  if (world.cards.some((c) => !people.has(c.personId))) return { ok: false, problem: 'world.cards: onbekende persoon' };
  if (world.session && !people.has(world.session.personId)) return { ok: false, problem: 'world.session: onbekende persoon' };
  if (world.appSession && !people.has(world.appSession.personId)) return { ok: false, problem: 'world.appSession: onbekende persoon' };
  const clients = new Set(world.clients.map((c) => c.id));
  if (world.requests.some((r) => r.household.some((m) => !clients.has(m.clientId)))) return { ok: false, problem: 'world.requests: onbekende cliënt' };
  if (world.integrations.some((i) => !clients.has(i.clientId))) return { ok: false, problem: 'world.integrations: onbekende cliënt' };
  const accounts = new Set(world.tbUsers.map((u) => `${u.kbo}/${u.insz}`));
  if (accounts.size !== world.tbUsers.length) return { ok: false, problem: 'world.tbUsers: dubbel account' };
  const kbos = new Set(world.enterprises.map((e) => e.kbo));
  if (world.tbUsers.some((u) => !kbos.has(u.kbo))) return { ok: false, problem: 'world.tbUsers: onbekende onderneming' };
  if ([...kbos].some((kbo) => world.tbUsers.filter((u) => u.kbo === kbo && u.type === 'LB').length > 1)) {
    return { ok: false, problem: 'world.tbUsers: meer dan één lokale beheerder' };
  }
  return { ok: true, world };
}
