/**
 * What a test ("Toets") leaves: each exercise's result and the report, as the runtime keeps them
 * (record `assessments`), with their validation. The tests themselves and their scoring are in
 * assessments.ts, which loads after the first screen.
 */
import * as v from 'valibot';
import type { KeptText } from '../i18n/locales';
import { validation, type Validation } from '../domain/validation';

/**
 * Words in every language the report was made in: Dutch and French always, German and English
 * since they exist (KeptText).
 */
const KeptTextSchema: v.GenericSchema<KeptText> = v.object({ nl: v.string(), fr: v.string(), de: v.optional(v.string()), en: v.optional(v.string()) });
/** A count of things done: a whole number, zero or more. */
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A moment of the computer's clock, as Date.parse reads it. */
const Moment = v.pipe(v.string(), v.check((s) => !Number.isNaN(Date.parse(s)), 'tijdstip verwacht'));

export const GoalResultSchema = v.object({ id: v.string(), label: KeptTextSchema, met: v.boolean() });
export interface GoalResult extends v.InferOutput<typeof GoalResultSchema> {}

/** How one exercise of a test ended. Labels are kept in the result, so a stored report prints as it was. */
export const ExerciseResultSchema = v.object({
  scenarioId: v.string(),
  title: KeptTextSchema,
  goals: v.array(GoalResultSchema),
  /** Actions in the applications that belong to no step of the exercise. */
  wrongActions: Count,
  hintsUsed: Count,
  /** Handed in before the end state was reached. */
  handedIn: v.boolean(),
  /** The simulated date (ISO day) when the exercise ended; absent in reports stored before it was kept. */
  simulatedDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'datum verwacht'))),
  /** The learner's answer to the exercise's question, when it asked one (absent otherwise, and in older reports). */
  answer: v.optional(v.string()),
});
export interface ExerciseResult extends v.InferOutput<typeof ExerciseResultSchema> {}

export const AssessmentReportSchema = v.object({
  assessmentId: v.string(),
  title: KeptTextSchema,
  /** Real time (ISO), the computer's clock; the simulated date is in the results. */
  startedAt: Moment,
  finishedAt: Moment,
  results: v.array(ExerciseResultSchema),
});
export interface AssessmentReport extends v.InferOutput<typeof AssessmentReportSchema> {}

/** The simulated date of the report: the day the last exercise ended in the simulation, if known. */
export const simulatedDateOf = (report: AssessmentReport): string | null => [...report.results].reverse().find((r) => r.simulatedDate)?.simulatedDate ?? null;

/**
 * A test under way, kept so that a reload (or a crash of an old PC) does not lose the exercises
 * already done: the exercise that was running starts again, the results so far are kept.
 */
export const AssessmentRunSchema = v.pipe(
  v.object({
    assessmentId: v.string(),
    startedAt: Moment,
    /** The exercise running, or the one just ended ("between"). */
    index: Count,
    phase: v.picklist(['exercise', 'between']),
    results: v.array(ExerciseResultSchema),
  }),
  v.forward(
    v.check((run) => run.results.length === run.index + (run.phase === 'between' ? 1 : 0), 'aantal resultaten past niet bij de oefening'),
    ['results'],
  ),
);
export interface AssessmentRun extends v.InferOutput<typeof AssessmentRunSchema> {}

/** The stored reports, newest first; a few are kept so the learner can see their progress. */
export const AssessmentHistorySchema = v.array(AssessmentReportSchema);
export type AssessmentHistory = AssessmentReport[];
export const HISTORY_LENGTH = 10;

export const withReport = (history: AssessmentHistory, report: AssessmentReport): AssessmentHistory => [report, ...history].slice(0, HISTORY_LENGTH);

/** The record of the test under way: `run` is null when none is. */
export const SavedRunSchema = v.object({ run: v.nullable(AssessmentRunSchema) });
export interface SavedRun extends v.InferOutput<typeof SavedRunSchema> {}

export const validateRun = (data: unknown): Validation<SavedRun> => validation(SavedRunSchema, 'assessment-run', data);

export const validateHistory = (data: unknown): Validation<AssessmentHistory> => validation(AssessmentHistorySchema, 'assessments', data);
