import type { World } from '../world/types';

/** How machines' controllers read and change the simulated world, without knowing where it lives. */
export interface WorldAccess {
  get(): World;
  update(change: (world: World) => World): void;
  /** Calls back after every change, whoever made it. */
  subscribe(listener: (world: World) => void): () => void;
}

/** A plain in-memory world holder, for tests and for tools that need no persistence. */
export function worldHolder(initial: World): WorldAccess {
  let world = initial;
  const listeners = new Set<(world: World) => void>();
  return {
    get: () => world,
    update: (change) => {
      const next = change(world);
      if (next === world) return;
      world = next;
      listeners.forEach((l) => l(world));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
