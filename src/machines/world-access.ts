import type { World } from '../world/types';

/** How machines' controllers read and change the simulated world, without knowing where it lives. */
export interface WorldAccess {
  get(): World;
  update(change: (world: World) => World): void;
}

/** A plain in-memory world holder, for tests and for tools that need no persistence. */
export function worldHolder(initial: World): WorldAccess {
  let world = initial;
  return {
    get: () => world,
    update: (change) => {
      world = change(world);
    },
  };
}
