/**
 * Runs scenarios on top of the login controller and the world:
 * - Demo: highlights each control, shows the narration, and performs the step itself
 *   ("Volgende", or "Afspelen" on a timer); "Vorige" and jumping to a step replay the scenario
 *   from its starting world, so every step can be shown again.
 * - Begeleid: the learner performs each step; any other intent is refused with feedback.
 * - Vrij oefenen: no gate, no highlight; completion is still recognised.
 * - Toets (an exercise of a test): nothing is refused or highlighted, but every action that no step
 *   of the exercise expects counts as wrong, hints count, and the exercise ends when its goals hold
 *   in the world or when the learner hands it in; the result goes to `onAssessed`.
 * The learner's clicks reach the world only through the controller's gate, so guidance cannot
 * be bypassed by a stray click.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { Intent, Simulator } from '../machines/simulator';
import type { WorldAccess } from '../machines/world-access';
import type { World } from '../world/types';
import type { ExerciseResult } from './assessment-report';
import type { Mode, RunMode } from './progress';
import { runnerMachine } from './runner.machine';
import { observe } from './observe';
import { goalsIn, stepContextOf, type Scenario, type ScenarioStep, type StepContext } from './scenario';

export type RunnerSnapshot = SnapshotFrom<typeof runnerMachine>;

export interface RunnerOptions {
  world: WorldAccess;
  simulator: Simulator;
  /** The scenarios, or how to get them now (they load after the first screen). */
  scenarios: readonly Scenario[] | (() => readonly Scenario[]);
  onComplete(scenarioId: string, mode: Mode): void;
  /** An exercise run as part of a test ended: its end state and counts. */
  onAssessed?(result: ExerciseResult): void;
  /** Delay between demo steps while playing, in ms. */
  playDelay?: number;
  schedule?: (fn: () => void, ms: number) => () => void;
}

export interface Runner {
  getSnapshot(): RunnerSnapshot;
  subscribe(listener: (snapshot: RunnerSnapshot) => void): () => void;
  scenario(): Scenario | null;
  step(): ScenarioStep | null;
  /** The data-target to highlight now: in demo and guided mode only. */
  target(): string | null;
  /** The feedback for the last refused intent, if any. */
  lastRefusal(): { intent: Intent; step: ScenarioStep } | null;
  start(scenarioId: string, mode: RunMode): void;
  next(): void;
  previous(): void;
  goTo(index: number): void;
  play(): void;
  pause(): void;
  hint(): void;
  /** In a test: ends the exercise as it stands. */
  handIn(): void;
  restart(): void;
  stop(): void;
}

const defaultSchedule = (fn: () => void, ms: number) => {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
};

