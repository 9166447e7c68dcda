/**
 * The tests' own exercises (issue 12.2): unique ids apart from the practice scenarios, never in the
 * panel's list, each test with at least four of them; as test exercises, no goal holds at the start
 * and doing their steps (and answering their question) meets every goal with nothing counted wrong,
 * however the world was left; their question's answer is checked against the world.
 */
import { describe, expect, it } from 'vitest';
import { isText } from '../../../i18n/text';
import { hasKey, sayAll } from '../../../i18n/i18n.svelte';
import { createSimulator } from '../../../machines/simulator';
import { worldHolder } from '../../../machines/world-access';
import { initialWorld } from '../../../world/seed';
import { validateWorld } from '../../../world/validate';
import type { ExerciseResult } from '../../assessment-report';
import { ASSESSMENTS, MERGER_ASSESSMENTS } from '../../assessments';
import { MODULES } from '../../course';
import { createRunner } from '../../runner';
import { goalsIn, stepContextOf } from '../../scenario';
import { SCENARIOS } from '../index';
import { dateAnswer, repertoryExercise } from './integraties';
import { TEST_EXERCISES } from './index';

const ALL = [...SCENARIOS, ...TEST_EXERCISES];

function setUp() {
  const world = worldHolder(initialWorld());
  const simulator = createSimulator(world, () => 'nl');
  const assessed: ExerciseResult[] = [];
  const runner = createRunner({ world, simulator, scenarios: ALL, baseWorld: initialWorld, onComplete: () => undefined, onAssessed: (r) => assessed.push(r) });
  return { world, simulator, runner, assessed };
}

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('the tests of the course (issue 12.2)', () => {
  it('every module has its tests, and every test of the course exists', () => {
    expect(MODULES.flatMap((m) => m.tests).sort()).toEqual(ASSESSMENTS.map((a) => a.id).sort());
    expect(Object.values(MERGER_ASSESSMENTS).map((a) => a.id)).toEqual(MODULES.find((m) => m.id === 'fusies-2025')!.tests);
  });

  it('the exercises have ids of their own, prefixed "toets-", and are not practice scenarios', () => {
    expect(duplicates(ALL.map((s) => s.id))).toEqual([]);
    for (const e of TEST_EXERCISES) expect(e.id.startsWith('toets-'), e.id).toBe(true);
    for (const e of TEST_EXERCISES) expect(SCENARIOS.some((s) => s.id === e.id)).toBe(false);
  });

  it('each test has at least four exercises, each a scenario with goals; a new test uses only exercises of its own', () => {
    for (const test of ASSESSMENTS) {
      expect(test.exercises.length, test.id).toBeGreaterThanOrEqual(4);
      for (const id of test.exercises) {
        const s = ALL.find((x) => x.id === id);
        expect(s, `${test.id}: ${id}`).toBeDefined();
        expect((s!.goals?.length ?? 0) + (s!.question ? 1 : 0), id).toBeGreaterThan(0);
      }
      if (test.id !== 'toets-fusies-2025') for (const id of test.exercises) expect(TEST_EXERCISES.some((e) => e.id === id), id).toBe(true);
    }
    expect(duplicates(ASSESSMENTS.flatMap((a) => a.exercises))).toEqual([]);
    // No exercise left out of every test.
    for (const e of TEST_EXERCISES) expect(ASSESSMENTS.some((a) => a.exercises.includes(e.id)), e.id).toBe(true);
  });

  it('every text of an exercise exists in Dutch and in French', () => {
    for (const e of TEST_EXERCISES) {
      const texts = [e.title, e.summary, e.outro, ...(e.goals ?? []).map((g) => g.label), ...e.steps.flatMap((s) => [s.narration, s.hint])];
      if (e.question) texts.push(e.question.label, e.question.goal);
      for (const t of texts) {
        const { nl, fr } = sayAll(t);
        expect(nl.trim(), e.id).not.toBe('');
        expect(fr.trim(), e.id).not.toBe('');
        expect(fr, e.id).not.toBe(nl);
        if (isText(t)) expect(hasKey(t.key), t.key).toBe(true);
      }
      expect(duplicates(e.steps.map((s) => s.id)), e.id).toEqual([]);
      expect(duplicates([...(e.goals ?? []).map((g) => g.id), ...(e.question ? [e.question.id] : [])]), e.id).toEqual([]);
    }
  });
});

