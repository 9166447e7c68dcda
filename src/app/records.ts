/**
 * What the simulator persists, each as its own versioned record (storage/persistence.ts): the
 * learner's records read by the first screen. The world and the scenario run under way are in
 * world-records.ts, loaded with the simulated applications after the first screen.
 */
import { isLocale, type Locale } from '../i18n/locales';
import type { ChecklistTicks } from '../domain/merger-checklist';
import type { MigrationSource, Validation } from '../storage/persistence';
import { validateProgress, type Progress } from '../training/progress';
import { validateHistory, validateRun, type AssessmentHistory, type SavedRun } from '../training/assessment-report';
import { validateCourse, type CourseRecord } from '../training/course-status';

export interface Prefs {
  locale: Locale;
  /** Trainer mode (issue 12.4); optional, so that prefs saved before it stay valid. */
  trainer?: boolean;
}

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
  validate(data) {
    const ok =
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data) &&
      Object.entries(data).every(([k, v]) => ['1', '2', '3'].includes(k) && Array.isArray(v) && v.every((i) => typeof i === 'string'));
    return ok ? { ok: true, value: data as ChecklistTicks } : { ok: false, problem: 'checklist: lijst van aangevinkte punten verwacht' };
  },
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
  validate: (data) => {
    if (typeof data !== 'object' || data === null || !isLocale((data as Prefs).locale)) return { ok: false, problem: 'prefs.locale: onbekende taal' };
    const { locale, trainer } = data as Prefs;
    if (trainer !== undefined && typeof trainer !== 'boolean') return { ok: false, problem: 'prefs.trainer: ja/nee verwacht' };
    return { ok: true, value: trainer === undefined ? { locale } : { locale, trainer } };
  },
};
