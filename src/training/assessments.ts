/**
 * Tests ("Toets"): a short series of exercises done without guidance, and their scoring. Pure:
 * the runner produces the results (assessment-report.ts), assessment.ts runs a test.
 */
import { text, type Text } from '../i18n/text';
import { TITLES } from './titles';

export interface AssessmentDefinition {
  id: string;
  title: Text;
  summary: Text;
  /** The scenario ids of its exercises, in order (practice scenarios, or the tests' own exercises). */
  exercises: readonly string[];
  /** "Fusies 2025" has one test per merger scenario: the learner takes the one of their own OCMW. */
  mergerScenario?: 1 | 2 | 3;
}

/** How the list names each merger scenario, so a learner finds the test of their own OCMW. */
export const MERGER_SCENARIO_NAMES: Record<1 | 2 | 3, Text> = {
  1: text('sc.assessments.mergerScenario1'),
  2: text('sc.assessments.mergerScenario2'),
  3: text('sc.assessments.mergerScenario3'),
};

/** The merger module's test (004): one exercise per application the merger asks the OCMW to handle. */
export const MERGER_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025',
  title: TITLES['toets-fusies-2025'],
  summary: text('sc.assessments.toets-fusies-2025.summary'),
  exercises: ['fusie-integraties', 'fusie-toegangsbeheer', 'fusie-chaman', 'fusie-ocmw-configuratie'],
  mergerScenario: 1,
};

const MERGER_2_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025-scenario-2',
  title: TITLES['toets-fusies-2025-scenario-2'],
  summary: text('sc.assessments.toets-fusies-2025-scenario-2.summary'),
  exercises: ['toets-fusie2-aanmelden', 'toets-fusie2-integraties', 'toets-fusie2-toegangsbeheer-toevoegen', 'toets-fusie2-toegangsbeheer-blokkeren'],
  mergerScenario: 2,
};

const MERGER_3_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025-scenario-3',
  title: TITLES['toets-fusies-2025-scenario-3'],
  summary: text('sc.assessments.toets-fusies-2025-scenario-3.summary'),
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
    summary: text('sc.assessments.toets-aanmelden.summary'),
    exercises: ['toets-aanmelden-collega', 'toets-aanmelden-onderneming', 'toets-aanmelden-rol', 'toets-aanmelden-ander-ocmw'],
  },
  {
    id: 'toets-profielen',
    title: TITLES['toets-profielen'],
    summary: text('sc.assessments.toets-profielen.summary'),
    exercises: ['toets-profielen-creeren', 'toets-profielen-toekennen', 'toets-profielen-verwijderen', 'toets-profielen-deactiveren'],
  },
  {
    id: 'toets-integraties',
    title: TITLES['toets-integraties'],
    summary: text('sc.assessments.toets-integraties.summary'),
    exercises: ['toets-integraties-maximum', 'toets-integraties-deel', 'toets-integraties-repertorium', 'toets-integraties-formulier-b'],
  },
  {
    id: 'toets-toepassingen',
    title: TITLES['toets-toepassingen'],
    summary: text('sc.assessments.toets-toepassingen.summary'),
    exercises: ['toets-toepassingen-gebruiker', 'toets-toepassingen-sftp', 'toets-toepassingen-mutaties', 'toets-toepassingen-herinneringen'],
  },
];

/** Every test, in the order of the course's modules (the merger tests last, scenario 1, 2, 3). */
export const ASSESSMENTS: readonly AssessmentDefinition[] = [...MODULE_ASSESSMENTS, MERGER_ASSESSMENT, MERGER_2_ASSESSMENT, MERGER_3_ASSESSMENT];

// The scoring rule lives apart, so the course home scores kept reports without loading the tests.
export { exerciseScore, passed, reportScore, SCORING } from './scoring';

