/** Which scenarios a learner completed, in which mode, and when (simulated date is not used: real date). */
import * as v from 'valibot';
import { isPlainObject, validation, type Validation } from '../domain/validation';

export const MODES = ['demo', 'guided', 'practice'] as const;
export type Mode = (typeof MODES)[number];
/** How the runner runs a scenario: one of the panel's modes, or as an exercise of a test (no guidance, scored). */
export type RunMode = Mode | 'assessment';

/** scenario id → mode → ISO timestamp of the last completion. */
export const ProgressSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject),
  v.record(v.string(), v.record(v.picklist(MODES), v.optional(v.string()))),
);
export type Progress = v.InferOutput<typeof ProgressSchema>;

export function recordCompletion(progress: Progress, scenarioId: string, mode: Mode, at: Date): Progress {
  return { ...progress, [scenarioId]: { ...progress[scenarioId], [mode]: at.toISOString() } };
}

export const validateProgress = (data: unknown): Validation<Progress> => validation(ProgressSchema, 'progress', data);
