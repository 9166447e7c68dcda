/**
 * The scenario runner's states. Side effects (performing demo steps, timers, replaying to a step)
 * live in runner.ts; this machine only says which step is current, in which mode, and whether the
 * demo plays — so that xstate/graph can walk it.
 */
import { assign, setup } from 'xstate';
import type { Mode } from './progress';

export interface RunnerContext {
  scenarioId: string | null;
  mode: Mode | null;
  stepIndex: number;
  stepCount: number;
  /** Why the last intent was refused. */
  feedback: 'wrong' | 'demoOnly' | null;
  hintShown: boolean;
}

export type RunnerEvent =
  | { type: 'START'; scenarioId: string; mode: Mode; stepCount: number }
  | { type: 'STEP_DONE' }
  | { type: 'GOTO'; index: number }
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'HINT' }
  | { type: 'REFUSED'; reason: 'wrong' | 'demoOnly' }
  | { type: 'STOP' };

const IDLE: RunnerContext = { scenarioId: null, mode: null, stepIndex: 0, stepCount: 0, feedback: null, hintShown: false };

export const runnerMachine = setup({
  types: { context: {} as RunnerContext, events: {} as RunnerEvent },
  guards: {
    isDemo: ({ event }) => event.type === 'START' && event.mode === 'demo',
    isGuided: ({ event }) => event.type === 'START' && event.mode === 'guided',
    lastStep: ({ context }) => context.stepIndex >= context.stepCount - 1,
    validIndex: ({ context, event }) => event.type === 'GOTO' && event.index >= 0 && event.index < context.stepCount,
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
        HINT: { actions: 'showHint' },
        REFUSED: { actions: 'refuse' },
        STOP: { target: 'idle', actions: 'clear' },
      },
    },
    // Vrij oefenen: no guidance; the scenario counts as done when its last step's condition holds.
    practice: {
      on: {
        STEP_DONE: [{ guard: 'lastStep', target: 'completed' }, { actions: 'advance' }],
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
