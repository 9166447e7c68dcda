/**
 * A scenario run kept for a reload (in demo, guided or free-practice mode): the world it started
 * from and every intent let through since. Replaying the intents on the starting world rebuilds the
 * world and every screen exactly, and so the step the learner was at; the screens' own state needs
 * no saving (and an XState snapshot, whose state names may change, is never stored).
 */
import * as v from 'valibot';
import type { Intent } from '../machines/simulator';
import { WorldSchema } from '../world/schema';
import { isPlainObject, validation, type Validation } from '../domain/validation';
import { MODES } from './progress';

/**
 * An intent as stored: an object with a type. Which intents exist is the hub's to say, and a
 * replay that meets one it does not know refuses it like any other.
 */
const IntentSchema = v.custom<Intent>((i) => isPlainObject(i) && typeof i.type === 'string', 'handeling verwacht');

export const ScenarioRunSchema = v.object({
  scenarioId: v.string(),
  mode: v.picklist(MODES),
  startWorld: WorldSchema,
  intents: v.array(IntentSchema),
});
export interface ScenarioRun extends v.InferOutput<typeof ScenarioRunSchema> {}

/** The stored record: the run under way, or none. */
export const SavedScenarioRunSchema = v.object({ run: v.nullable(ScenarioRunSchema) });
export interface SavedScenarioRun extends v.InferOutput<typeof SavedScenarioRunSchema> {}

export const validateScenarioRun = (data: unknown): Validation<SavedScenarioRun> => validation(SavedScenarioRunSchema, 'scenario-run', data);
