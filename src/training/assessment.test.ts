/**
 * Model-based tests of a test's course: xstate/graph walks the assessment machine; every edge is
 * replayed on the real assessment controller driving the real runner, simulator and world, each
 * event caused the way a learner causes it (meeting an exercise's end state, handing in, stopping
 * the test, or leaving it by starting something else).
 */
import { describe, expect, it } from 'vitest';
import type { Text } from '../i18n/text';
import { createSimulator } from '../machines/simulator';
import { walk } from '../machines/model-coverage.test-helper';
import { worldHolder } from '../machines/world-access';
import { initialWorld } from '../world/seed';
import type { AssessmentReport, AssessmentRun, ExerciseResult } from './assessment-report';
import type { AssessmentDefinition } from './assessments';
import { createAssessment } from './assessment';
import { assessmentMachine, type AssessmentEvent } from './assessment.machine';
import { createRunner } from './runner';
import type { Scenario } from './scenario';
import { loginScenario } from './scenarios/login.scenario';

const NOW = new Date('2026-11-23T10:00:00.000Z');
// Texts of these made-up exercises: a key with no message reads as itself.
const L = (words: string) => ({ key: words }) as unknown as Text;
/** The same words as a report keeps them (every language; here the key itself). */
const W = (words: string) => ({ nl: words, fr: words, de: words, en: words });

/** Two short exercises, each with an end state the test can cause at once (the simulated date). */
const exercise = (id: string, date: string): Scenario => ({
  ...loginScenario,
  id,
  title: L(id),
  steps: loginScenario.steps.slice(0, 2),
  goals: [{ id: 'datum', label: L(`Datum ${date}`), holds: (world) => world.today === date }],
});
const DATES: Record<string, string> = { a: '2025-03-01', b: '2025-04-01' };
const SCENARIOS = [exercise('a', DATES.a!), exercise('b', DATES.b!), { ...loginScenario, id: 'ander' }];
const TEST: AssessmentDefinition = { id: 'toets', title: L('Toets'), summary: L('Twee oefeningen'), exercises: ['a', 'b'] };

/** What the real runner reports for an exercise whose end state is met without wrong actions or hints. */
const metResult = (id: string): ExerciseResult => ({
  scenarioId: id,
  title: W(id),
  goals: [{ id: 'datum', label: W(`Datum ${DATES[id]}`), met: true }],
  wrongActions: 0,
  hintsUsed: 0,
  handedIn: false,
  // The end state is the simulated date, so the exercise ends on that day.
  simulatedDate: DATES[id]!,
});
/** Tests kept from before a reload: during the second exercise, and just after the first. */
const RUNS: AssessmentRun[] = [
  { assessmentId: 'toets', startedAt: NOW.toISOString(), index: 1, phase: 'exercise', results: [metResult('a')] },
  { assessmentId: 'toets', startedAt: NOW.toISOString(), index: 0, phase: 'between', results: [metResult('a')] },
];
const STORED: AssessmentReport = { assessmentId: 'toets', title: W('Toets'), startedAt: NOW.toISOString(), finishedAt: NOW.toISOString(), results: [] };

function sampleEvents(snapshot: { context: unknown }): AssessmentEvent[] {
  const { exercises, index } = snapshot.context as { exercises: string[]; index: number };
  const current = exercises[index] ?? 'a';
  return [
    { type: 'BEGIN', assessmentId: 'toets', title: W('Toets'), exercises: TEST.exercises, at: NOW.toISOString() },
    { type: 'RESULT', result: metResult(current), at: NOW.toISOString() },
    { type: 'NEXT' },
    { type: 'ABORT' },
    { type: 'SHOW', report: STORED },
    { type: 'CLOSE' },
    ...RUNS.map((run) => ({ type: 'RESUME' as const, title: W('Toets'), exercises: TEST.exercises, ...run })),
  ];
}

function setUp() {
  const world = worldHolder(initialWorld());
  const simulator = createSimulator(world, () => 'nl');
  const reports: AssessmentReport[] = [];
  const kept: (AssessmentRun | null)[] = [];
  const runner = createRunner({ world, simulator, scenarios: SCENARIOS, onComplete: () => {}, onAssessed: (r) => assessment.record(r) });
  const assessment = createAssessment({ runner, definitions: [TEST], onReport: (r) => reports.push(r), onRun: (run) => kept.push(run), now: () => NOW });
  return { world, simulator, runner, assessment, reports, kept };
}

