/**
 * Model-based tests of the scenario runner: xstate/graph walks the runner machine; every edge is
 * replayed on the real runner driving the real login controller and world, with each event caused
 * the way a learner or trainer would cause it. A three-step scenario keeps the graph small.
 */
import { describe, expect, it } from 'vitest';
import type { Text } from '../i18n/text';
import type { LoginSnapshot } from '../machines/login.controller';
import { createSimulator, type Intent } from '../machines/simulator';
import { walk } from '../machines/model-coverage.test-helper';
import { worldHolder } from '../machines/world-access';
import { initialWorld } from '../world/seed';
import type { ExerciseResult } from './assessment-report';
import type { Mode } from './progress';
import { createRunner } from './runner';
import { runnerMachine, type RunnerEvent } from './runner.machine';
import { loginScenario } from './scenarios/login.scenario';
import { stepContextOf, type Scenario } from './scenario';

/** The end state of the short scenario as a test checks it: one the test can cause at any step (a trainer's tool, not a counted action). */
const GOAL_DATE = '2025-03-01';
const shortScenario: Scenario = {
  ...loginScenario,
  id: 'kort',
  steps: loginScenario.steps.slice(0, 3),
  goals: [{ id: 'datum', label: { key: 'Datum' } as unknown as Text, holds: (world) => world.today === GOAL_DATE }],
};
const COUNT = shortScenario.steps.length;

function sampleEvents(snapshot: { value: unknown }): RunnerEvent[] {
  const events: RunnerEvent[] = [
    { type: 'START', scenarioId: 'kort', mode: 'demo', stepCount: COUNT },
    { type: 'START', scenarioId: 'kort', mode: 'guided', stepCount: COUNT },
    { type: 'START', scenarioId: 'kort', mode: 'practice', stepCount: COUNT },
    { type: 'START', scenarioId: 'kort', mode: 'assessment', stepCount: COUNT },
    { type: 'GOTO', index: 0 },
    { type: 'GOTO', index: COUNT - 1 },
    { type: 'GOTO', index: COUNT + 2 },
    { type: 'PLAY' },
    { type: 'PAUSE' },
    { type: 'STEP_DONE' },
    { type: 'HINT' },
    { type: 'HAND_IN' },
    { type: 'STOP' },
  ];
  // A learner's stray click is refused as "demo only" in the demo, as "wrong" when guided; in a
  // test it is counted (not refused), and the end state can be met at any step.
  const value = JSON.stringify(snapshot.value);
  if (value.includes('assessment')) events.push({ type: 'WRONG' }, { type: 'GOALS_MET' });
  if (value.includes('demo')) events.push({ type: 'REFUSED', reason: 'demoOnly' });
  if (value.includes('guided')) events.push({ type: 'REFUSED', reason: 'wrong' });
  return events;
}

/** An intent the current screen offers but that is not the scenario's next step. */
function strayIntent(login: LoginSnapshot): Intent {
  if (login.matches({ portal: 'home' })) return { type: 'openAudience', audience: 'burger' };
  if (login.matches({ portal: 'professionals' })) return { type: 'openSector', sector: 'gemeenten' };
  return { type: 'back' };
}

