import { describe, expect, it } from 'vitest';
import { createSimulator } from './simulator';
import { worldHolder } from './world-access';
import { HERSTAPPE, initialWorld } from '../world/seed';

describe("issue 12.4: the trainer resets one application's data through the intent hub", () => {
  it("'sim.resetApp' resets ChaMan and keeps a PrimaWeb profile; an unknown application is refused", () => {
    const start = initialWorld();
    const world = worldHolder({
      ...start,
      profiles: [...start.profiles, { id: 'eigen', kbo: HERSTAPPE, description: { nl: 'E', fr: 'E' }, functions: [] }],
      chaman: [{ kbo: HERSTAPPE, senderNumber: '1', contact: null, ftp: [], rest: [], delegations: [] }],
    });
    const simulator = createSimulator(world, () => 'nl');
    expect(simulator.perform({ type: 'sim.resetApp', app: 'chaman' })).toBe(true);
    expect(world.get().chaman).toEqual([]);
    expect(world.get().profiles.some((p) => p.id === 'eigen')).toBe(true);
    const before = world.get();
    expect(simulator.perform({ type: 'sim.resetApp', app: 'portaal' as never })).toBe(false);
    expect(world.get()).toBe(before);
  });
});
