/**
 * What the LMS gets for a package's scope: the whole course, or one module (one package per
 * module, issue 13.1). Derived with the course home's own rules (course-status.ts's moduleStatus:
 * scenarios practised, tests' best and last attempts, passed at 70), so the LMS and the course
 * home never disagree. The tests' scoring is handed in (the caller has it from the lazily loaded
 * assessments.ts), which keeps this module, and the LMS layer, out of the first screen's bundle.
 */
import { inLocale, type Locale } from '../i18n/locales';
import type { AssessmentHistory, AssessmentReport } from '../training/assessment-report';
import { MODULES, moduleOf, type ModuleId } from '../training/course';
import { moduleStatus, type ModuleStatus, type Scoring } from '../training/course-status';
import type { Progress } from '../training/progress';
import type { LmsInteraction, LmsStatus } from './types';

export type LmsScope = 'course' | ModuleId;

/** The tests that exist and their scoring (course-status.ts COURSE_TESTS). */
export interface ScopeTests {
  available: readonly string[];
  scoring: Scoring;
}

export interface ScopeRecords {
  progress: Progress;
  /** Newest first. */
  history: AssessmentHistory;
  /** For the interactions' descriptions. */
  locale: Locale;
}

export const isScope = (value: string): value is LmsScope => value === 'course' || moduleOf(value) !== undefined;

/** Completed: every scenario practised in at least one mode, or one of its tests passed. */
const completedOf = (m: ModuleStatus) => m.practised === m.total || m.tests.some((t) => t.passed);

function successOf(m: ModuleStatus): LmsStatus['success'] {
  if (m.tests.some((t) => t.passed)) return 'passed';
  return m.tests.some((t) => t.last !== null) ? 'failed' : 'unknown';
}

const bestOf = (m: ModuleStatus): number | null =>
  m.tests.reduce<number | null>((best, t) => (t.best && (best === null || t.best.score > best) ? t.best.score : best), null);

/** The exercises of a report as interactions: correct when every goal was met. */
export function interactionsOf(report: AssessmentReport, locale: Locale): LmsInteraction[] {
  return report.results.map((r) => ({
    id: r.scenarioId,
    type: r.answer !== undefined ? 'other' : 'performance',
    description: inLocale(r.title, locale),
    result: r.goals.length > 0 && r.goals.every((g) => g.met) ? 'correct' : 'incorrect',
    ...(r.answer !== undefined ? { learnerResponse: r.answer } : {}),
    timestamp: report.finishedAt,
  }));
}

/**
 * The scope's status. For the course: completed when every module is; passed when every module
 * is, failed when every module's test was taken and one is not passed, unknown before; the score
 * is the mean of the best scores of the modules tested so far.
 */
export function scopeStatus(scope: LmsScope, records: ScopeRecords, tests: ScopeTests): LmsStatus {
  const modules = scope === 'course' ? MODULES : MODULES.filter((m) => m.id === scope);
  const statuses = modules.map((m) => moduleStatus(m, records.progress, records.history, tests));
  const testIds = new Set(modules.flatMap((m) => m.tests));
  const latest = records.history.find((r) => testIds.has(r.assessmentId));
  const interactions = latest ? interactionsOf(latest, records.locale) : [];
  const successes = statuses.map(successOf);
  const scores = statuses.map(bestOf).filter((s): s is number => s !== null);
  const success: LmsStatus['success'] = successes.every((s) => s === 'passed')
    ? 'passed'
    : successes.every((s) => s !== 'unknown')
      ? 'failed'
      : 'unknown';
  return {
    completed: statuses.length > 0 && statuses.every(completedOf),
    success: statuses.length === 0 ? 'unknown' : success,
    score: scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    interactions,
  };
}
