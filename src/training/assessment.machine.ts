/**
 * A test's states: which exercise runs, the results so far, the report at the end. Running an
 * exercise is the scenario runner's work (assessment.ts wires the two); this machine only orders
 * the exercises, so that xstate/graph can walk it.
 */
import { assign, setup } from 'xstate';
import type { AssessmentReport, ExerciseResult } from './assessment-report';
import type { KeptText } from '../i18n/locales';

export interface AssessmentContext {
  assessmentId: string | null;
  title: KeptText | null;
  exercises: readonly string[];
  /** The exercise running now, or the one just ended. */
  index: number;
  results: ExerciseResult[];
  startedAt: string | null;
  /** The report shown: the one just made, or a stored one opened again. */
  report: AssessmentReport | null;
  /** Taken up again after a reload: the exercise that was running starts again. */
  resumed: boolean;
}

export type AssessmentEvent =
  | { type: 'BEGIN'; assessmentId: string; title: KeptText; exercises: readonly string[]; at: string }
  | { type: 'RESULT'; result: ExerciseResult; at: string }
  | { type: 'NEXT' }
  | { type: 'ABORT' }
  | { type: 'SHOW'; report: AssessmentReport }
  | {
      type: 'RESUME';
      assessmentId: string;
      title: KeptText;
      exercises: readonly string[];
      startedAt: string;
      index: number;
      phase: 'exercise' | 'between';
      results: ExerciseResult[];
    }
  | { type: 'CLOSE' };

const IDLE: AssessmentContext = { assessmentId: null, title: null, exercises: [], index: 0, results: [], startedAt: null, report: null, resumed: false };

export const assessmentMachine = setup({
  types: { context: {} as AssessmentContext, events: {} as AssessmentEvent },
  guards: {
    hasExercises: ({ event }) => event.type === 'BEGIN' && event.exercises.length > 0,
    lastExercise: ({ context }) => context.index >= context.exercises.length - 1,
    resumesBetween: ({ event }) => event.type === 'RESUME' && event.phase === 'between',
  },
  actions: {
    begin: assign(({ event }) =>
      event.type === 'BEGIN' ? { ...IDLE, assessmentId: event.assessmentId, title: event.title, exercises: [...event.exercises], startedAt: event.at } : {},
    ),
    record: assign({
      results: ({ context, event }) => (event.type === 'RESULT' ? [...context.results, event.result] : context.results),
      resumed: false,
    }),
    makeReport: assign({
      report: ({ context, event }) =>
        event.type === 'RESULT' && context.assessmentId && context.title && context.startedAt
          ? { assessmentId: context.assessmentId, title: context.title, startedAt: context.startedAt, finishedAt: event.at, results: context.results }
          : null,
    }),
    nextExercise: assign({ index: ({ context }) => context.index + 1, resumed: false }),
    resume: assign(({ event }) =>
      event.type === 'RESUME'
        ? {
            ...IDLE,
            assessmentId: event.assessmentId,
            title: event.title,
            exercises: [...event.exercises],
            startedAt: event.startedAt,
            index: event.index,
            results: [...event.results],
            resumed: true,
          }
        : {},
    ),
    show: assign(({ event }) => (event.type === 'SHOW' ? { ...IDLE, report: event.report } : {})),
    clear: assign(() => ({ ...IDLE })),
  },
}).createMachine({
  id: 'assessment',
  context: { ...IDLE },
  initial: 'idle',
  states: {
    idle: {
      on: {
        BEGIN: { guard: 'hasExercises', target: 'exercise', actions: 'begin' },
        SHOW: { target: 'report', actions: 'show' },
        RESUME: [
          { guard: 'resumesBetween', target: 'between', actions: 'resume' },
          { target: 'exercise', actions: 'resume' },
        ],
      },
    },
    exercise: {
      on: {
        RESULT: [
          { guard: 'lastExercise', target: 'report', actions: ['record', 'makeReport'] },
          { target: 'between', actions: 'record' },
        ],
        ABORT: { target: 'idle', actions: 'clear' },
      },
    },
    // An exercise ended; the learner goes on when ready.
    between: {
      on: {
        NEXT: { target: 'exercise', actions: 'nextExercise' },
        ABORT: { target: 'idle', actions: 'clear' },
      },
    },
    report: {
      on: {
        BEGIN: { guard: 'hasExercises', target: 'exercise', actions: 'begin' },
        CLOSE: { target: 'idle', actions: 'clear' },
      },
    },
  },
});