describe('scenario runner, model-based', () => {
  // A test's wrong actions only count: left out of a state's identity, so the graph stays finite.
  const graph = walk(runnerMachine, sampleEvents, {}, ['wrongActions']);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    const login = simulator.login;
    const completed: [string, Mode][] = [];
    const assessed: ExerciseResult[] = [];
    const runner = createRunner({
      world,
      simulator,
      scenarios: [shortScenario],
      onComplete: (id, mode) => completed.push([id, mode]),
      onAssessed: (result) => assessed.push(result),
      schedule: () => () => {}, // the play timer never fires here: PLAY/PAUSE are about state
    });
    const steps = graph.eventsTo(edge);
    expect(steps).not.toBeNull();
    let wrongSinceStart = 0;
    for (const { event, state } of steps!) {
      const ctx = () => stepContextOf(world.get(), simulator);
      switch (event.type) {
        case 'START':
          runner.start(event.scenarioId, event.mode);
          break;
        case 'GOALS_MET':
          expect(simulator.perform({ type: 'sim.setToday', date: GOAL_DATE })).toBe(true);
          break;
        case 'STEP_DONE':
          if (runner.getSnapshot().matches('demo')) runner.next();
          else for (const intent of [runner.step()!.perform(ctx())].flat()) simulator.perform(intent);
          break;
        case 'WRONG':
          // Not refused in a test, but counted.
          expect(simulator.perform(strayIntent(login.getSnapshot()))).toBe(true);
          break;
        case 'HAND_IN':
          runner.handIn();
          break;
        case 'GOTO':
          runner.goTo(event.index);
          break;
        case 'PLAY':
          runner.play();
          break;
        case 'PAUSE':
          runner.pause();
          break;
        case 'HINT':
          runner.hint();
          break;
        case 'REFUSED':
          expect(simulator.perform(strayIntent(login.getSnapshot()))).toBe(false);
          break;
        case 'STOP':
          runner.stop();
          break;
      }
      expect(runner.getSnapshot().value, `after ${JSON.stringify(event)} in ${JSON.stringify(steps!.map((s) => s.event))}`).toEqual(state.value);
      // Wrong actions are left out of the graph's states: the real count is the path's WRONG events since its last START.
      const { wrongActions, ...rest } = runner.getSnapshot().context;
      const { wrongActions: _modelled, ...expected } = state.context;
      expect(rest).toEqual(expected);
      wrongSinceStart = event.type === 'START' || event.type === 'STOP' ? 0 : wrongSinceStart + (event.type === 'WRONG' ? 1 : 0);
      expect(wrongActions).toBe(wrongSinceStart);
    }
    // Facts of the real system that go with the state reached.
    const snap = runner.getSnapshot();
    if (snap.matches('completed') && snap.context.mode !== 'assessment') expect(completed).toContainEqual(['kort', snap.context.mode]);
    if (snap.matches('completed') && snap.context.mode === 'assessment') {
      // The result reports what the runner counted, and the end state as the world has it.
      const { wrongActions, hintsUsed, handedIn } = snap.context;
      expect(assessed.at(-1)).toMatchObject({ scenarioId: 'kort', wrongActions, hintsUsed, handedIn });
      expect(assessed.at(-1)!.goals.every((g) => g.met)).toBe(!handedIn);
      expect(completed).toEqual([]);
    }
    if (snap.matches('demo') || snap.matches('guided')) {
      // The login flow stands where the current step expects to start: the previous step is done.
      const stepCtx = stepContextOf(world.get(), simulator);
      const previous = shortScenario.steps[snap.context.stepIndex - 1];
      if (previous) expect(previous.isDone(stepCtx)).toBe(true);
      expect(runner.step()!.isDone(stepCtx)).toBe(false);
    }
  });
});

