/**
 * Model-based tests of the scenario runner: xstate/graph walks the runner machine; every edge is
 * replayed on the real runner driving the real login controller and world, with each event caused
 * the way a learner or trainer would cause it. A three-step scenario keeps the graph small.
 */
import { describe, expect, it } from 'vitest';
import type { LoginSnapshot } from '../machines/login.controller';
import { createSimulator, type Intent } from '../machines/simulator';
import { walk } from '../machines/model-coverage.test-helper';
import { worldHolder } from '../machines/world-access';
import { initialWorld } from '../world/seed';
import type { Mode } from './progress';
import { createRunner } from './runner';
import { runnerMachine, type RunnerEvent } from './runner.machine';
import { loginScenario } from './scenarios/login.scenario';
import { stepContextOf, type Scenario } from './scenario';

const shortScenario: Scenario = { ...loginScenario, id: 'kort', steps: loginScenario.steps.slice(0, 3) };
const COUNT = shortScenario.steps.length;

function sampleEvents(snapshot: { value: unknown }): RunnerEvent[] {
  const events: RunnerEvent[] = [
    { type: 'START', scenarioId: 'kort', mode: 'demo', stepCount: COUNT },
    { type: 'START', scenarioId: 'kort', mode: 'guided', stepCount: COUNT },
    { type: 'START', scenarioId: 'kort', mode: 'practice', stepCount: COUNT },
    { type: 'STEP_DONE' },
    { type: 'GOTO', index: 0 },
    { type: 'GOTO', index: COUNT - 1 },
    { type: 'GOTO', index: COUNT + 2 },
    { type: 'PLAY' },
    { type: 'PAUSE' },
    { type: 'HINT' },
    { type: 'STOP' },
  ];
  // A learner's stray click is refused as "demo only" in the demo, as "wrong" when guided.
  const value = JSON.stringify(snapshot.value);
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
  const graph = walk(runnerMachine, sampleEvents);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    const login = simulator.login;
    const completed: [string, Mode][] = [];
    const runner = createRunner({
      world,
      simulator,
      scenarios: [shortScenario],
      onComplete: (id, mode) => completed.push([id, mode]),
      schedule: () => () => {}, // the play timer never fires here: PLAY/PAUSE are about state
    });
    const steps = graph.eventsTo(edge);
    expect(steps).not.toBeNull();
    for (const { event, state } of steps!) {
      const ctx = () => stepContextOf(world.get(), simulator);
      switch (event.type) {
        case 'START':
          runner.start(event.scenarioId, event.mode);
          break;
        case 'STEP_DONE':
          if (runner.getSnapshot().matches('demo')) runner.next();
          else for (const intent of [runner.step()!.perform(ctx())].flat()) simulator.perform(intent);
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
      expect(runner.getSnapshot().value, `after ${JSON.stringify(event)}`).toEqual(state.value);
      expect(runner.getSnapshot().context).toEqual(state.context);
    }
    // Facts of the real system that go with the state reached.
    const snap = runner.getSnapshot();
    if (snap.matches('completed')) expect(completed).toContainEqual(['kort', snap.context.mode]);
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
    expect(simulator.login.getSnapshot().value).toBe('primaweb');
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
    expect(runner.lastRefusal()?.intent).toEqual({ type: 'openAudience', audience: 'onderneming' });
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
});
