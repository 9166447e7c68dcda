/** One click, one plan: the hub's accepts-then-perform asks the world's rules once (issue 14). */
import { describe, expect, it, vi } from 'vitest';
import { setup } from 'xstate';
import { createMachineController } from './machine-controller';
import { worldHolder } from './world-access';
import { initialWorld } from '../world/seed';

type Ev = { type: 'go' };
const machine = setup({ types: { events: {} as Ev } }).createMachine({ initial: 'a', states: { a: { on: { go: 'b' } }, b: { on: { go: 'a' } } } });

describe('a controller plans an intent once per click', () => {
  it('accepts then perform of the same intent plans it once; a new snapshot or world plans it again', () => {
    const world = worldHolder(initialWorld());
    const plan = vi.fn((intent: Ev) => ({ event: intent }));
    const controller = createMachineController({ machine, world, input: undefined as never, plan });
    const go: Ev = { type: 'go' };
    expect(controller.accepts(go)).toBe(true);
    expect(controller.perform(go)).toBe(true);
    expect(plan).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot().value).toBe('b');
    // The snapshot moved on: the same intent is planned afresh, and carried out from there.
    expect(controller.perform(go)).toBe(true);
    expect(plan).toHaveBeenCalledTimes(2);
    expect(controller.getSnapshot().value).toBe('a');
    // The world changed (a trainer's tool): planned afresh too.
    expect(controller.accepts(go)).toBe(true);
    world.update((w) => ({ ...w, today: '2025-06-01' }));
    expect(controller.perform(go)).toBe(true);
    expect(plan).toHaveBeenCalledTimes(4);
  });
});