describe.each(TEST_EXERCISES.map((e) => [e.id, e] as const))('exercise %s', (id, exercise) => {
  it('no goal holds at the start; its steps (and the answer) meet them all with nothing counted wrong', () => {
    const { runner, simulator, world, assessed } = setUp();
    runner.start(id, 'assessment');
    expect(validateWorld(world.get()).ok).toBe(true);
    expect(goalsIn(exercise, stepContextOf(world.get(), simulator), runner.answerGiven()).filter((g) => g.met)).toEqual([]);
    for (const step of exercise.steps) {
      if (runner.getSnapshot().matches('completed')) break;
      for (const intent of [step.perform(stepContextOf(world.get(), simulator))].flat()) simulator.perform(intent);
    }
    if (exercise.question) expect(runner.answer(exercise.question.solution(world.get()))).toBe('recorded');
    expect(runner.getSnapshot().value).toBe('completed');
    expect(assessed).toHaveLength(1);
    expect(assessed[0]).toMatchObject({ scenarioId: id, wrongActions: 0, hintsUsed: 0, handedIn: false });
    expect(assessed[0]!.goals.filter((g) => !g.met)).toEqual([]);
    expect(validateWorld(world.get()).ok).toBe(true);
  });

  it('starts the same after every other exercise and scenario was done in the world', () => {
    const { runner, simulator, world } = setUp();
    // Without a fresh base world: what earlier exercises left must not be where this one starts.
    const chained = createRunner({ world, simulator, scenarios: ALL, onComplete: () => undefined });
    for (const other of TEST_EXERCISES) {
      chained.start(other.id, 'assessment');
      for (const step of other.steps) for (const intent of [step.perform(stepContextOf(world.get(), simulator))].flat()) simulator.perform(intent);
      chained.stop();
    }
    chained.start(id, 'assessment');
    expect(goalsIn(exercise, stepContextOf(world.get(), simulator)).filter((g) => g.met)).toEqual([]);
    void runner;
  });
});

describe('an answer field checked against the world (issue 12.2)', () => {
  it('reads dates as a learner types them, and nothing else', () => {
    expect(dateAnswer('31/08/2025')).toBe('2025-08-31');
    expect(dateAnswer(' 31-8-2025 ')).toBe('2025-08-31');
    expect(dateAnswer('31.08.2025')).toBe('2025-08-31');
    expect(dateAnswer('31 08 2025')).toBe('2025-08-31');
    for (const bad of ['', '2025-08-31', '31/02/2025', 'augustus', '31/08/25', '131/08/2025']) expect(dateAnswer(bad), bad).toBeNull();
  });

  it("the repertory question's answer is right only for what the world shows", () => {
    const world = initialWorld();
    const q = repertoryExercise.question!;
    expect(q.check('31/08/2025', world)).toBe(true);
    expect(q.check('01/09/2024', world)).toBe(false);
    const changed = { ...world, integrations: world.integrations.map((i) => (i.clientId === 'tom' && i.institution === 'vdab' ? { ...i, periods: [{ start: '2024-09-01', end: '2025-06-30' }] } : i)) };
    expect(q.check('31/08/2025', changed)).toBe(false);
    expect(q.check('30/06/2025', changed)).toBe(true);
    expect(q.solution(changed)).toBe('30/06/2025');
  });

  it('an empty answer changes nothing; a wrong one counts as a wrong action and is kept in the result; the right one ends the exercise', () => {
    const { runner, simulator, world, assessed } = setUp();
    runner.start(repertoryExercise.id, 'assessment');
    expect(runner.answer('   ')).toBe('empty');
    expect(runner.answerGiven()).toBeNull();
    expect(runner.getSnapshot().context.wrongActions).toBe(0);
    expect(runner.answer('01/01/2025')).toBe('recorded');
    expect(runner.getSnapshot().context.wrongActions).toBe(1);
    expect(goalsIn(repertoryExercise, stepContextOf(world.get(), simulator), runner.answerGiven()).at(-1)).toMatchObject({ id: 'answer', met: false });
    expect(runner.getSnapshot().matches('assessment')).toBe(true);
    expect(runner.answer('31-08-2025')).toBe('recorded');
    expect(runner.getSnapshot().value).toBe('completed');
    expect(assessed[0]).toMatchObject({ answer: '31-08-2025', wrongActions: 1 });
    expect(assessed[0]!.goals.at(-1)).toMatchObject({ id: 'answer', met: true });
  });

  it('a handed-in exercise keeps the wrong answer given, its goal not met; outside a test there is no answer to give', () => {
    const { runner, assessed } = setUp();
    runner.start(repertoryExercise.id, 'assessment');
    runner.answer('01/09/2024');
    runner.handIn();
    expect(assessed[0]).toMatchObject({ answer: '01/09/2024', handedIn: true });
    expect(assessed[0]!.goals.at(-1)!.met).toBe(false);
    runner.start(repertoryExercise.id, 'practice');
    expect(runner.answer('31/08/2025')).toBe('noQuestion');
    runner.start('aanmelden-primaweb', 'assessment');
    expect(runner.answer('31/08/2025')).toBe('noQuestion');
  });
});
