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
import { sayAll } from '../i18n/i18n.svelte';
import type { Text } from '../i18n/text';
import type { Intent, Simulator } from '../machines/simulator';
import type { WorldAccess } from '../machines/world-access';
import type { World } from '../world/types';
import type { ExerciseResult } from './assessment-report';
import type { Mode, RunMode } from './progress';
import type { ScenarioRun } from './scenario-run';
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
  /**
   * The world a scenario is prepared from. The simulator gives a fresh one, so that a scenario or
   * test never works in (or overwrites) the learner's own world; by default, the world as it is.
   */
  baseWorld?: () => World;
  /**
   * The prepared world as the learner meets it: the simulator opens a session the set-up left open
   * in the learner's language (a French learner's PrimaWeb shows the French descriptions).
   */
  prepared?: (world: World) => World;
  /** A run begins (before its world is prepared): the learner's own world is about to be left. */
  onEnter?(): void;
  /** The learner left the run (stopped or closed it; not a restart or the next exercise). */
  onLeave?(): void;
  /** Delay between demo steps while playing, in ms. */
  playDelay?: number;
  schedule?: (fn: () => void, ms: number) => () => void;
}

/** A refused intent, as the panel tells it: its step, and the step's own feedback for it if it has one. */
export interface Refusal {
  step: ScenarioStep;
  feedback: Text | null;
}

export interface Runner {
  getSnapshot(): RunnerSnapshot;
  subscribe(listener: (snapshot: RunnerSnapshot) => void): () => void;
  scenario(): Scenario | null;
  step(): ScenarioStep | null;
  /** The data-target to highlight now: in demo and guided mode only. */
  target(): string | null;
  /** The feedback for the last refused intent, if any. */
  lastRefusal(): Refusal | null;
  start(scenarioId: string, mode: RunMode): void;
  next(): void;
  previous(): void;
  /** Jumps to a step (demo, guided, free practice): the world is prepared as if the steps before it were done. */
  goTo(index: number): void;
  play(): void;
  pause(): void;
  hint(): void;
  /** In a test: ends the exercise as it stands. */
  handIn(): void;
  /**
   * In a test: the learner's answer to the exercise's question. 'empty' when there is nothing to
   * record (nothing changes); a wrong answer counts as a wrong action; the last answer is kept.
   */
  answer(text: string): 'recorded' | 'empty' | 'noQuestion';
  /** The answer recorded in the exercise running now, if any. */
  answerGiven(): string | null;
  restart(): void;
  stop(): void;
  /**
   * The run under way in the panel's modes, as it can be kept for a reload: the starting world and
   * every intent let through since. Null when there is none (or it is an exercise of a test, which
   * the test itself keeps).
   */
  saved(): ScenarioRun | null;
  /** Takes up a kept run: its starting world, its intents performed again, at the step they reach. False when it no longer fits. */
  resume(run: ScenarioRun): boolean;
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
  /** Every intent let through since the run's starting world: replaying them rebuilds world and screens. */
  let performed: Intent[] = [];
  /** Set while a kept run is taken up: its completion was recorded before the reload. */
  let resuming = false;
  let refusal: Refusal | null = null;
  // What a refusal keeps: the step and its feedback, never the intent itself (a refused PIN lives
  // only in the PIN dialog until "OK", as the README promises).
  const refusalOf = (intent: Intent, step: ScenarioStep): Refusal => ({ step, feedback: step.wrongFeedback?.(intent, ctx()) ?? null });
  /** Set while the runner itself acts, so its own intents pass the gate and steps are not double-counted. */
  let acting = false;
  let cancelTimer: (() => void) | null = null;
  /** The learner's answer to the running exercise's question (a test only). */
  let answer: string | null = null;

  const all = (): readonly Scenario[] => (typeof options.scenarios === 'function' ? options.scenarios() : options.scenarios);
  const scenario = () => all().find((s) => s.id === actor.getSnapshot().context.scenarioId) ?? null;
  const step = () => scenario()?.steps[actor.getSnapshot().context.stepIndex] ?? null;
  const ctx = (): StepContext => stepContextOf(world.get(), simulator);
  const running = () => !actor.getSnapshot().matches('idle') && !actor.getSnapshot().matches('completed');
  /** The trainer's tools (simulated date, vendor, card reader) are not the learner's actions in an application. */
  const isTool = (intent: Intent) => intent.type.startsWith('sim.') || intent.type.startsWith('reader.');

  function gate(intent: Intent): boolean {
    const passes = judge(intent);
    if (passes) performed.push(intent);
    return passes;
  }

