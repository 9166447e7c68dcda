/**
 * The merger world of 2025 (guidelines 004): fictional OCMWs of one merger per scenario, with valid
 * KBO numbers (a new one for scenario 1), colleagues known for the disappearing and the remaining
 * OCMW (the transition-phase login), and running files with integrations under the old numbers.
 * Frozen: migration 2→3 gives old saves exactly this; later changes need a migration of their own.
 */
import { ALL_FUNCTION_IDS } from '../domain/functions';
import type { TbApplication, TbUserType } from '../domain/toegangsbeheer';
import type { Client, EidCard, Enterprise, IntegrationRecord, Person, PrimawebUser, Profile, ProfileAssignment, Request, TbUser } from './types';

export const MELLE = '0207040164';
export const MERELBEKE = '0207040263';
/** Scenario 1: the merged OCMW gets a new KBO number. */
export const MERELBEKE_MELLE = '1009000136';
/** Scenario 2: Lokeren keeps its KBO number, Moerbeke's disappears. */
export const LOKEREN = '0207051745';
export const MOERBEKE = '0207051844';
/** Scenario 3: Antwerpen (already in the world) keeps its KBO number and NIS code, Borsbeek's disappears. */
export const BORSBEEK = '0207071343';
const ANTWERPEN = '0212235604';

const ocmw = (kbo: string, name: string, city: string, merger: NonNullable<Enterprise['merger']>): Enterprise => ({
  kbo,
  officialName: name,
  displayName: { nl: `OCMW van ${city}`, fr: `CPAS de ${city}` },
  capacity: 'maatschappelijkWelzijn',
  accessManagers: [],
  merger,
});

export const MERGER_ENTERPRISES: readonly Enterprise[] = [
  ocmw(MELLE, 'OCMW MELLE', 'Melle', { id: 'merelbeke-melle', role: 'disappearing' }),
  ocmw(MERELBEKE, 'OCMW MERELBEKE', 'Merelbeke', { id: 'merelbeke-melle', role: 'disappearing' }),
  { ...ocmw(MERELBEKE_MELLE, 'OCMW MERELBEKE-MELLE', 'Merelbeke-Melle', { id: 'merelbeke-melle', role: 'new' }), accessManagers: ['83021411261'] },
  ocmw(LOKEREN, 'OCMW LOKEREN', 'Lokeren', { id: 'lokeren', role: 'kept' }),
  ocmw(MOERBEKE, 'OCMW MOERBEKE', 'Moerbeke', { id: 'lokeren', role: 'disappearing' }),
  ocmw(BORSBEEK, 'OCMW BORSBEEK', 'Borsbeek', { id: 'antwerpen', role: 'disappearing' }),
];

/** Antwerpen's role in its merger (scenario 3), set on the enterprise already in the world. */
export const MERGER_OF_EXISTING: Readonly<Record<string, NonNullable<Enterprise['merger']>>> = {
  [ANTWERPEN]: { id: 'antwerpen', role: 'kept' },
};

const person = (id: string, firstName: string, lastName: string, insz: string, pin: string, nl: string, fr: string): Person => ({
  id,
  firstName,
  lastName,
  insz,
  pin,
  language: 'nl',
  about: { nl, fr },
});

export const MERGER_PEOPLE: readonly Person[] = [
  person(
    'karen',
    'Karen',
    'De Vos',
    '83021411261',
    '1357',
    'Maatschappelijk werker, OCMW Melle → OCMW Merelbeke-Melle (scenario 1, toegangsbeheerder van het nieuwe OCMW)',
    "Assistante sociale, CPAS de Melle → CPAS de Merelbeke-Melle (scénario 1, gestionnaire d'accès du nouveau CPAS)",
  ),
  person('hanne', 'Hanne', 'Desmet', '91050513413', '2468', 'Maatschappelijk werker, OCMW Moerbeke → OCMW Lokeren (scenario 2)', 'Assistante sociale, CPAS de Moerbeke → CPAS de Lokeren (scénario 2)'),
  person('wout', 'Wout', 'Janssens', '87092307558', '1593', 'Maatschappelijk werker, OCMW Borsbeek → OCMW Antwerpen (scenario 3)', "Assistant social, CPAS de Borsbeek → CPAS d'Anvers (scénario 3)"),
];

export const MERGER_CARDS: readonly EidCard[] = MERGER_PEOPLE.map((p) => ({ personId: p.id, wrongTries: 0, blocked: false }));

const DOMAIN: Record<string, string> = {
  [MELLE]: 'ocmw-melle.be',
  [MERELBEKE]: 'ocmw-merelbeke.be',
  [MERELBEKE_MELLE]: 'ocmw-merelbeke-melle.be',
  [MOERBEKE]: 'ocmw-moerbeke.be',
  [LOKEREN]: 'ocmw-lokeren.be',
  [BORSBEEK]: 'ocmw-borsbeek.be',
  [ANTWERPEN]: 'ocmw-antwerpen.be',
};

const account = (kbo: string, p: Person, type: TbUserType, applications: TbApplication[]): TbUser => ({
  kbo,
  insz: p.insz,
  type,
  username: `${p.firstName[0]}${p.lastName.replace(/\s/g, '')}`.toLowerCase(),
  lastName: p.lastName,
  firstName: p.firstName,
  title: Number(p.insz.slice(6, 9)) % 2 === 0 ? 'mevrouw' : 'deHeer',
  language: 'nl',
  email: `${p.firstName}.${p.lastName.replace(/\s/g, '')}@${DOMAIN[kbo]}`.toLowerCase(),
  localEmail: '',
  applications,
  status: 'actief',
  created: kbo === MERELBEKE_MELLE ? '2025-01-02' : '2021-09-01',
  modified: null,
});

