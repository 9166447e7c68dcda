/**
 * The scenario runner's states. Side effects (performing demo steps, timers, replaying to a step)
 * live in runner.ts; this machine only says which step is current, in which mode, and whether the
 * demo plays — so that xstate/graph can walk it.
 */
import { assign, setup } from 'xstate';
import type { RunMode } from './progress';

export interface RunnerContext {
  scenarioId: string | null;
  mode: RunMode | null;
  stepIndex: number;
  stepCount: number;
  /** Why the last intent was refused. */
  feedback: 'wrong' | 'demoOnly' | null;
  hintShown: boolean;
  /** In a test: actions that belong to no step of the exercise, and hints asked for (one per step at most). */
  wrongActions: number;
  hintsUsed: number;
  /** In a test: the learner handed the exercise in before its end state was reached. */
  handedIn: boolean;
}

export type RunnerEvent =
  | { type: 'START'; scenarioId: string; mode: RunMode; stepCount: number }
  | { type: 'STEP_DONE' }
  | { type: 'GOTO'; index: number }
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'HINT' }
  | { type: 'REFUSED'; reason: 'wrong' | 'demoOnly' }
  | { type: 'WRONG' }
  | { type: 'GOALS_MET' }
  | { type: 'HAND_IN' }
  | { type: 'STOP' };

const IDLE: RunnerContext = {
  scenarioId: null,
  mode: null,
  stepIndex: 0,
  stepCount: 0,
  feedback: null,
  hintShown: false,
  wrongActions: 0,
  hintsUsed: 0,
  handedIn: false,
};

export const runnerMachine = setup({
  types: { context: {} as RunnerContext, events: {} as RunnerEvent },
  guards: {
    isDemo: ({ event }) => event.type === 'START' && event.mode === 'demo',
    isGuided: ({ event }) => event.type === 'START' && event.mode === 'guided',
    isAssessment: ({ event }) => event.type === 'START' && event.mode === 'assessment',
    lastStep: ({ context }) => context.stepIndex >= context.stepCount - 1,
    notLastStep: ({ context }) => context.stepIndex < context.stepCount - 1,
    validIndex: ({ context, event }) => event.type === 'GOTO' && event.index >= 0 && event.index < context.stepCount,
    hintNotYetShown: ({ context }) => !context.hintShown,
  },
  actions: {
    begin: assign(({ event }) =>
      event.type === 'START' ? { ...IDLE, scenarioId: event.scenarioId, mode: event.mode, stepCount: event.stepCount } : {},
    ),
    advance: assign({ stepIndex: ({ context }) => context.stepIndex + 1, feedback: null, hintShown: false }),
    jump: assign({
      stepIndex: ({ context, event }) => (event.type === 'GOTO' ? event.index : context.stepIndex),
      feedback: null,
      hintShown: false,
    }),
    showHint: assign({ hintShown: true }),
    countHint: assign({ hintShown: true, hintsUsed: ({ context }) => context.hintsUsed + 1 }),
    countWrong: assign({ wrongActions: ({ context }) => context.wrongActions + 1 }),
    handIn: assign({ handedIn: true }),
    refuse: assign({ feedback: ({ event }) => (event.type === 'REFUSED' ? event.reason : null) }),
    clear: assign(() => ({ ...IDLE })),
  },
}).createMachine({
  id: 'runner',
  context: { ...IDLE },
  initial: 'idle',
  states: {
    idle: {
      on: {
        START: [
          { guard: 'isDemo', target: 'demo', actions: 'begin' },
          { guard: 'isGuided', target: 'guided', actions: 'begin' },
          { guard: 'isAssessment', target: 'assessment', actions: 'begin' },
          { target: 'practice', actions: 'begin' },
        ],
      },
    },
    demo: {
      initial: 'paused',
      on: {
        STEP_DONE: [{ guard: 'lastStep', target: 'completed' }, { actions: 'advance' }],
        GOTO: { guard: 'validIndex', target: '.paused', actions: 'jump' },
        REFUSED: { actions: 'refuse' },
        STOP: { target: 'idle', actions: 'clear' },
      },
      states: {
        paused: { on: { PLAY: 'playing' } },
        playing: { on: { PAUSE: 'paused' } },
      },
    },
    guided: {
      on: {
        STEP_DONE: [{ guard: 'lastStep', target: 'completed' }, { actions: 'advance' }],
        // The trainer jumps to a step (the runner has replayed the steps before it).
        GOTO: { guard: 'validIndex', actions: 'jump' },
        HINT: { actions: 'showHint' },
        REFUSED: { actions: 'refuse' },
        STOP: { target: 'idle', actions: 'clear' },
      },
    },
    // Vrij oefenen: no guidance; the scenario counts as done when its last step's condition holds.
    practice: {
      on: {
        STEP_DONE: [{ guard: 'lastStep', target: 'completed' }, { actions: 'advance' }],
        GOTO: { guard: 'validIndex', actions: 'jump' },
        STOP: { target: 'idle', actions: 'clear' },
      },
    },
    // An exercise of a test: nothing is refused, but actions outside the exercise and hints are
    // counted; the steps only follow the learner (for the hint); the exercise ends when its end
    // state holds (GOALS_MET) or when the learner hands it in.
    assessment: {
      on: {
        STEP_DONE: { guard: 'notLastStep', actions: 'advance' },
        HINT: { guard: 'hintNotYetShown', actions: 'countHint' },
        WRONG: { actions: 'countWrong' },
        GOALS_MET: { target: 'completed' },
        HAND_IN: { target: 'completed', actions: 'handIn' },
        STOP: { target: 'idle', actions: 'clear' },
      },
    },
    completed: {
      on: {
        STOP: { target: 'idle', actions: 'clear' },
      },
    },
  },
});
