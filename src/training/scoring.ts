/**
 * How a test is scored (0–100, pass mark 70): pure and small, so the course home and the LMS
 * reports score the kept reports without loading the tests themselves.
 */
import type { AssessmentReport, ExerciseResult } from './assessment-report';

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
