/**
 * What a test ("Toets") leaves: each exercise's result and the report, as the runtime keeps them
 * (record `assessments`), with their validation. The tests themselves and their scoring are in
 * assessments.ts, which loads after the first screen.
 */
import { LOCALES, WORLD_LOCALES, type KeptText } from '../i18n/locales';
import type { Validation } from '../domain/validation';

export interface GoalResult {
  id: string;
  label: KeptText;
  met: boolean;
}

/** How one exercise of a test ended. Labels are kept in the result, so a stored report prints as it was. */
export interface ExerciseResult {
  scenarioId: string;
  title: KeptText;
  goals: GoalResult[];
  /** Actions in the applications that belong to no step of the exercise. */
  wrongActions: number;
  hintsUsed: number;
  /** Handed in before the end state was reached. */
  handedIn: boolean;
  /** The simulated date (ISO day) when the exercise ended; absent in reports stored before it was kept. */
  simulatedDate?: string;
  /** The learner's answer to the exercise's question, when it asked one (absent otherwise, and in older reports). */
  answer?: string;
}

export interface AssessmentReport {
  assessmentId: string;
  title: KeptText;
  /** Real time (ISO), the computer's clock; the simulated date is in the results. */
  startedAt: string;
  finishedAt: string;
  results: ExerciseResult[];
}

/** The simulated date of the report: the day the last exercise ended in the simulation, if known. */
export const simulatedDateOf = (report: AssessmentReport): string | null => [...report.results].reverse().find((r) => r.simulatedDate)?.simulatedDate ?? null;

/**
 * A test under way, kept so that a reload (or a crash of an old PC) does not lose the exercises
 * already done: the exercise that was running starts again, the results so far are kept.
 */
export interface AssessmentRun {
  assessmentId: string;
  startedAt: string;
  /** The exercise running, or the one just ended ("between"). */
  index: number;
  phase: 'exercise' | 'between';
  results: ExerciseResult[];
}

/** The stored reports, newest first; a few are kept so the learner can see their progress. */
export type AssessmentHistory = AssessmentReport[];
export const HISTORY_LENGTH = 10;

export const withReport = (history: AssessmentHistory, report: AssessmentReport): AssessmentHistory => [report, ...history].slice(0, HISTORY_LENGTH);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** Words in every language the report was made in: Dutch and French always, German and English since they exist. */
const isLocalised = (v: unknown) =>
  isObject(v) && WORLD_LOCALES.every((l) => typeof v[l] === 'string') && LOCALES.every((l) => v[l] === undefined || typeof v[l] === 'string');
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
    typeof v.handedIn === 'boolean' &&
    (v.simulatedDate === undefined || (typeof v.simulatedDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.simulatedDate))) &&
    (v.answer === undefined || typeof v.answer === 'string')
  );
}

/** The record of the test under way: `run` is null when none is. */
export interface SavedRun {
  run: AssessmentRun | null;
}

export function validateRun(data: unknown): Validation<SavedRun> {
  if (!isObject(data) || !('run' in data)) return { ok: false, problem: 'assessment-run: object met run verwacht' };
  const run = data.run;
  if (run === null) return { ok: true, value: { run: null } };
  const ok =
    isObject(run) &&
    typeof run.assessmentId === 'string' &&
    isDate(run.startedAt) &&
    isCount(run.index) &&
    (run.phase === 'exercise' || run.phase === 'between') &&
    Array.isArray(run.results) &&
    run.results.every(isResult) &&
    run.results.length === (run.index as number) + (run.phase === 'between' ? 1 : 0);
  return ok ? { ok: true, value: { run: run as unknown as AssessmentRun } } : { ok: false, problem: 'assessment-run: ongeldige toets' };
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
