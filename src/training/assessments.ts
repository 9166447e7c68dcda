/**
 * Tests ("Toets"): a short series of exercises done without guidance, and their scoring. Pure:
 * the runner produces the results (assessment-report.ts), assessment.ts runs a test.
 */
import type { Localised } from '../world/types';
import type { AssessmentReport, ExerciseResult } from './assessment-report';

export interface AssessmentDefinition {
  id: string;
  title: Localised;
  summary: Localised;
  /** The scenario ids of its exercises, in order. */
  exercises: readonly string[];
}

/** The merger module's test (004): one exercise per application the merger asks the OCMW to handle. */
export const MERGER_ASSESSMENT: AssessmentDefinition = {
  id: 'toets-fusies-2025',
  title: { nl: 'Toets: fusies 2025', fr: 'Test : fusions 2025' },
  summary: {
    nl: 'Vier oefeningen zonder begeleiding: integraties overzetten, de toegangsbeheerder van het nieuwe OCMW aanstellen, de ChaMan-accounts en de OCMW-configuratie voor het nieuwe KBO-nummer. U krijgt een score die u kan afdrukken.',
    fr: 'Quatre exercices sans accompagnement : transférer les intégrations, désigner le gestionnaire d\'accès du nouveau CPAS, les comptes ChaMan et la Configuration CPAS pour le nouveau numéro BCE. Vous obtenez un score que vous pouvez imprimer.',
  },
  exercises: ['fusie-integraties', 'fusie-toegangsbeheer', 'fusie-chaman', 'fusie-ocmw-configuratie'],
};

export const ASSESSMENTS: readonly AssessmentDefinition[] = [MERGER_ASSESSMENT];

/** The scoring rule, shown to the learner next to the score. */
export const SCORING = { perWrongAction: 3, perHint: 10, passMark: 70 } as const;

/** 0–100: the share of goals reached, less a fixed penalty per wrong action and per hint. */
export function exerciseScore(result: ExerciseResult): number {
  const reached = result.goals.length === 0 ? 0 : result.goals.filter((g) => g.met).length / result.goals.length;
  const raw = Math.round(100 * reached) - SCORING.perWrongAction * result.wrongActions - SCORING.perHint * result.hintsUsed;
  return Math.max(0, Math.min(100, raw));
}

/** The test's score: the mean of its exercises' scores, rounded. */
export function reportScore(report: Pick<AssessmentReport, 'results'>): number {
  if (report.results.length === 0) return 0;
  return Math.round(report.results.reduce((sum, r) => sum + exerciseScore(r), 0) / report.results.length);
}

export const passed = (report: Pick<AssessmentReport, 'results'>): boolean => reportScore(report) >= SCORING.passMark;