  function judge(intent: Intent): boolean {
    if (acting) return true;
    const snapshot = actor.getSnapshot();
    const current = step();
    if (snapshot.matches('demo') && current) {
      refusal = refusalOf(intent, current);
      actor.send({ type: 'REFUSED', reason: 'demoOnly' });
      return false;
    }
    if (snapshot.matches('guided') && current && !current.expects(intent, ctx())) {
      refusal = refusalOf(intent, current);
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
    if (assessing && current && goalsIn(current, ctx(), answer).every((g) => g.met)) actor.send({ type: 'GOALS_MET' });
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
      options.onAssessed?.({
        scenarioId: current.id,
        // A report keeps the words as shown (in every language), not keys a later version may change.
        title: sayAll(current.title),
        goals: goalsIn(current, ctx(), answer).map((g) => ({ ...g, label: sayAll(g.label) })),
        wrongActions,
        hintsUsed,
        handedIn,
        simulatedDate: world.get().today,
        ...(current.question && answer !== null ? { answer } : {}),
      });
    } else if (scenarioId && mode && mode !== 'assessment' && !resuming) options.onComplete(scenarioId, mode);
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
    performed = [];
    acting = true;
    try {
      for (const s of current.steps.slice(0, index)) for (const intent of [s.perform(ctx())].flat()) simulator.perform(intent);
    } finally {
      acting = false;
    }
  }

  /** Stops the run without leaving it (a restart, the next exercise of a test). */
  function halt() {
    cancelTimer?.();
    cancelTimer = null;
    refusal = null;
    simulator.setGate(null);
    actor.send({ type: 'STOP' });
  }

  /** Prepares the scenario's world and starts its flow in the given mode; every intent passes the gate from now on, to be kept. */
  function begin(chosen: Scenario, mode: RunMode, from: World) {
    halt();
    options.onEnter?.();
    world.update(() => from);
    startWorld = world.get();
    performed = [];
    answer = null;
    simulator.restart(chosen.startPage);
    actor.send({ type: 'START', scenarioId: chosen.id, mode, stepCount: chosen.steps.length });
    // Free practice refuses nothing, but its intents still pass the gate, to be kept for a reload.
    simulator.setGate(gate);
  }

  // Whatever moves the flow or the world (the learner, another tab, the card reader) may finish a step.
  // The hub says when anything moved, an intent's whole step at once or a world change of its own
  // (a scenario's start): one check on a consistent state.
  simulator.subscribe(() => check());

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
      const prepared = chosen.prepare(options.baseWorld?.() ?? world.get());
      begin(chosen, mode, options.prepared?.(prepared) ?? prepared);
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
      const snapshot = actor.getSnapshot();
      const { stepCount } = snapshot.context;
      // Any mode of the panel (not a test, whose exercises are not shown step by step).
      const jumpable = snapshot.matches('demo') || snapshot.matches('guided') || snapshot.matches('practice');
      if (!jumpable || !Number.isInteger(index) || index < 0 || index >= stepCount) return;
      cancelTimer?.();
      cancelTimer = null;
      refusal = null;
      // The world as if steps 0 … index − 1 were done: replayed from the run's starting world, and
      // kept (like the learner's own intents) so that a reload comes back at the same step.
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
    answer(text) {
      const current = scenario();
      if (!current?.question || !actor.getSnapshot().matches('assessment')) return 'noQuestion';
      const given = text.trim();
      if (given === '') return 'empty';
      answer = given;
      if (!current.question.check(given, world.get())) actor.send({ type: 'WRONG' });
      check();
      return 'recorded';
    },
    answerGiven: () => answer,
    restart() {
      const { scenarioId, mode } = actor.getSnapshot().context;
      if (scenarioId && mode) this.start(scenarioId, mode);
    },
    stop() {
      const wasRunning = !actor.getSnapshot().matches('idle');
      halt();
      if (wasRunning) options.onLeave?.();
    },
    saved() {
      const { scenarioId, mode } = actor.getSnapshot().context;
      if (!scenarioId || !mode || mode === 'assessment' || !startWorld) return null;
      return { scenarioId, mode, startWorld, intents: [...performed] };
    },
    resume(run) {
      const chosen = all().find((s) => s.id === run.scenarioId);
      if (!chosen) return false;
      begin(chosen, run.mode, run.startWorld);
      // Each kept intent again, and the steps it finished, as when the learner did them (a step's
      // condition may hold only for a moment); a completed run completes again, unrecorded.
      resuming = true;
      try {
        check();
        for (const intent of run.intents) {
          acting = true;
          try {
            simulator.perform(intent);
          } finally {
            acting = false;
          }
          check();
        }
      } finally {
        resuming = false;
      }
      return true;
    },
  };
}
