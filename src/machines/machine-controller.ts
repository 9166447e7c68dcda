/**
 * The common shape of a flow controller: a learner's intent is first planned without changing
 * anything (the machine event and, where the intent changes the world, the world after it); it is
 * carried out only when the current screen accepts the event. So a refused intent changes nothing.
 *
 * Carrying it out is one step: the machine moves, then the world is written, and only then do the
 * controller's listeners hear of the new snapshot, once. No observer ever sees the new world with
 * the old screen, or the new screen with the old world (issue 14).
 */
import { createActor, type AnyMachineSnapshot, type AnyStateMachine, type EventFrom, type InputFrom, type SnapshotFrom } from 'xstate';
import type { World } from '../world/types';
import type { WorldAccess } from './world-access';

export interface Planned<E> {
  event: E;
  world?: World;
}

/**
 * The world as a machine's provided actions see it while an intent is carried out: they read and
 * write this staged world, which is written once the machine has moved (one step).
 */
export interface WorldStage {
  get(): World;
  set(next: World): void;
}

export interface MachineController<M extends AnyStateMachine, I> {
  getSnapshot(): SnapshotFrom<M>;
  subscribe(listener: (snapshot: SnapshotFrom<M>) => void): () => void;
  /** Whether the current screen offers this intent (pure: nothing changes). */
  accepts(intent: I): boolean;
  /** Carries the intent out; false when the current screen does not offer it. */
  perform(intent: I): boolean;
  /** Starts the machine again, with new input. */
  restart(input: InputFrom<M>): void;
  stop(): void;
}

export function createMachineController<M extends AnyStateMachine, I>(options: {
  machine: M;
  world: WorldAccess;
  input: InputFrom<M>;
  plan(intent: I, snapshot: SnapshotFrom<M>, world: World): Planned<EventFrom<M>> | null;
  /** The machine's named world effects (machine.provide), given the staged world. */
  provide?: (stage: WorldStage) => Parameters<M['provide']>[0];
}): MachineController<M, I> {
  const { world } = options;
  // While an intent is carried out, the world its plan made, changed further by the machine's actions.
  let staged: World | null = null;
  const stage: WorldStage = {
    get: () => staged ?? world.get(),
    set: (next) => {
      if (staged !== null) staged = next;
      else world.update(() => next);
    },
  };
  const machine = (options.provide ? options.machine.provide(options.provide(stage)) : options.machine) as M;
  const listeners = new Set<(snapshot: SnapshotFrom<M>) => void>();
  // While an intent is carried out, the actor's snapshots wait here until the world is written.
  let holding = false;
  let held = false;
  const announce = (snapshot: SnapshotFrom<M>) => listeners.forEach((l) => l(snapshot));

  function create(input: InputFrom<M>) {
    const created = createActor(machine, { input });
    created.subscribe((snapshot) => {
      if (holding) held = true;
      else announce(snapshot as SnapshotFrom<M>);
    });
    return created;
  }
  // The actor is in place before it starts: a listener that asks for the snapshot while the
  // first one is announced must get the new actor's, not the stopped one's.
  let actor = create(options.input);
  actor.start();

  const snapshot = () => actor.getSnapshot() as SnapshotFrom<M>;
  // The hub asks accepts() and then perform() for one click: the plan is pure, so the same intent
  // on the same snapshot and world is planned once (the world's check of a form runs once a click).
  let last: { intent: I; snapshot: SnapshotFrom<M>; world: World; plan: Planned<EventFrom<M>> | null } | null = null;
  const planned = (intent: I) => {
    const now = { snapshot: snapshot(), world: world.get() };
    if (last && last.intent === intent && last.snapshot === now.snapshot && last.world === now.world) return last.plan;
    const p = options.plan(intent, now.snapshot, now.world);
    const plan = p && (now.snapshot as AnyMachineSnapshot).can(p.event) ? p : null;
    last = { intent, ...now, plan };
    return plan;
  };

  return {
    getSnapshot: snapshot,
    subscribe(listener) {
      listeners.add(listener);
      listener(snapshot());
      return () => listeners.delete(listener);
    },
    accepts: (intent) => planned(intent) !== null,
    perform(intent) {
      const p = planned(intent);
      if (!p) return false;
      holding = true;
      held = false;
      staged = p.world ?? world.get();
      let next: World;
      try {
        actor.send(p.event);
      } finally {
        holding = false;
        next = staged;
        staged = null;
      }
      if (next !== world.get()) world.update(() => next);
      if (held) announce(snapshot());
      return true;
    },
    restart(input) {
      actor.stop();
      actor = create(input);
      actor.start();
      listeners.forEach((l) => l(snapshot()));
    },
    stop: () => actor.stop(),
  };
}
