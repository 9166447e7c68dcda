/**
 * Tests ("Toets"): a short series of exercises done without guidance, and their scoring. Pure:
 * the runner produces the results (assessment-report.ts), assessment.ts runs a test.
 */
import type { Localised } from '../world/types';
import { TITLES } from './titles';

export interface AssessmentDefinition {
  id: string;
  title: Localised;
  summary: Localised;
  /** The scenario ids of its exercises, in order (practice scenarios, or the tests' own exercises). */
  exercises: readonly string[];
  /** "Fusies 2025" has one test per merger scenario: the learner takes the one of their own OCMW. */
  mergerScenario?: 1 | 2 | 3;
}

/** How the list names each merger scenario, so a learner finds the test of their own OCMW. */
export const MERGER_SCENARIO_NAMES: Record<1 | 2 | 3, Localised> = {
  1: { nl: 'Scenario 1: nieuw KBO-nummer (bv. Melle en Merelbeke → Merelbeke-Melle)', fr: 'Scénario 1 : nouveau numéro BCE (p. ex. Melle et Merelbeke → Merelbeke-Melle)' },
  2: { nl: 'Scenario 2: behoud KBO & nieuw NIS (bv. Moerbeke → Lokeren)', fr: 'Scénario 2 : maintien BCE & nouveau INS (p. ex. Moerbeke → Lokeren)' },
  3: { nl: 'Scenario 3: behoud KBO & NIS (bv. Borsbeek → Antwerpen)', fr: 'Scénario 3 : maintien BCE & INS (p. ex. Borsbeek → Anvers)' },
};

/** The merger module's test (004): one exercise per application the merger asks the OCMW to handle. */
export const MERGER_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025',
  title: TITLES['toets-fusies-2025'],
  summary: {
    nl: 'Vier oefeningen zonder begeleiding: integraties overzetten, de toegangsbeheerder van het nieuwe OCMW aanstellen, de ChaMan-accounts en de OCMW-configuratie voor het nieuwe KBO-nummer. U krijgt een score die u kan afdrukken.',
    fr: 'Quatre exercices sans accompagnement : transférer les intégrations, désigner le gestionnaire d\'accès du nouveau CPAS, les comptes ChaMan et la Configuration CPAS pour le nouveau numéro BCE. Vous obtenez un score que vous pouvez imprimer.',
  },
  exercises: ['fusie-integraties', 'fusie-toegangsbeheer', 'fusie-chaman', 'fusie-ocmw-configuratie'],
  mergerScenario: 1,
};

const MERGER_2_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025-scenario-2',
  title: TITLES['toets-fusies-2025-scenario-2'],
  summary: {
    nl: 'Vier oefeningen zonder begeleiding voor een OCMW dat fusioneert met behoud van een KBO-nummer en een nieuw NIS: aanmelden in de overgangsfase, een lopend dossier overzetten, het huidige Toegangsbeheer updaten (een collega toevoegen, een afwezige collega blokkeren).',
    fr: 'Quatre exercices sans accompagnement pour un CPAS qui fusionne en gardant un numéro BCE et avec un nouveau INS : se connecter pendant la phase de transition, transférer un dossier en cours, mettre à jour la Gestion des accès actuelle (ajouter un collègue, bloquer une collègue absente).',
  },
  exercises: ['toets-fusie2-aanmelden', 'toets-fusie2-integraties', 'toets-fusie2-toegangsbeheer-toevoegen', 'toets-fusie2-toegangsbeheer-blokkeren'],
  mergerScenario: 2,
};

const MERGER_3_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025-scenario-3',
  title: TITLES['toets-fusies-2025-scenario-3'],
  summary: {
    nl: 'Vier oefeningen zonder begeleiding voor een OCMW dat opgaat in een OCMW waarvan KBO-nummer en NIS behouden blijven: aanmelden in de overgangsfase, een lopend dossier overzetten, het Toegangsbeheer van beide OCMW\'s opkuisen.',
    fr: 'Quatre exercices sans accompagnement pour un CPAS qui rejoint un CPAS dont le numéro BCE et l\'INS sont conservés : se connecter pendant la phase de transition, transférer un dossier en cours, nettoyer la Gestion des accès des deux CPAS.',
  },
  exercises: ['toets-fusie3-aanmelden', 'toets-fusie3-integraties', 'toets-fusie3-toegangsbeheer-borsbeek', 'toets-fusie3-toegangsbeheer-antwerpen'],
  mergerScenario: 3,
};