describe('scenario runner, behaviour', () => {
  it('plays the demo on its timer until the scenario is complete', () => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    const timers: (() => void)[] = [];
    const runner = createRunner({
      world,
      simulator,
      scenarios: [loginScenario],
      onComplete: () => {},
      schedule: (fn) => {
        timers.push(fn);
        return () => timers.splice(timers.indexOf(fn), 1);
      },
    });
    runner.start(loginScenario.id, 'demo');
    runner.play();
    for (let i = 0; i < 20 && timers.length; i++) timers.shift()!();
    expect(runner.getSnapshot().value).toBe('completed');
    expect(simulator.login.getSnapshot().value).toEqual({ session: 'primaweb' });
    expect(world.get().session?.role).toBe('socialeAgent');
  });

  it('in guided mode a refused intent changes nothing in the world', () => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    const runner = createRunner({ world, simulator, scenarios: [loginScenario], onComplete: () => {} });
    runner.start(loginScenario.id, 'guided');
    const before = world.get();
    expect(simulator.perform({ type: 'openAudience', audience: 'onderneming' })).toBe(false);
    expect(world.get()).toBe(before);
    expect(runner.lastRefusal()?.step.id).toBe(loginScenario.steps[0]!.id);
  });

  it('a refused PIN is not kept: the refusal holds the step and its feedback only', () => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    const runner = createRunner({ world, simulator, scenarios: [loginScenario], onComplete: () => {} });
    runner.start(loginScenario.id, 'guided');
    const pinStep = loginScenario.steps.findIndex((s) => s.id === 'pin');
    for (const s of loginScenario.steps.slice(0, pinStep)) expect(simulator.perform(s.perform(stepContextOf(world.get(), simulator)) as Intent), s.id).toBe(true);
    expect(runner.step()?.id).toBe('pin');
    expect(simulator.perform({ type: 'submitPin', pin: '9876' })).toBe(false);
    const refusal = runner.lastRefusal();
    expect(refusal?.feedback?.key).toBe('sc.login.pin.wrongFeedback');
    expect(JSON.stringify(refusal)).not.toContain('9876');
  });

  it('starting a scenario prepares the world: default card in, unblocked, logged out', () => {
    const world = worldHolder({ ...initialWorld(), readerCardId: null });
    world.update((w) => ({ ...w, cards: w.cards.map((c) => ({ ...c, blocked: true, wrongTries: 3 })) }));
    const simulator = createSimulator(world, () => 'nl');
    const runner = createRunner({ world, simulator, scenarios: [loginScenario], onComplete: () => {} });
    runner.start(loginScenario.id, 'guided');
    expect(world.get().readerCardId).toBe('lotte');
    expect(world.get().cards.find((c) => c.personId === 'lotte')).toMatchObject({ blocked: false, wrongTries: 0 });
  });
  it("issue 15: a set-up that logs the learner in opens PrimaWeb in the learner's language", async () => {
    const { myAccessScenario } = await import('./scenarios/access/my-access');
    const { withSessionLanguage } = await import('../world/primaweb');
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'fr');
    const runner = createRunner({ world, simulator, scenarios: [myAccessScenario], onComplete: () => {}, prepared: (w) => withSessionLanguage(w, 'fr') });
    runner.start(myAccessScenario.id, 'guided');
    expect(world.get().session).toMatchObject({ personId: 'lotte', language: 'fr' });
    // Without a session nothing changes.
    const none = { ...initialWorld(), session: null };
    expect(withSessionLanguage(none, 'fr')).toBe(none);
  });
});

