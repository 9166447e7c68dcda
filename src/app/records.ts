/** What the simulator persists, each as its own versioned record (storage/persistence.ts). */
import { isLocale, type Locale } from '../i18n/locales';
import type { ChecklistTicks } from '../domain/merger-checklist';
import type { MigrationSource, Validation } from '../storage/persistence';
import { validateWorld } from '../world/validate';
import type { World } from '../world/types';
import { validateProgress, type Progress } from '../training/progress';
import { validateHistory, validateRun, type AssessmentHistory, type SavedRun } from '../training/assessment-report';
import { validateScenarioRun, type SavedScenarioRun } from '../training/scenario-run';
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


export const WORLD_RECORD: RecordSpec<World> = {
  key: 'world',
  schema: 4,
  // Loaded only for an older save: the first screen does not carry the migrations and their data.
  migrations: () => import('./world-migrations').then((m) => m.WORLD_MIGRATIONS),
  validate(data) {
    const result = validateWorld(data);
    return result.ok ? { ok: true, value: result.world } : result;
  },
};

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

/**
 * The scenario run under way (demo, guided, free practice), so that a reload or a closed tab
 * comes back at the same step. Its starting world is a world like any other: the record shares
 * the world's schema, and the world's migrations apply to it.
 */
export const SCENARIO_RUN_RECORD: RecordSpec<SavedScenarioRun> = {
  key: 'scenario-run',
  schema: WORLD_RECORD.schema,
  migrations: async () => {
    const { WORLD_MIGRATIONS } = await import('./world-migrations');
    return WORLD_MIGRATIONS.map((m) => ({
      from: m.from,
      name: `scenario-run/${m.name}`,
      up: (data: unknown) => {
        const run = (data as { run?: { startWorld?: unknown } | null } | null)?.run;
        return run ? { ...(data as object), run: { ...run, startWorld: m.up(run.startWorld) } } : data;
      },
    }));
  },
  validate: validateScenarioRun,
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
