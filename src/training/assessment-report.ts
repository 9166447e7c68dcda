/**
 * Tests ("Toets"): a short series of exercises done without guidance, and their scoring.
 * Pure: the runner produces the results, the runtime keeps the reports (record `assessments`).
 */
import { LOCALES } from '../i18n/locales';
import type { Validation } from '../storage/persistence';
import type { Localised } from '../world/types';

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

export interface GoalResult {
  id: string;
  label: Localised;
  met: boolean;
}

/** How one exercise of a test ended. Labels are kept in the result, so a stored report prints as it was. */
export interface ExerciseResult {
  scenarioId: string;
  title: Localised;
  goals: GoalResult[];
  /** Actions in the applications that belong to no step of the exercise. */
  wrongActions: number;
  hintsUsed: number;
  /** Handed in before the end state was reached. */
  handedIn: boolean;
}

export interface AssessmentReport {
  assessmentId: string;
  title: Localised;
  /** Real time (ISO), not the simulated date. */
  startedAt: string;
  finishedAt: string;
  results: ExerciseResult[];
}

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

/** The stored reports, newest first; a few are kept so the learner can see their progress. */
export type AssessmentHistory = AssessmentReport[];
export const HISTORY_LENGTH = 10;

export const withReport = (history: AssessmentHistory, report: AssessmentReport): AssessmentHistory => [report, ...history].slice(0, HISTORY_LENGTH);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isLocalised = (v: unknown) => isObject(v) && LOCALES.every((l) => typeof v[l] === 'string');
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function isResult(v: unknown): v is ExerciseResult {
  return (
    isObject(v) &&
    typeof v.scenarioId === 'string' &&
    isLocalised(v.title) &&
    Array.isArray(v.goals) &&
    v.goals.every((g) => isObject(g) && typeof g.id === 'string' && isLocalised(g.label) && typeof g.met === 'boolean') &&
    isCount(v.wrongActions) &&
    isCount(v.hintsUsed) &&
    typeof v.handedIn === 'boolean'
  );
}

export function validateHistory(data: unknown): Validation<AssessmentHistory> {
  if (!Array.isArray(data)) return { ok: false, problem: 'assessments: lijst verwacht' };
  for (const [i, r] of data.entries()) {
    const ok =
      isObject(r) &&
      typeof r.assessmentId === 'string' &&
      isLocalised(r.title) &&
      isDate(r.startedAt) &&
      isDate(r.finishedAt) &&
      Array.isArray(r.results) &&
      r.results.every(isResult);
    if (!ok) return { ok: false, problem: `assessments[${i}]: ongeldig resultaat` };
  }
  return { ok: true, value: data as AssessmentHistory };
}
