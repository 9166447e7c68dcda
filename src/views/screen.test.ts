/** Every state of the login machine is a screen of the simulated browser, named by its path. */
import { describe, expect, it } from 'vitest';
import { createActor, type StateNode } from 'xstate';
import { loginMachine } from '../machines/login.machine';
import { addressOf, screenOf, type Screen } from './screen';

/** The machine's leaf states, as paths ("portal.home"). */
const leaves = (node: StateNode<never, never>, prefix: string[] = []): string[] =>
  Object.values(node.states).length === 0 ? [prefix.join('.')] : Object.entries(node.states).flatMap(([key, child]) => leaves(child as StateNode<never, never>, [...prefix, key]));

describe('screens', () => {
  const paths = leaves(loginMachine.root as unknown as StateNode<never, never>);
  const context = createActor(loginMachine, { input: {} }).getSnapshot().context;

  it('each state of the login machine but the transient "boot" is the screen of its path, with an address', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const [parent, child] = path.split('.');
      const snapshot = loginMachine.resolveState({ value: child ? { [parent!]: child } : parent!, context } as never);
      expect(screenOf(snapshot), path).toBe(path === 'boot' ? 'portal.home' : path);
      expect(addressOf(screenOf(snapshot) as Screen), path).toMatch(/^https:\/\//);
    }
  });
});
