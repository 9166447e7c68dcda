/**
 * A scenario run kept for a reload (in demo, guided or free-practice mode): the world it started
 * from and every intent let through since. Replaying the intents on the starting world rebuilds the
 * world and every screen exactly, and so the step the learner was at; the screens' own state needs
 * no saving (and an XState snapshot, whose state names may change, is never stored).
 */
import type { Validation } from '../domain/validation';
import type { Intent } from '../machines/simulator';
import { validateWorld } from '../world/validate';
import type { World } from '../world/types';
import { MODES, type Mode } from './progress';

export interface ScenarioRun {
  scenarioId: string;
  mode: Mode;
  startWorld: World;
  intents: Intent[];
}

/** The stored record: the run under way, or none. */
export interface SavedScenarioRun {
  run: ScenarioRun | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateScenarioRun(data: unknown): Validation<SavedScenarioRun> {
  if (!isObject(data) || !('run' in data)) return { ok: false, problem: 'scenario-run: object met run verwacht' };
  const run = data.run;
  if (run === null) return { ok: true, value: { run: null } };
  if (!isObject(run) || typeof run.scenarioId !== 'string' || !(MODES as readonly unknown[]).includes(run.mode)) {
    return { ok: false, problem: 'scenario-run: ongeldig scenario of ongeldige modus' };
  }
  if (!Array.isArray(run.intents) || !run.intents.every((i) => isObject(i) && typeof i.type === 'string')) {
    return { ok: false, problem: 'scenario-run: ongeldige handelingen' };
  }
  const world = validateWorld(run.startWorld);
  if (!world.ok) return { ok: false, problem: `scenario-run: ${world.problem}` };
  return { ok: true, value: { run: { scenarioId: run.scenarioId, mode: run.mode as Mode, startWorld: world.world, intents: run.intents as unknown as Intent[] } } };
}