describe('scenario runner, a world of its own and a run kept for a reload (issue 12.3)', () => {
  const setUp = (start = initialWorld()) => {
    const world = worldHolder(start);
    const simulator = createSimulator(world, () => 'nl');
    const calls: string[] = [];
    const completed: string[] = [];
    const runner = createRunner({
      world,
      simulator,
      scenarios: [loginScenario],
      baseWorld: initialWorld,
      onEnter: () => calls.push(`enter:${world.get().today}`),
      onLeave: () => calls.push('leave'),
      onComplete: (id, mode) => completed.push(`${id}/${mode}`),
    });
    return { world, simulator, runner, calls, completed };
  };
  /** Does the guided run's current step as a learner would, through the hub. */
  const doStep = (s: ReturnType<typeof setUp>) => {
    const step = s.runner.step()!;
    for (const intent of [step.perform(stepContextOf(s.world.get(), s.simulator))].flat()) expect(s.simulator.perform(intent)).toBe(true);
  };

  it("prepares the run from the world as delivered, not from the learner's own, and says when it is entered and left", () => {
    const own = { ...initialWorld(), today: '2031-05-05', readerCardId: null };
    const s = setUp(own);
    s.runner.start(loginScenario.id, 'guided');
    expect(s.calls).toEqual(['enter:2031-05-05']);
    expect(s.world.get().today).toBe(initialWorld().today);
    expect(s.world.get().readerCardId).toBe('lotte');
    s.runner.restart();
    s.runner.start(loginScenario.id, 'demo');
    expect(s.calls).toEqual(['enter:2031-05-05', `enter:${initialWorld().today}`, `enter:${initialWorld().today}`]);
    s.runner.stop();
    s.runner.stop();
    expect(s.calls.at(-1)).toBe('leave');
    expect(s.calls.filter((c) => c === 'leave')).toHaveLength(1);
  });

  it.each(['demo', 'guided', 'practice'] as const)('in %s mode, a kept run comes back at the same step with the same world and screen', (mode) => {
    const s = setUp();
    s.runner.start(loginScenario.id, mode);
    for (let i = 0; i < 4; i++) {
      if (mode === 'demo') s.runner.next();
      else doStep(s);
    }
    // A stray click in guided mode is refused and so not kept.
    if (mode === 'guided') expect(s.simulator.perform({ type: 'openAudience', audience: 'burger' })).toBe(false);
    const kept = JSON.parse(JSON.stringify(s.runner.saved()));
    expect(kept).toMatchObject({ scenarioId: loginScenario.id, mode });

    const t = setUp({ ...initialWorld(), today: '2031-05-05' });
    expect(t.runner.resume(kept)).toBe(true);
    expect(t.runner.getSnapshot().context).toMatchObject({ scenarioId: loginScenario.id, mode, stepIndex: s.runner.getSnapshot().context.stepIndex });
    expect(t.world.get()).toEqual(s.world.get());
    expect(t.simulator.login.getSnapshot().value).toEqual(s.simulator.login.getSnapshot().value);
    expect(t.runner.saved()).toEqual(kept);
    // The run goes on from there and completes.
    for (let i = 0; i < 30 && !t.runner.getSnapshot().matches('completed'); i++) {
      if (mode === 'demo') t.runner.next();
      else doStep(t);
    }
    expect(t.completed).toEqual([`${loginScenario.id}/${mode}`]);
  });

  it('a run kept once completed comes back completed, without counting its completion twice; an unknown scenario is not taken up', () => {
    const s = setUp();
    s.runner.start(loginScenario.id, 'demo');
    for (let i = 0; i < 30 && !s.runner.getSnapshot().matches('completed'); i++) s.runner.next();
    expect(s.completed).toHaveLength(1);
    const t = setUp();
    expect(t.runner.resume(s.runner.saved()!)).toBe(true);
    expect(t.runner.getSnapshot().value).toBe('completed');
    expect(t.completed).toEqual([]);
    expect(t.runner.resume({ ...s.runner.saved()!, scenarioId: 'bestaat-niet' })).toBe(false);
  });

  it.each(['demo', 'guided', 'practice'] as const)('issue 12.4: in %s mode the trainer jumps to any step; the world is as if the steps before it were done, and a reload comes back there', (mode) => {
    // The same steps done by hand, for comparison.
    const byHand = setUp();
    byHand.runner.start(loginScenario.id, 'guided');
    for (let i = 0; i < 5; i++) doStep(byHand);
    expect(byHand.runner.getSnapshot().context.stepIndex).toBe(5);

    const s = setUp();
    s.runner.start(loginScenario.id, mode);
    s.runner.goTo(5);
    expect(s.runner.getSnapshot().context).toMatchObject({ mode, stepIndex: 5, feedback: null });
    expect(s.world.get()).toEqual(byHand.world.get());
    expect(s.simulator.login.getSnapshot().value).toEqual(byHand.simulator.login.getSnapshot().value);
    // Back to an earlier step: replayed from the start, not undone by hand.
    s.runner.goTo(1);
    expect(s.runner.getSnapshot().context.stepIndex).toBe(1);
    s.runner.goTo(5);
    // Out of range or not a step: nothing moves.
    s.runner.goTo(-1);
    s.runner.goTo(loginScenario.steps.length);
    s.runner.goTo(2.5);
    expect(s.runner.getSnapshot().context.stepIndex).toBe(5);
    // The learner goes on from there (in guided mode the gate expects step 6).
    if (mode !== 'demo') doStep(s);
    else s.runner.next();
    expect(s.runner.getSnapshot().context.stepIndex).toBe(6);
    const kept = JSON.parse(JSON.stringify(s.runner.saved()));
    const t = setUp();
    expect(t.runner.resume(kept)).toBe(true);
    expect(t.runner.getSnapshot().context).toMatchObject({ mode, stepIndex: 6 });
    expect(t.world.get()).toEqual(s.world.get());
  });

  it('issue 12.4: a test\'s exercise cannot be jumped through', () => {
    const s = setUp();
    s.runner.start(loginScenario.id, 'assessment');
    s.runner.goTo(3);
    expect(s.runner.getSnapshot().context.stepIndex).toBe(0);
  });

  it('keeps no run for an exercise of a test (the test keeps its own)', () => {
    const s = setUp();
    s.runner.start(loginScenario.id, 'assessment');
    expect(s.runner.saved()).toBeNull();
    s.runner.stop();
    expect(s.runner.saved()).toBeNull();
  });
});
