/** Which scenarios a learner completed, in which mode, and when (simulated date is not used: real date). */
import type { Validation } from '../domain/validation';

export const MODES = ['demo', 'guided', 'practice'] as const;
export type Mode = (typeof MODES)[number];
/** How the runner runs a scenario: one of the panel's modes, or as an exercise of a test (no guidance, scored). */
export type RunMode = Mode | 'assessment';

/** scenario id → mode → ISO timestamp of the last completion. */
export type Progress = Record<string, Partial<Record<Mode, string>>>;

export function recordCompletion(progress: Progress, scenarioId: string, mode: Mode, at: Date): Progress {
  return { ...progress, [scenarioId]: { ...progress[scenarioId], [mode]: at.toISOString() } };
}

export function validateProgress(data: unknown): Validation<Progress> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'progress: object verwacht' };
  for (const [id, modes] of Object.entries(data)) {
    if (typeof modes !== 'object' || modes === null) return { ok: false, problem: `progress.${id}: object verwacht` };
    for (const [mode, at] of Object.entries(modes)) {
      if (!(MODES as readonly string[]).includes(mode) || typeof at !== 'string') return { ok: false, problem: `progress.${id}.${mode}: ongeldig` };
    }
  }
  return { ok: true, value: data as Progress };
}