export function createRunner(options: RunnerOptions): Runner {
  const { world, simulator } = options;
  const schedule = options.schedule ?? defaultSchedule;
  const playDelay = options.playDelay ?? 3500;
  const actor = createActor(runnerMachine).start();
  let startWorld: World | null = null;
  let refusal: { intent: Intent; step: ScenarioStep } | null = null;
  /** Set while the runner itself acts, so its own intents pass the gate and steps are not double-counted. */
  let acting = false;
  let cancelTimer: (() => void) | null = null;

  const all = (): readonly Scenario[] => (typeof options.scenarios === 'function' ? options.scenarios() : options.scenarios);
  const scenario = () => all().find((s) => s.id === actor.getSnapshot().context.scenarioId) ?? null;
  const step = () => scenario()?.steps[actor.getSnapshot().context.stepIndex] ?? null;
  const ctx = (): StepContext => stepContextOf(world.get(), simulator);
  const running = () => !actor.getSnapshot().matches('idle') && !actor.getSnapshot().matches('completed');
  /** The trainer's tools (simulated date, vendor, card reader) are not the learner's actions in an application. */
  const isTool = (intent: Intent) => intent.type.startsWith('sim.') || intent.type.startsWith('reader.');

  function gate(intent: Intent): boolean {
    if (acting) return true;
    const snapshot = actor.getSnapshot();
    const current = step();
    if (snapshot.matches('demo') && current) {
      refusal = { intent, step: current };
      actor.send({ type: 'REFUSED', reason: 'demoOnly' });
      return false;
    }
    if (snapshot.matches('guided') && current && !current.expects(intent, ctx())) {
      refusal = { intent, step: current };
      actor.send({ type: 'REFUSED', reason: 'wrong' });
      return false;
    }
    if (snapshot.matches('assessment') && !isTool(intent)) {
      // Any step's intent counts as right, in any order: a test checks the end state, not the path.
      const context = ctx();
      if (!scenario()?.steps.some((s) => s.expects(intent, context))) actor.send({ type: 'WRONG' });
    }
    return true;
  }

  /** Performs the current step as the demo does. */
  function performCurrent() {
    const current = step();
    if (!current) return;
    acting = true;
    try {
      for (const intent of [current.perform(ctx())].flat()) simulator.perform(intent);
    } finally {
      acting = false;
    }
    check();
  }

  function check() {
    if (acting || !running()) return;
    const assessing = actor.getSnapshot().matches('assessment');
    // Several steps can hold at once (a reload resumed further on): advance through all of them.
    for (let guard = 0; guard < 50 && running(); guard++) {
      const current = step();
      if (!current || !current.isDone(ctx())) break;
      if (assessing && actor.getSnapshot().context.stepIndex >= actor.getSnapshot().context.stepCount - 1) break;
      refusal = null;
      actor.send({ type: 'STEP_DONE' });
    }
    const current = scenario();
    if (assessing && current && goalsIn(current, ctx()).every((g) => g.met)) actor.send({ type: 'GOALS_MET' });
    if (actor.getSnapshot().matches('completed')) finish();
    else if (actor.getSnapshot().matches({ demo: 'playing' })) armTimer();
  }

  function finish() {
    cancelTimer?.();
    cancelTimer = null;
    simulator.setGate(null);
    const { scenarioId, mode, wrongActions, hintsUsed, handedIn } = actor.getSnapshot().context;
    const current = scenario();
    if (mode === 'assessment' && current) {
      options.onAssessed?.({ scenarioId: current.id, title: current.title, goals: goalsIn(current, ctx()), wrongActions, hintsUsed, handedIn, simulatedDate: world.get().today });
    } else if (scenarioId && mode && mode !== 'assessment') options.onComplete(scenarioId, mode);
  }

  function armTimer() {
    cancelTimer?.();
    cancelTimer = schedule(() => {
      cancelTimer = null;
      if (actor.getSnapshot().matches({ demo: 'playing' })) performCurrent();
    }, playDelay);
  }

  /** Back to the scenario's starting world, then performs steps 0 … index − 1 again. */
  function replayTo(index: number) {
    const current = scenario();
    if (!current || !startWorld) return;
    const base = startWorld;
    world.update(() => base);
    simulator.restart(current.startPage);
    acting = true;
    try {
      for (const s of current.steps.slice(0, index)) for (const intent of [s.perform(ctx())].flat()) simulator.perform(intent);
    } finally {
      acting = false;
    }
  }

  // Whatever moves the flow or the world (the learner, another tab, the card reader) may finish a step.
  simulator.subscribe(() => check());
  world.subscribe(() => check());

  return {
    getSnapshot: () => actor.getSnapshot(),
    subscribe: (listener) => observe(actor, listener),
    scenario,
    step,
    target() {
      const current = step();
      if (!current || !(actor.getSnapshot().matches('demo') || actor.getSnapshot().matches('guided'))) return null;
      return typeof current.target === 'function' ? current.target(ctx()) : current.target;
    },
    lastRefusal: () => (actor.getSnapshot().context.feedback ? refusal : null),
    start(scenarioId, mode) {
      const chosen = all().find((s) => s.id === scenarioId);
      if (!chosen) return;
      this.stop();
      world.update(chosen.prepare);
      startWorld = world.get();
      simulator.restart(chosen.startPage);
      actor.send({ type: 'START', scenarioId, mode, stepCount: chosen.steps.length });
      simulator.setGate(mode === 'practice' ? null : gate);
      check();
    },
    next() {
      if (actor.getSnapshot().matches('demo')) performCurrent();
    },
    previous() {
      const { stepIndex } = actor.getSnapshot().context;
      this.goTo(Math.max(0, stepIndex - 1));
    },
    goTo(index) {
      const { stepCount } = actor.getSnapshot().context;
      if (!actor.getSnapshot().matches('demo') || index < 0 || index >= stepCount) return;
      cancelTimer?.();
      replayTo(index);
      actor.send({ type: 'GOTO', index });
    },
    play() {
      actor.send({ type: 'PLAY' });
      if (actor.getSnapshot().matches({ demo: 'playing' })) armTimer();
    },
    pause() {
      cancelTimer?.();
      cancelTimer = null;
      actor.send({ type: 'PAUSE' });
    },
    hint: () => actor.send({ type: 'HINT' }),
    handIn() {
      if (!actor.getSnapshot().matches('assessment')) return;
      actor.send({ type: 'HAND_IN' });
      finish();
    },
    restart() {
      const { scenarioId, mode } = actor.getSnapshot().context;
      if (scenarioId && mode) this.start(scenarioId, mode);
    },
    stop() {
      cancelTimer?.();
      cancelTimer = null;
      refusal = null;
      simulator.setGate(null);
      actor.send({ type: 'STOP' });
    },
  };
}
