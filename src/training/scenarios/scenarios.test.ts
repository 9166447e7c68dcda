/**
 * Every scenario can be completed: in demo mode the runner performs each step itself, and in
 * guided mode a learner performing each step's own action is let through and moves on. Each step
 * is also checked not to be done before it is performed (a step that completes itself teaches
 * nothing), and the world is left consistent.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../machines/simulator';
import { worldHolder } from '../../machines/world-access';
import { initialWorld } from '../../world/seed';
import { validateWorld } from '../../world/validate';
import { createRunner } from '../runner';
import { SCENARIOS } from './index';
import { goalsIn, stepContextOf } from '../scenario';
import type { ExerciseResult } from '../assessment-report';
import { ASSESSMENTS } from '../assessments';
import { TEST_EXERCISES } from './tests';

/** What a test may run: the practice scenarios and the tests' own exercises (scenarios/tests, issue 12.2). */
const RUNNABLE = [...SCENARIOS, ...TEST_EXERCISES];

function setUp() {
  const world = worldHolder(initialWorld());
  const simulator = createSimulator(world, () => 'nl');
  const completed: string[] = [];
  const assessed: ExerciseResult[] = [];
  const timers: (() => void)[] = [];
  const runner = createRunner({
    world,
    simulator,
    scenarios: RUNNABLE,
    onComplete: (id, mode) => completed.push(`${id}:${mode}`),
    onAssessed: (result) => assessed.push(result),
    schedule: (fn) => {
      timers.push(fn);
      return () => timers.splice(timers.indexOf(fn), 1);
    },
  });
  return { world, simulator, runner, completed, assessed, timers };
}

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

it('issue 11.13: no two scenarios share an id (nor a test exercise, issue 12.2)', () => {
  expect(duplicates(RUNNABLE.map((s) => s.id))).toEqual([]);
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (id, scenario) => {
  // The panel keys its list of steps by id: a duplicate crashes the demo (each_key_duplicate).
  it('issue 11.13: no two steps and no two goals share an id', () => {
    expect(duplicates(scenario.steps.map((s) => s.id))).toEqual([]);
    expect(duplicates((scenario.goals ?? []).map((g) => g.id))).toEqual([]);
  });

  it('plays through in demo mode', () => {
    const { runner, completed, timers, world } = setUp();
    runner.start(id, 'demo');
    runner.play();
    for (let i = 0; i < 100 && timers.length; i++) timers.shift()!();
    expect(runner.getSnapshot().value).toBe('completed');
    expect(completed).toEqual([`${id}:demo`]);
    expect(validateWorld(world.get()).ok).toBe(true);
  });

  it('can be done step by step in guided mode, each step by its own action', () => {
    const { runner, simulator, world, completed } = setUp();
    runner.start(id, 'guided');
    for (const [index, step] of scenario.steps.entries()) {
      expect(runner.getSnapshot().context.stepIndex, step.id).toBe(index);
      const ctx = () => stepContextOf(world.get(), simulator);
      expect(step.isDone(ctx()), `${step.id} is not done before it is performed`).toBe(false);
      const target = typeof step.target === 'function' ? step.target(ctx()) : step.target;
      expect(target, step.id).not.toBe('');
      for (const intent of [step.perform(ctx())].flat()) {
        expect(simulator.perform(intent), `${step.id}: ${intent.type} is let through`).toBe(true);
      }
    }
    expect(runner.getSnapshot().value).toBe('completed');
    expect(completed).toEqual([`${id}:guided`]);
  });

  it('starts the same however the world was left by another scenario', () => {
    const { runner, timers } = setUp();
    for (const other of SCENARIOS) {
      runner.start(other.id, 'demo');
      runner.play();
      for (let i = 0; i < 100 && timers.length; i++) timers.shift()!();
    }
    runner.start(id, 'demo');
    runner.play();
    for (let i = 0; i < 100 && timers.length; i++) timers.shift()!();
    expect(runner.getSnapshot().value).toBe('completed');
  });
});

describe('tests over the scenarios', () => {
  it('every exercise of a test is a scenario with goals (or a question)', () => {
    for (const test of ASSESSMENTS) {
      for (const id of test.exercises) {
        const s = RUNNABLE.find((x) => x.id === id);
        expect((s?.goals?.length ?? 0) + (s?.question ? 1 : 0), `${test.id}: ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('issue 12.2: the tests\' own exercises are never in the panel\'s list', () => {
    for (const e of TEST_EXERCISES) expect(SCENARIOS.some((s) => s.id === e.id), e.id).toBe(false);
  });

  it.each(RUNNABLE.filter((s) => s.goals).map((s) => [s.id, s] as const))(
    '%s as a test exercise: no goal holds at the start, all hold once its steps are done, with nothing counted wrong',
    (id, scenario) => {
      const { runner, simulator, world, assessed, timers } = setUp();
      // Whatever the world was left like (the same exercise done before included).
      runner.start(id, 'demo');
      runner.play();
      for (let i = 0; i < 100 && timers.length; i++) timers.shift()!();
      runner.start(id, 'assessment');
      expect(goalsIn(scenario, stepContextOf(world.get(), simulator)).filter((g) => g.met)).toEqual([]);
      for (const step of scenario.steps) {
        if (runner.getSnapshot().matches('completed')) break;
        for (const intent of [step.perform(stepContextOf(world.get(), simulator))].flat()) simulator.perform(intent);
      }
      if (scenario.question) runner.answer(scenario.question.solution(world.get()));
      expect(runner.getSnapshot().value).toBe('completed');
      expect(assessed).toHaveLength(1);
      expect(assessed[0]).toMatchObject({ scenarioId: id, wrongActions: 0, hintsUsed: 0, handedIn: false });
      expect(assessed[0]!.goals.every((g) => g.met)).toBe(true);
    },
  );
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s kept for a reload (issue 12.3)', (id, scenario) => {
  it.each(['guided', 'demo'] as const)('in %s mode, taken up after any step, comes back at that step with the same world and screens', (mode) => {
    const live = setUp();
    live.runner.start(id, mode);
    for (let k = 0; k < scenario.steps.length; k++) {
      // The run as a reload finds it: through JSON, in a simulator opened afresh on another world.
      const kept = JSON.parse(JSON.stringify(live.runner.saved()));
      const back = setUp();
      back.world.update((w) => ({ ...w, today: '2031-05-05', readerCardId: null }));
      expect(back.runner.resume(kept), `step ${k}`).toBe(true);
      expect(back.runner.getSnapshot().context.stepIndex, `step ${k}`).toBe(k);
      expect(back.world.get(), `step ${k}`).toEqual(live.world.get());
      for (const flow of ['login', 'primaweb', 'dossier', 'ocmwConfig', 'toegangsbeheer', 'chaman'] as const) {
        expect(back.simulator[flow].getSnapshot().value, `step ${k}: ${flow}`).toEqual(live.simulator[flow].getSnapshot().value);
      }
      expect(back.completed).toEqual([]);
      if (mode === 'demo') live.runner.next();
      else for (const intent of [scenario.steps[k]!.perform(stepContextOf(live.world.get(), live.simulator))].flat()) live.simulator.perform(intent);
    }
    expect(live.runner.getSnapshot().value).toBe('completed');
  });
});