/** The merger test of each scenario. */
export const MERGER_ASSESSMENTS: Record<1 | 2 | 3, AssessmentDefinition> = { 1: MERGER_ASSESSMENT, 2: MERGER_2_ASSESSMENT, 3: MERGER_3_ASSESSMENT };

/** One test per module of the course (course.ts), on the tests' own exercises (scenarios/tests). */
const MODULE_ASSESSMENTS: readonly AssessmentDefinition[] = [
  {
    id: 'toets-aanmelden',
    title: TITLES['toets-aanmelden'],
    summary: {
      nl: 'Vier aanmeldingen zonder begeleiding: met de kaart van een collega, bij de juiste onderneming, met de juiste rol, voor een ander OCMW.',
      fr: 'Quatre connexions sans accompagnement : avec la carte d\'un collègue, auprès de la bonne entreprise, avec le bon rôle, pour un autre CPAS.',
    },
    exercises: ['toets-aanmelden-collega', 'toets-aanmelden-onderneming', 'toets-aanmelden-rol', 'toets-aanmelden-ander-ocmw'],
  },
  {
    id: 'toets-profielen',
    title: TITLES['toets-profielen'],
    summary: {
      nl: 'Vier oefeningen zonder begeleiding: een profiel maken uit een voorgedefinieerd profiel, een profiel toekennen dat de collega na aanmelding ziet, een toegekend profiel verwijderen, gebruikers deactiveren en reactiveren.',
      fr: 'Quatre exercices sans accompagnement : créer un profil à partir d\'un profil prédéfini, attribuer un profil que la collègue voit après sa connexion, supprimer un profil attribué, désactiver et réactiver des utilisateurs.',
    },
    exercises: ['toets-profielen-creeren', 'toets-profielen-toekennen', 'toets-profielen-verwijderen', 'toets-profielen-deactiveren'],
  },
  {
    id: 'toets-integraties',
    title: TITLES['toets-integraties'],
    summary: {
      nl: 'Vier oefeningen zonder begeleiding: integreren voor de maximale duur, een deel van een periode desintegreren, het repertorium raadplegen en een vraag beantwoorden, formulier B verzenden als een integratie ontbreekt.',
      fr: 'Quatre exercices sans accompagnement : intégrer pour la durée maximale, désintégrer une partie d\'une période, consulter le répertoire et répondre à une question, envoyer le formulaire B quand une intégration manque.',
    },
    exercises: ['toets-integraties-maximum', 'toets-integraties-deel', 'toets-integraties-repertorium', 'toets-integraties-formulier-b'],
  },
  {
    id: 'toets-toepassingen',
    title: TITLES['toets-toepassingen'],
    summary: {
      nl: 'Vier oefeningen zonder begeleiding: een collega met andere toepassingen toevoegen, een SFTP-account aanmaken, andere mutaties uitvinken, de herinneringen van OCMW Online instellen.',
      fr: 'Quatre exercices sans accompagnement : ajouter une collègue avec d\'autres applications, créer un compte SFTP, décocher d\'autres mutations, paramétrer les rappels de CPAS Online.',
    },
    exercises: ['toets-toepassingen-gebruiker', 'toets-toepassingen-sftp', 'toets-toepassingen-mutaties', 'toets-toepassingen-herinneringen'],
  },
];

/** Every test, in the order of the course's modules (the merger tests last, scenario 1, 2, 3). */
export const ASSESSMENTS: readonly AssessmentDefinition[] = [...MODULE_ASSESSMENTS, MERGER_ASSESSMENT, MERGER_2_ASSESSMENT, MERGER_3_ASSESSMENT];

// The scoring rule lives apart, so the course home scores kept reports without loading the tests.
export { exerciseScore, passed, reportScore, SCORING } from './scoring';

