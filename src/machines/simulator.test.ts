/**
 * The hub carries an intent out as one step: its listeners hear once, after the world and every
 * flow have moved, so what they read is consistent (issue 14: a runner's check used to see the
 * new world beside the old screen, 2 to 4 times per intent).
 */
import { describe, expect, it } from 'vitest';
import { stepContextOf } from '../training/scenario';
import { loginScenario } from '../training/scenarios/login.scenario';
import { initialWorld } from '../world/seed';
import { createSimulator, type Intent } from './simulator';
import { worldHolder } from './world-access';

describe('the intent hub', () => {
  it('notifies once per intent on the whole login to PrimaWeb, with world and screens already moved', () => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    const seen: { session: boolean; login: string; primaweb: string }[] = [];
    simulator.subscribe(() =>
      seen.push({ session: world.get().session !== null, login: JSON.stringify(simulator.login.getSnapshot().value), primaweb: JSON.stringify(simulator.primaweb.getSnapshot().value) }),
    );
    for (const step of loginScenario.steps) {
      const intents = [step.perform(stepContextOf(world.get(), simulator))].flat() as Intent[];
      for (const intent of intents) {
        const before = seen.length;
        expect(simulator.perform(intent), `${step.id}: ${intent.type}`).toBe(true);
        expect(seen.length - before, `${step.id}: ${intent.type} notifies once`).toBe(1);
        // What the listener read is what holds now: nothing moved after it heard.
        expect(seen.at(-1)).toEqual({ session: world.get().session !== null, login: JSON.stringify(simulator.login.getSnapshot().value), primaweb: JSON.stringify(simulator.primaweb.getSnapshot().value) });
      }
    }
    // The session opened together with the screen that shows it.
    expect(seen.at(-1)?.session).toBe(true);
    expect(seen.at(-1)?.login).toBe('{"session":"primaweb"}');
    for (const s of seen) if (s.login === '{"session":"primaweb"}') expect(s.session).toBe(true);
  });

  it('a refused intent notifies nobody; a world change outside an intent is passed on once', () => {
    const world = worldHolder(initialWorld());
    const simulator = createSimulator(world, () => 'nl');
    let heard = 0;
    simulator.subscribe(() => heard++);
    expect(simulator.perform({ type: 'pw.home' })).toBe(false);
    expect(heard).toBe(0);
    world.update((w) => ({ ...w, today: '2025-02-01' }));
    expect(heard).toBe(1);
  });
});
