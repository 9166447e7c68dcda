/**
 * The initial simulated world. Every person is fictional; numbers are valid in form only.
 * Enterprises are those the guidelines (004) show at "Aanmelden in de overgangsfase".
 */
import { ALL_FUNCTION_IDS } from '../domain/functions';
import { SEED_ACCESS_MANAGERS, SEED_NEW_COLLEAGUE, SEED_NEW_COLLEAGUE_CARD, SEED_TB_USERS } from './seed-accounts';
import {
  copyEnterprise,
  copyIntegration,
  copyPerson,
  copyProfile,
  copyRequest,
  copyTbUser,
  MERGER_CARDS,
  MERGER_CLIENTS,
  MERGER_ENTERPRISES,
  MERGER_INTEGRATIONS,
  MERGER_OF_EXISTING,
  MERGER_PEOPLE,
  MERGER_REQUESTS,
  MERGER_TB_USERS,
  MERGER_ASSIGNMENTS,
  MERGER_PRIMAWEB_USERS,
  MERGER_PROFILES,
} from './seed-mergers';
import type { World } from './types';

export const HERSTAPPE = '0212333592';
export const ANTWERPEN = '0212235604';
export const MONT_SAINT_GUIBERT = '0212152262';
export const KOEKELBERG = '0212347648';

/** The card in the reader when the simulator starts: a social worker of OCMW Herstappe with both roles. */
export const DEFAULT_CARD = 'lotte';

