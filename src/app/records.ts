/**
 * What the simulator persists, each as its own versioned record (storage/persistence.ts): the
 * learner's records read by the first screen. The world and the scenario run under way are in
 * world-records.ts, loaded with the simulated applications after the first screen.
 */
import * as v from 'valibot';
import { LOCALES } from '../i18n/locales';
import type { ChecklistTicks } from '../domain/merger-checklist';
import type { MigrationSource, Validation } from '../storage/persistence';
import { isPlainObject, validation } from '../domain/validation';
import { validateProgress, type Progress } from '../training/progress';
import { validateHistory, validateRun, type AssessmentHistory, type SavedRun } from '../training/assessment-report';
import { validateCourse, type CourseRecord } from '../training/course-status';

export const PrefsSchema = v.object({
  locale: v.picklist(LOCALES, 'onbekende taal'),
  /** Trainer mode (issue 12.4); optional, so that prefs saved before it stay valid. */
  trainer: v.optional(v.boolean()),
});
export interface Prefs extends v.InferOutput<typeof PrefsSchema> {}

/** Ticked items per merger scenario ("1", "2", "3"): the item ids. */
const ChecklistSchema: v.GenericSchema<ChecklistTicks> = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject),
  v.record(v.picklist(['1', '2', '3']), v.optional(v.array(v.string()))),
);

export interface RecordSpec<T> {
  key: string;
  schema: number;
  migrations: MigrationSource;
  validate(data: unknown): Validation<T>;
}


export const PROGRESS_RECORD: RecordSpec<Progress> = {
  key: 'progress',
  schema: 1,
  migrations: [],
  validate: validateProgress,
};

/** The learner's ticks in the merger checklists ("Fusies 2025"). */
export const CHECKLIST_RECORD: RecordSpec<ChecklistTicks> = {
  key: 'checklist',
  schema: 1,
  migrations: [],
  validate: (data) => validation(ChecklistSchema, 'checklist', data),
};

/** The reports of the tests the learner finished, newest first. */
export const ASSESSMENTS_RECORD: RecordSpec<AssessmentHistory> = {
  key: 'assessments',
  schema: 1,
  migrations: [],
  validate: validateHistory,
};

/** The test under way, if any (so that a reload does not lose the exercises done). */
export const ASSESSMENT_RUN_RECORD: RecordSpec<SavedRun> = {
  key: 'assessment-run',
  schema: 1,
  migrations: [],
  validate: validateRun,
};

/** The course: the learner's last scenario or test ("Verder waar u gebleven was") and their name for the certificate. */
export const COURSE_RECORD: RecordSpec<CourseRecord> = {
  key: 'course',
  schema: 1,
  migrations: [],
  validate: validateCourse,
};

export const PREFS_RECORD: RecordSpec<Prefs> = {
  key: 'prefs',
  schema: 1,
  migrations: [],
  // The schema's keys only, as it always was.
  validate: (data) => validation(PrefsSchema, 'prefs', data, true),
};
