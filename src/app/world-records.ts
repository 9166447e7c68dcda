/**
 * The simulated world and the scenario run under way (whose starting world is a world like any
 * other), as versioned records. Apart from records.ts because their validation belongs to the
 * simulated applications, which load after the first screen.
 */
import type { RecordSpec } from './records';
import { validateWorld } from '../world/validate';
import type { World } from '../world/types';
import { validateScenarioRun, type SavedScenarioRun } from '../training/scenario-run';

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