export function initialWorld(): World {
  return {
    people: [
      {
        id: 'lotte',
        firstName: 'Lotte',
        lastName: 'Vermeulen',
        insz: '88031412464',
        pin: '1234',
        language: 'nl',
        about: {
          nl: 'Maatschappelijk werker, OCMW Herstappe (Sociaal Agent en OCMW-configuratie)',
          fr: 'Assistante sociale, CPAS de Herstappe (Agent social et Configuration CPAS)',
        },
      },
      {
        id: 'pieter',
        firstName: 'Pieter',
        lastName: 'Claes',
        insz: '79052208774',
        pin: '2580',
        language: 'nl',
        about: {
          nl: 'Nieuwe collega, OCMW Herstappe (Sociaal Agent, nog nooit aangemeld)',
          fr: 'Nouveau collègue, CPAS de Herstappe (Agent social, jamais connecté)',
        },
      },
      {
        id: 'ann',
        firstName: 'Ann',
        lastName: 'Wouters',
        insz: '71091120648',
        pin: '4711',
        language: 'nl',
        about: {
          nl: 'Toegangsbeheerder, gekend bij vier OCMW\'s (overgangsfase)',
          fr: 'Gestionnaire d\'accès, connue dans quatre CPAS (phase de transition)',
        },
      },
      {
        id: 'julie',
        firstName: 'Julie',
        lastName: 'Lambert',
        insz: '93011715831',
        pin: '8520',
        language: 'fr',
        about: {
          nl: 'Maatschappelijk werker, CPAS de Mont-Saint-Guibert (Sociaal Agent)',
          fr: 'Assistante sociale, CPAS de Mont-Saint-Guibert (Agent social)',
        },
      },
      {
        id: 'sofie',
        firstName: 'Sofie',
        lastName: 'Maes',
        insz: '02060407218',
        pin: '9876',
        language: 'nl',
        about: {
          nl: 'Cliënte van het OCMW, geen medewerker (haar certificaat staat op de pc)',
          fr: 'Cliente du CPAS, pas membre du personnel (son certificat est sur le PC)',
        },
      },
      { ...SEED_NEW_COLLEAGUE, about: { ...SEED_NEW_COLLEAGUE.about } },
      ...MERGER_PEOPLE.map(copyPerson),
      // A Co-Lokale beheerder (co-TB) of Herstappe, to rehearse what a co-TB may and may not do (schema 4, migration 'co-toegangsbeheerder-kaart').
      {
        id: 'els',
        firstName: 'Els',
        lastName: 'Mertens',
        insz: '91022311850',
        pin: '6802',
        language: 'nl',
        about: {
          nl: 'Co-Lokale beheerder (co-Toegangsbeheerder), OCMW Herstappe',
          fr: "Co-gestionnaire local (co-gestionnaire d'accès), CPAS de Herstappe",
        },
      },
    ],
    cards: [...['lotte', 'pieter', 'ann', 'julie', 'sofie'].map((personId) => ({ personId, wrongTries: 0, blocked: false })), { ...SEED_NEW_COLLEAGUE_CARD }, ...MERGER_CARDS.map((c) => ({ ...c })), { personId: 'els', wrongTries: 0, blocked: false }],
    readerCardId: 'lotte',
    // The narration: a PC may know several certificates, "bijvoorbeeld dat van een collega of een klant".
    installedCertificates: ['lotte', 'pieter', 'sofie'],
    enterprises: (
      [
        { kbo: ANTWERPEN, officialName: 'CPAS Anvers', displayName: { nl: 'OCMW van Antwerpen', fr: "CPAS d'Anvers" }, capacity: 'maatschappelijkWelzijn' },
        {
          kbo: MONT_SAINT_GUIBERT,
          officialName: 'CPAS DE MONT-SAINT-GUIBERT',
          displayName: { nl: 'OCMW van Mont-Saint-Guibert', fr: 'CPAS de Mont-Saint-Guibert' },
          capacity: 'maatschappelijkWelzijn',
        },
        { kbo: HERSTAPPE, officialName: 'OCMW HERSTAPPE', displayName: { nl: 'OCMW van Herstappe', fr: 'CPAS de Herstappe' }, capacity: 'maatschappelijkWelzijn' },
        {
          kbo: KOEKELBERG,
          officialName: 'OCMW VAN KOEKELBERG',
          displayName: { nl: 'OCMW van Koekelberg', fr: 'CPAS de Koekelberg' },
          capacity: 'maatschappelijkWelzijn',
        },
      ] as Omit<World['enterprises'][number], 'accessManagers' | 'merger'>[]
    )
      .map((e) => ({ ...e, accessManagers: [...(SEED_ACCESS_MANAGERS[e.kbo] ?? [])], merger: MERGER_OF_EXISTING[e.kbo] ?? null }))
      .concat(MERGER_ENTERPRISES.map(copyEnterprise)),
    tbUsers: [...SEED_TB_USERS, ...MERGER_TB_USERS].map(copyTbUser),
    chaman: [],
    ocmwConfigs: [],
    primawebUsers: [
      { personId: 'lotte', kbo: HERSTAPPE, firstLogin: '2024-09-02', active: true },
      { personId: 'ann', kbo: HERSTAPPE, firstLogin: '2023-05-15', active: true },
      ...MERGER_PRIMAWEB_USERS.map((u) => ({ ...u })),
    ],
    profiles: [
      {
        id: 'alle-functies',
        kbo: HERSTAPPE,
        description: { nl: 'Alle functionaliteiten', fr: 'Toutes les fonctionnalités' },
        functions: [...ALL_FUNCTION_IDS],
      },
      ...MERGER_PROFILES.map(copyProfile),
    ],
    assignments: [{ personId: 'lotte', kbo: HERSTAPPE, profileId: 'alle-functies' }, ...MERGER_ASSIGNMENTS.map((a) => ({ ...a }))],
    session: null,
    appSession: null,
    clients: [
      { id: 'sara', firstName: 'Sara', lastName: 'Janssens', insz: '90041221483' },
      { id: 'tom', firstName: 'Tom', lastName: 'Peeters', insz: '88092713395' },
      { id: 'lien', firstName: 'Lien', lastName: 'Peeters', insz: '15060304656' },
      { id: 'noah', firstName: 'Noah', lastName: 'Peeters', insz: '18112205758' },
      { id: 'youssef', firstName: 'Youssef', lastName: 'El Amrani', insz: '75020831168' },
      { id: 'marie', firstName: 'Marie', lastName: 'Dubois', insz: '62051718461' },
      { id: 'jeanne', firstName: 'Jeanne', lastName: 'Dubois', insz: '39030109239' },
      ...MERGER_CLIENTS.map((c) => ({ ...c })),
    ],
    requests: [
      {
        id: 'aanvraag-1',
        kbo: HERSTAPPE,
        createdOn: '2025-01-20',
        household: [
          { clientId: 'sara', role: 'hoofdbegunstigde' },
          { clientId: 'tom', role: 'partner' },
          { clientId: 'lien', role: 'kind' },
          { clientId: 'noah', role: 'kind' },
        ],
      },
      { id: 'aanvraag-2', kbo: HERSTAPPE, createdOn: '2025-01-27', household: [{ clientId: 'youssef', role: 'hoofdbegunstigde' }] },
      { id: 'aanvraag-3', kbo: HERSTAPPE, createdOn: '2025-01-13', household: [{ clientId: 'marie', role: 'hoofdbegunstigde' }] },
      ...MERGER_REQUESTS.map(copyRequest),
    ],
    integrations: [
      // The automatic code 01 of each request: 30 days from the day it was made.
      { clientId: 'sara', institution: `ocmw:${HERSTAPPE}`, code: '01', periods: [{ start: '2025-01-20', end: '2025-02-18' }] },
      { clientId: 'youssef', institution: `ocmw:${HERSTAPPE}`, code: '01', periods: [{ start: '2025-01-27', end: '2025-02-25' }] },
      { clientId: 'marie', institution: `ocmw:${HERSTAPPE}`, code: '01', periods: [{ start: '2025-01-13', end: '2025-02-11' }] },
      // What other institutions filed: clues for the social investigation (003, 3).
      { clientId: 'youssef', institution: `ocmw:${KOEKELBERG}`, code: '02', periods: [{ start: '2023-03-01', end: '2024-02-29' }] },
      { clientId: 'sara', institution: 'groeipakket', code: '01', periods: [{ start: '2015-06-03', end: null }] },
      { clientId: 'tom', institution: 'vdab', code: '01', periods: [{ start: '2024-09-01', end: '2025-08-31' }] },
      { clientId: 'jeanne', institution: 'pensioendienst', code: '01', periods: [{ start: '2004-03-01', end: null }] },
      ...MERGER_INTEGRATIONS.map(copyIntegration),
    ],
    forms: [],
    today: '2025-02-03',
  };
}
