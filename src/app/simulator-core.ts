/**
 * What the runtime needs of the simulated applications, in one module loaded just after the first
 * screen (issue 13.4): the flows' hub and machines, the scenario runner, the world as delivered
 * and the world's records with their validation. The course home is drawn without any of it, so
 * the first screen carries neither xstate nor the seed.
 */
export { createSimulator } from '../machines/simulator';
export { createRunner } from '../training/runner';
export { initialWorld } from '../world/seed';
export { pendingDelegations } from '../world/chaman';
export { withSessionLanguage } from '../world/primaweb';
export { toggleTick } from '../domain/merger-checklist';
export { SCENARIO_RUN_RECORD, WORLD_RECORD } from './world-records';