const [karen, hanne, wout] = MERGER_PEOPLE as [Person, Person, Person];

/** Colleagues of the merging OCMWs without a card in the simulation: their accounts were copied too. */
const JAN = { firstName: 'Jan', lastName: 'Maes', insz: '55050518183' } as Person;
const EVA = { firstName: 'Eva', lastName: 'Wauters', insz: '65031820460' } as Person;

/** "RSZ zal de gebruikers van de fuserende OCMW's kopiëren naar het fusie-OCMW": each colleague is known for both. */
export const MERGER_TB_USERS: readonly TbUser[] = [
  account(MELLE, karen, 'USER', ['socialeAgent']),
  account(MERELBEKE_MELLE, karen, 'LB', ['socialeAgent', 'ocmwConfiguratie']),
  // Jan will be appointed Toegangsbeheerder of the new OCMW; Eva retired at the end of 2024.
  account(MERELBEKE, JAN, 'USER', ['socialeAgent', 'eboxInstelling']),
  account(MERELBEKE_MELLE, JAN, 'USER', ['socialeAgent', 'eboxInstelling']),
  account(MERELBEKE, EVA, 'USER', ['socialeAgent']),
  account(MERELBEKE_MELLE, EVA, 'USER', ['socialeAgent']),
  account(MOERBEKE, hanne, 'USER', ['socialeAgent']),
  account(LOKEREN, hanne, 'USER', ['socialeAgent']),
  account(BORSBEEK, wout, 'USER', ['socialeAgent']),
  account(ANTWERPEN, wout, 'USER', ['socialeAgent']),
];

export const MERGER_CLIENTS: readonly Client[] = [
  { id: 'emma', firstName: 'Emma', lastName: 'Claeys', insz: '99030306406' },
  { id: 'luc', firstName: 'Luc', lastName: 'Verhoeven', insz: '76081205375' },
  { id: 'mia', firstName: 'Mia', lastName: 'Wuyts', insz: '72070709295' },
];

/** The running files under the disappearing KBO numbers. */
export const MERGER_REQUESTS: readonly Request[] = [
  { id: 'melle-1', kbo: MELLE, createdOn: '2024-05-06', household: [{ clientId: 'emma', role: 'hoofdbegunstigde' }] },
  { id: 'moerbeke-1', kbo: MOERBEKE, createdOn: '2024-09-02', household: [{ clientId: 'luc', role: 'hoofdbegunstigde' }] },
  { id: 'borsbeek-1', kbo: BORSBEEK, createdOn: '2024-11-04', household: [{ clientId: 'mia', role: 'hoofdbegunstigde' }] },
];

/** Leefloon (code 02) without end under the old numbers: what the learner stops on 31/12/2024. */
export const MERGER_INTEGRATIONS: readonly IntegrationRecord[] = [
  { clientId: 'emma', institution: `ocmw:${MELLE}`, code: '02', periods: [{ start: '2024-05-06', end: null }] },
  { clientId: 'luc', institution: `ocmw:${MOERBEKE}`, code: '02', periods: [{ start: '2024-09-02', end: null }] },
  { clientId: 'mia', institution: `ocmw:${BORSBEEK}`, code: '02', periods: [{ start: '2024-11-04', end: null }] },
];

/** Deep copies, so that a world never shares arrays with these constants. */
export const copyEnterprise = (e: Enterprise): Enterprise => ({
  ...e,
  displayName: { ...e.displayName },
  accessManagers: [...e.accessManagers],
  merger: e.merger ? { ...e.merger } : null,
});
export const copyPerson = (p: Person): Person => ({ ...p, about: { ...p.about } });
export const copyRequest = (r: Request): Request => ({ ...r, household: r.household.map((m) => ({ ...m })) });
export const copyIntegration = (i: IntegrationRecord): IntegrationRecord => ({ ...i, periods: i.periods.map((p) => ({ ...p })) });
export const copyTbUser = (u: TbUser): TbUser => ({ ...u, applications: [...u.applications] });
export const copyProfile = (p: Profile): Profile => ({ ...p, description: { ...p.description }, functions: [...p.functions] });

/** Each colleague has worked in PrimaWeb at the disappearing OCMW, with a profile holding every function. */
export const MERGER_PRIMAWEB_USERS: readonly PrimawebUser[] = [
  { personId: 'karen', kbo: MELLE, firstLogin: '2021-09-06', active: true },
  // The new OCMW's PrimaWeb was set up on 2 January 2025, with a profile for Karen.
  { personId: 'karen', kbo: MERELBEKE_MELLE, firstLogin: '2025-01-02', active: true },
  { personId: 'hanne', kbo: MOERBEKE, firstLogin: '2022-03-14', active: true },
  { personId: 'hanne', kbo: LOKEREN, firstLogin: '2025-01-02', active: true },
  { personId: 'wout', kbo: BORSBEEK, firstLogin: '2020-10-05', active: true },
  { personId: 'wout', kbo: ANTWERPEN, firstLogin: '2025-01-02', active: true },
];

export const MERGER_PROFILES: readonly Profile[] = [MELLE, MERELBEKE_MELLE, MOERBEKE, LOKEREN, BORSBEEK, ANTWERPEN].map((kbo) => ({
  id: `alle-functies-${kbo}`,
  kbo,
  description: { nl: 'Alle functionaliteiten', fr: 'Toutes les fonctionnalités' },
  functions: [...ALL_FUNCTION_IDS],
}));

export const MERGER_ASSIGNMENTS: readonly ProfileAssignment[] = MERGER_PRIMAWEB_USERS.map((u) => ({ personId: u.personId, kbo: u.kbo, profileId: `alle-functies-${u.kbo}` }));
