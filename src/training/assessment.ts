/**
 * Runs a test: starts each exercise on the scenario runner in its assessment mode, collects the
 * results the runner reports (`record`), and hands the finished report to `onReport` (to be kept).
 * Whatever stops the exercise from outside the test (another scenario started, the simulator
 * reset) ends the test without a report: a score must come from an uninterrupted run.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { AssessmentReport, ExerciseResult } from './assessment-report';
import type { AssessmentDefinition } from './assessments';
import { assessmentMachine } from './assessment.machine';
import type { Runner } from './runner';

export type AssessmentSnapshot = SnapshotFrom<typeof assessmentMachine>;

export interface AssessmentOptions {
  runner: Runner;
  definitions: readonly AssessmentDefinition[];
  onReport(report: AssessmentReport): void;
  now?: () => Date;
}

export interface Assessment {
  getSnapshot(): AssessmentSnapshot;
  subscribe(listener: (snapshot: AssessmentSnapshot) => void): () => void;
  /** The running test's definition, if any. */
  definition(): AssessmentDefinition | null;
  begin(assessmentId: string): void;
  /** The runner's `onAssessed`: an exercise ended. */
  record(result: ExerciseResult): void;
  next(): void;
  handIn(): void;
  abort(): void;
  /** Opens a stored report again. */
  show(report: AssessmentReport): void;
  close(): void;
}

export function createAssessment(options: AssessmentOptions): Assessment {
  const { runner } = options;
  const now = options.now ?? (() => new Date());
  const actor = createActor(assessmentMachine).start();
  /** Set while the test itself (re)starts the runner, which passes through idle on the way. */
  let switching = false;

  const definition = () => options.definitions.find((d) => d.id === actor.getSnapshot().context.assessmentId) ?? null;

  function startExercise() {
    const { exercises, index } = actor.getSnapshot().context;
    const id = exercises[index];
    if (id === undefined) return;
    switching = true;
    try {
      runner.start(id, 'assessment');
    } finally {
      switching = false;
    }
  }

  runner.subscribe((run) => {
    const test = actor.getSnapshot();
    if (switching || !test.matches('exercise')) return;
    const expected = test.context.exercises[test.context.index];
    if (run.context.mode !== 'assessment' || run.context.scenarioId !== expected) actor.send({ type: 'ABORT' });
  });

  return {
    getSnapshot: () => actor.getSnapshot(),
    subscribe(listener) {
      const sub = actor.subscribe(listener);
      listener(actor.getSnapshot());
      return () => sub.unsubscribe();
    },
    definition,
    begin(assessmentId) {
      const chosen = options.definitions.find((d) => d.id === assessmentId);
      if (!chosen) return;
      if (actor.getSnapshot().matches('exercise') || actor.getSnapshot().matches('between')) this.abort();
      actor.send({ type: 'BEGIN', assessmentId, title: chosen.title, exercises: chosen.exercises, at: now().toISOString() });
      if (actor.getSnapshot().matches('exercise')) startExercise();
    },
    record(result) {
      const test = actor.getSnapshot();
      if (!test.matches('exercise') || test.context.exercises[test.context.index] !== result.scenarioId) return;
      actor.send({ type: 'RESULT', result, at: now().toISOString() });
      const report = actor.getSnapshot().context.report;
      if (actor.getSnapshot().matches('report') && report) {
        // The last exercise stays as the learner left it; the runner has nothing more to show.
        runner.stop();
        options.onReport(report);
      }
    },
    next() {
      actor.send({ type: 'NEXT' });
      if (actor.getSnapshot().matches('exercise')) startExercise();
    },
    handIn: () => runner.handIn(),
    abort() {
      const running = actor.getSnapshot().matches('exercise') || actor.getSnapshot().matches('between');
      actor.send({ type: 'ABORT' });
      if (running) runner.stop();
    },
    show: (report) => actor.send({ type: 'SHOW', report }),
    close: () => actor.send({ type: 'CLOSE' }),
  };
}