describe('a test, model-based', () => {
  const graph = walk(assessmentMachine, sampleEvents);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const { simulator, runner, assessment, reports, kept } = setUp();
    const steps = graph.eventsTo(edge);
    expect(steps).not.toBeNull();
    let reportsExpected = 0;
    for (const { event, state } of steps!) {
      const before = assessment.getSnapshot();
      switch (event.type) {
        case 'BEGIN':
          assessment.begin('toets');
          break;
        case 'RESULT':
          // The learner meets the exercise's end state (a runner in any other state has nothing to report).
          if (runner.getSnapshot().matches('assessment')) {
            const id = before.context.exercises[before.context.index]!;
            simulator.perform({ type: 'sim.setToday', date: DATES[id]! });
          } else assessment.record(metResult('a'));
          break;
        case 'NEXT':
          assessment.next();
          break;
        case 'ABORT':
          // Stopped from the panel between exercises; during one, by starting another scenario.
          if (before.matches('exercise')) runner.start('ander', 'guided');
          else assessment.abort();
          break;
        case 'SHOW':
          assessment.show(STORED);
          break;
        case 'CLOSE':
          assessment.close();
          break;
        case 'RESUME': {
          const { type: _type, title: _title, exercises: _exercises, ...run } = event;
          assessment.resume(run);
          break;
        }
      }
      const after = assessment.getSnapshot();
      expect(after.value, `after ${JSON.stringify(event)}`).toEqual(state.value);
      expect(after.context).toEqual(state.context);
      if (after.matches('report') && !before.matches('report') && event.type === 'RESULT') reportsExpected++;
      // Facts of the real system that go with the state reached.
      const run = runner.getSnapshot();
      if (after.matches('exercise')) {
        expect(run.value).toBe('assessment');
        expect(run.context.scenarioId).toBe(after.context.exercises[after.context.index]);
      }
      // Between exercises, and once the test is over, no exercise is running.
      if (after.matches('between') || after.matches('report') || (after.matches('idle') && event.type !== 'ABORT')) expect(run.matches('assessment')).toBe(false);
      // What is kept for a reload is the test under way, exactly; nothing once none is.
      const underWay = after.matches('exercise') || after.matches('between');
      const { assessmentId, startedAt, index, results } = after.context;
      expect(kept.at(-1) ?? null).toEqual(underWay ? { assessmentId, startedAt, index, results, phase: after.matches('exercise') ? 'exercise' : 'between' } : null);
    }
    expect(reports).toHaveLength(reportsExpected);
  });
});

describe('a test, behaviour', () => {
  it('counts wrong actions and hints, and hands in what is not done', () => {
    const { simulator, runner, assessment, reports } = setUp();
    assessment.begin('toets');
    // An action no step of the exercise expects: let through, counted.
    expect(simulator.perform({ type: 'openAudience', audience: 'burger' })).toBe(true);
    // The hint of a step counts once, however often it is asked.
    runner.hint();
    runner.hint();
    // The trainer's tools are not the learner's actions.
    simulator.perform({ type: 'sim.setToday', date: '2025-02-10' });
    assessment.handIn();
    expect(assessment.getSnapshot().value).toBe('between');
    expect(assessment.getSnapshot().context.results[0]).toMatchObject({ scenarioId: 'a', wrongActions: 1, hintsUsed: 1, handedIn: true, goals: [{ id: 'datum', met: false }], simulatedDate: '2025-02-10' });
    assessment.next();
    simulator.perform({ type: 'sim.setToday', date: DATES.b! });
    expect(assessment.getSnapshot().value).toBe('report');
    expect(reports).toHaveLength(1);
    expect(reports[0]!.results.map((r) => [r.scenarioId, r.handedIn])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(runner.getSnapshot().value).toBe('idle');
  });

  it('a kept test that no longer fits its definition is dropped, not taken up', () => {
    for (const run of [
      { ...RUNS[0]!, assessmentId: 'weg' },
      { ...RUNS[0]!, index: 5 },
      { ...RUNS[0]!, results: [] },
      { ...RUNS[0]!, results: [metResult('b')] },
    ]) {
      const { assessment, kept } = setUp();
      assessment.resume(run);
      expect(assessment.getSnapshot().value).toBe('idle');
      expect(kept).toEqual([null]);
    }
  });

  it('a steps\' own actions count as right in any order', () => {
    const { simulator, runner, assessment } = setUp();
    assessment.begin('toets');
    simulator.perform({ type: 'openAudience', audience: 'professionals' });
    simulator.perform({ type: 'openSector', sector: 'ocmw' });
    expect(runner.getSnapshot().context).toMatchObject({ wrongActions: 0, stepIndex: 1 });
  });
});
