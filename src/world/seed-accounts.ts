/**
 * The Toegangsbeheer accounts of the initial world (schema 2). Frozen: migration 1→2 reads these to
 * give old saves the same accounts (schema 1 could not change roles, so nothing is lost). A later
 * change to the initial world belongs in seed.ts plus a migration of its own, not here.
 */
import type { TbApplication, TbLanguage, TbStatus, TbUserType } from '../domain/toegangsbeheer';
import type { EidCard, Person, TbUser } from './types';

export const HERSTAPPE_V2 = '0212333592';
const ANTWERPEN_V2 = '0212235604';
const MONT_SAINT_GUIBERT_V2 = '0212152262';
const KOEKELBERG_V2 = '0212347648';

const DOMAIN: Record<string, string> = {
  [HERSTAPPE_V2]: 'ocmw-herstappe.be',
  [ANTWERPEN_V2]: 'ocmw-antwerpen.be',
  [MONT_SAINT_GUIBERT_V2]: 'cpas-msg.be',
  [KOEKELBERG_V2]: 'ocmw-koekelberg.be',
};

type Row = [kbo: string, insz: string, first: string, last: string, type: TbUserType, apps: TbApplication[], opts?: { lang?: TbLanguage; status?: TbStatus; created?: string }];

// Women have an even INSZ serial, men an odd one: the title follows from it.
const ROWS: Row[] = [
  [HERSTAPPE_V2, '71091120648', 'Ann', 'Wouters', 'LB', ['ocmwConfiguratie'], { created: '2022-08-12' }],
  [HERSTAPPE_V2, '91022311850', 'Els', 'Mertens', 'CoLB', ['socialeAgent', 'eboxInstelling']],
  [HERSTAPPE_V2, '77090523138', 'Koen', 'Jacobs', 'CoLB', ['chaman', 'eboxInstelling']],
  [HERSTAPPE_V2, '88031412464', 'Lotte', 'Vermeulen', 'USER', ['socialeAgent', 'ocmwConfiguratie'], { created: '2024-08-05' }],
  [HERSTAPPE_V2, '79052208774', 'Pieter', 'Claes', 'USER', ['socialeAgent'], { created: '2025-01-27' }],
  [HERSTAPPE_V2, '82071706433', 'Nathalie', 'Willems', 'USER', ['socialeAgent']],
  [HERSTAPPE_V2, '95013017356', 'Jonas', 'De Smet', 'USER', ['socialeAgent']],
  [HERSTAPPE_V2, '69061130283', 'Hilde', 'Goossens', 'USER', ['eboxInstelling', 'documentenRsz']],
  [HERSTAPPE_V2, '88022804507', 'Wim', 'Aerts', 'USER', ['socialeAgent'], { status: 'geblokkeerd' }],
  [HERSTAPPE_V2, '93080941266', 'Inge', 'Verstraeten', 'USER', ['socialeAgent', 'handiweb']],
  [HERSTAPPE_V2, '74031608936', 'Dirk', 'Hermans', 'USER', ['afzenderAdministratie']],
  [HERSTAPPE_V2, '80010115646', 'Katrien', 'Smets', 'USER', ['socialeAgent']],
  [ANTWERPEN_V2, '97052023375', 'Tim', 'Michiels', 'LB', []],
  [ANTWERPEN_V2, '71091120648', 'Ann', 'Wouters', 'USER', ['socialeAgent']],
  [MONT_SAINT_GUIBERT_V2, '65091404194', 'Marc', 'Lejeune', 'LB', [], { lang: 'fr' }],
  [MONT_SAINT_GUIBERT_V2, '71091120648', 'Ann', 'Wouters', 'USER', ['socialeAgent']],
  [MONT_SAINT_GUIBERT_V2, '93011715831', 'Julie', 'Lambert', 'USER', ['socialeAgent'], { lang: 'fr' }],
  [KOEKELBERG_V2, '84060607794', 'Yves', 'Dupont', 'LB', [], { lang: 'fr' }],
  [KOEKELBERG_V2, '71091120648', 'Ann', 'Wouters', 'USER', ['socialeAgent']],
];

const plain = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

export const SEED_TB_USERS: readonly TbUser[] = ROWS.map(([kbo, insz, firstName, lastName, type, applications, opts = {}]) => ({
  kbo,
  insz,
  type,
  username: plain(firstName[0] + lastName),
  lastName,
  firstName,
  title: Number(insz.slice(6, 9)) % 2 === 0 ? 'mevrouw' : 'deHeer',
  language: opts.lang ?? 'nl',
  email: `${plain(firstName)}.${plain(lastName)}@${DOMAIN[kbo]}`,
  localEmail: '',
  applications,
  status: opts.status ?? 'actief',
  created: opts.created ?? '2023-03-01',
  modified: null,
}));

/** The (co-)Hoofdtoegangsbeheerders per enterprise. */
export const SEED_ACCESS_MANAGERS: Readonly<Record<string, string[]>> = {
  [HERSTAPPE_V2]: ['71091120648'],
  [ANTWERPEN_V2]: ['90031819017'],
  [MONT_SAINT_GUIBERT_V2]: ['78112920360'],
  [KOEKELBERG_V2]: ['96100715077'],
};

/** A colleague with a card but no account yet: the one a learner adds in Toegangsbeheer. */
export const SEED_NEW_COLLEAGUE: Person = {
  id: 'bram',
  firstName: 'Bram',
  lastName: 'Peeters',
  insz: '86041205759',
  pin: '3690',
  language: 'nl',
  about: {
    nl: 'Nieuwe medewerker, OCMW Herstappe (nog niet in Toegangsbeheer)',
    fr: "Nouveau collaborateur, CPAS de Herstappe (pas encore dans la Gestion d'accès)",
  },
};

export const SEED_NEW_COLLEAGUE_CARD: EidCard = { personId: 'bram', wrongTries: 0, blocked: false };
