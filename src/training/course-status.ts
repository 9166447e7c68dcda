/**
 * Where a learner stands in the course: per module, the scenarios practised (in which modes), the
 * tests' last and best scores, whether the module is passed, and the one next action the course
 * home offers. Pure: derived from the progress and the kept test reports; the course home renders it.
 * Also the `course` record (the last activity, for "Verder waar u gebleven was", and the
 * learner's name for the certificate) with its validation.
 */
import * as v from 'valibot';
import { validation, type Validation } from '../domain/validation';
import type { AssessmentHistory, AssessmentReport } from './assessment-report';
import { MODULES, type CourseModule } from './course';
import { MODES, type Mode, type Progress } from './progress';
import { passed, reportScore } from './scoring';

export interface ScenarioStatus {
  id: string;
  /** The modes the scenario was completed in, in the panel's order. */
  modes: Mode[];
  /** Completed in at least one mode. */
  practised: boolean;
}

export interface Attempt {
  report: AssessmentReport;
  score: number;
  passed: boolean;
}

export interface TestStatus {
  id: string;
  last: Attempt | null;
  best: Attempt | null;
  passed: boolean;
}

export type NextAction =
  | { kind: 'begin'; scenarioId: string }
  | { kind: 'continue'; scenarioId: string }
  | { kind: 'test'; testId: string }
  /** A test is passed: the certificate. */
  | { kind: 'certificate'; testId: string }
  /** Every scenario practised, no test available (yet). */
  | { kind: 'practised' };

export interface ModuleStatus {
  module: CourseModule;
  scenarios: ScenarioStatus[];
  practised: number;
  total: number;
  /** Only the tests that exist (are loaded); others are left out. */
  tests: TestStatus[];
  /** The best passing attempt of any of the module's tests (for the certificate), if any. */
  certificate: (Attempt & { testId: string }) | null;
  next: NextAction;
}

/** The mode "Beginnen" and "Verder" start a scenario in: guided, the learner acts with help. */
export const START_MODE: Mode = 'guided';

/**
 * The tests' scoring (assessments.ts's reportScore and passed), handed in with the tests' definitions:
 * they load after the first screen, which this module is part of.
 */
export interface Scoring {
  score(report: AssessmentReport): number;
  passed(report: AssessmentReport): boolean;
}

/** The course's tests and their scoring: what the course home scores the kept reports with, without loading the tests. */
export const COURSE_TESTS: { available: readonly string[]; scoring: Scoring } = {
  available: MODULES.flatMap((m) => m.tests),
  scoring: { score: reportScore, passed },
};

const attempt = (scoring: Scoring) => (report: AssessmentReport): Attempt => ({ report, score: scoring.score(report), passed: scoring.passed(report) });

/** A test's last attempt (the history is newest first) and its best (highest score, the newer on a tie). */
export function testStatus(id: string, history: AssessmentHistory, scoring: Scoring): TestStatus {
  const attempts = history.filter((r) => r.assessmentId === id).map(attempt(scoring));
  const best = attempts.reduce<Attempt | null>((b, a) => (b === null || a.score > b.score ? a : b), null);
  return { id, last: attempts[0] ?? null, best, passed: attempts.some((a) => a.passed) };
}

/** `tests`: the tests that exist and their scoring, once loaded (null before: no test is shown). */
export function moduleStatus(
  module: CourseModule,
  progress: Progress,
  history: AssessmentHistory,
  tests: { available: readonly string[]; scoring: Scoring } | null,
): ModuleStatus {
  const scenarios = module.scenarios.map((id) => {
    const modes = MODES.filter((m) => progress[id]?.[m]);
    return { id, modes, practised: modes.length > 0 };
  });
  const practised = scenarios.filter((s) => s.practised).length;
  const statuses = tests ? module.tests.filter((id) => tests.available.includes(id)).map((id) => testStatus(id, history, tests.scoring)) : [];
  const certificate = statuses
    .filter((t) => t.passed && t.best)
    .map((t) => ({ ...(t.best as Attempt), testId: t.id }))
    .reduce<(Attempt & { testId: string }) | null>((b, a) => (b === null || a.score > b.score ? a : b), null);
  const firstOpen = scenarios.find((s) => !s.practised);
  const next: NextAction = certificate
    ? { kind: 'certificate', testId: certificate.testId }
    : firstOpen
      ? practised === 0
        ? { kind: 'begin', scenarioId: firstOpen.id }
        : { kind: 'continue', scenarioId: firstOpen.id }
      : statuses[0]
        ? { kind: 'test', testId: statuses[0].id }
        : { kind: 'practised' };
  return { module, scenarios, practised, total: scenarios.length, tests: statuses, certificate, next };
}

export const NAME_MAX = 80;

/** What the learner did last: a scenario in one of the panel's modes, or a test. */
export const LastActivitySchema = v.variant('kind', [
  v.object({ kind: v.literal('scenario'), id: v.string(), mode: v.picklist(MODES) }),
  v.object({ kind: v.literal('test'), id: v.string() }),
]);
export type LastActivity = v.InferOutput<typeof LastActivitySchema>;

export const CourseRecordSchema = v.object({
  lastActivity: v.nullable(LastActivitySchema),
  /** As typed by the learner for their certificate; '' until then. */
  learnerName: v.pipe(v.string(), v.maxLength(NAME_MAX, 'te lang')),
});
export interface CourseRecord extends v.InferOutput<typeof CourseRecordSchema> {}

export const EMPTY_COURSE: CourseRecord = { lastActivity: null, learnerName: '' };

/** The learner's name for the certificate: the message key of what is wrong, or null when it is fine. */
export function nameProblem(name: string): 'course.name.empty' | 'course.name.long' | null {
  const trimmed = name.trim();
  if (trimmed.length < 2) return 'course.name.empty';
  if (trimmed.length > NAME_MAX) return 'course.name.long';
  return null;
}

/** The course record as checked: the schema's keys only, as it always was. */
export const validateCourse = (data: unknown): Validation<CourseRecord> => validation(CourseRecordSchema, 'course', data, true);

export const sameActivity = (a: LastActivity | null, b: LastActivity | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id && (a.kind === 'test' || (b.kind === 'scenario' && a.mode === b.mode)));
