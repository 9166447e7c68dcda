/**
 * Runs a test: starts each exercise on the scenario runner in its assessment mode, collects the
 * results the runner reports (`record`), and hands the finished report to `onReport` (to be kept).
 * Whatever stops the exercise from outside the test (another scenario started, the simulator
 * reset) ends the test without a report: a score must come from an uninterrupted run. A reload is
 * not such a stop: the test under way goes to `onRun` at every change, and `resume` takes it up
 * again (the running exercise starts again from its starting world; results so far are kept).
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { sayAll } from '../i18n/i18n.svelte';
import type { AssessmentReport, AssessmentRun, ExerciseResult } from './assessment-report';
import type { AssessmentDefinition } from './assessments';
import { assessmentMachine } from './assessment.machine';
import { observe } from './observe';
import type { Runner } from './runner';

export type AssessmentSnapshot = SnapshotFrom<typeof assessmentMachine>;

export interface AssessmentOptions {
  runner: Runner;
  definitions: readonly AssessmentDefinition[];
  onReport(report: AssessmentReport): void;
  /** The test under way after each change, or null when none is (to be kept for a reload). */
  onRun?(run: AssessmentRun | null): void;
  now?: () => Date;
}

export interface Assessment {
  getSnapshot(): AssessmentSnapshot;
  subscribe(listener: (snapshot: AssessmentSnapshot) => void): () => void;
  begin(assessmentId: string): void;
  /** The runner's `onAssessed`: an exercise ended. */
  record(result: ExerciseResult): void;
  next(): void;
  handIn(): void;
  abort(): void;
  /** Opens a stored report again. */
  show(report: AssessmentReport): void;
  /** Takes up a test kept from before a reload; a run that no longer fits its test is dropped. */
  resume(run: AssessmentRun): void;
  close(): void;
}

export function createAssessment(options: AssessmentOptions): Assessment {
  const { runner } = options;
  const now = options.now ?? (() => new Date());
  const actor = createActor(assessmentMachine).start();
  /** Set while the test itself (re)starts the runner, which passes through idle on the way. */
  let switching = false;

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

  // What to keep for a reload: only a test under way.
  let kept: string | null = null;
  actor.subscribe((snapshot) => {
    const { assessmentId, startedAt, index, results } = snapshot.context;
    const phase = snapshot.matches('exercise') ? 'exercise' : snapshot.matches('between') ? 'between' : null;
    const run: AssessmentRun | null = phase && assessmentId && startedAt ? { assessmentId, startedAt, index, phase, results } : null;
    const key = JSON.stringify(run);
    if (key === kept) return;
    kept = key;
    options.onRun?.(run);
  });

  runner.subscribe((run) => {
    const test = actor.getSnapshot();
    if (switching || !test.matches('exercise')) return;
    const expected = test.context.exercises[test.context.index];
    if (run.context.mode !== 'assessment' || run.context.scenarioId !== expected) actor.send({ type: 'ABORT' });
  });

  return {
    getSnapshot: () => actor.getSnapshot(),
    subscribe: (listener) => observe(actor, listener),
    begin(assessmentId) {
      const chosen = options.definitions.find((d) => d.id === assessmentId);
      if (!chosen) return;
      if (actor.getSnapshot().matches('exercise') || actor.getSnapshot().matches('between')) this.abort();
      actor.send({ type: 'BEGIN', assessmentId, title: sayAll(chosen.title), exercises: chosen.exercises, at: now().toISOString() });
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
        // The title in every language as the catalogs have it now: all of them have loaded while the
        // exercises were done (at the start only the learner's may have been there).
        const title = options.definitions.find((d) => d.id === report.assessmentId)?.title;
        options.onReport(title ? { ...report, title: sayAll(title) } : report);
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
    resume(run) {
      const chosen = options.definitions.find((d) => d.id === run.assessmentId);
      const fits =
        chosen &&
        run.index < chosen.exercises.length &&
        run.results.length === run.index + (run.phase === 'between' ? 1 : 0) &&
        run.results.every((r, i) => r.scenarioId === chosen.exercises[i]);
      if (!chosen || !fits || !actor.getSnapshot().matches('idle')) {
        if (actor.getSnapshot().matches('idle')) options.onRun?.(null);
        return;
      }
      actor.send({ type: 'RESUME', title: sayAll(chosen.title), exercises: chosen.exercises, ...run });
      if (actor.getSnapshot().matches('exercise')) startExercise();
    },
    close: () => actor.send({ type: 'CLOSE' }),
  };
}
