import { getContext, setContext } from 'svelte';
import type { Runtime } from '../app/runtime.svelte';

const KEY = Symbol('runtime');

export function provideRuntime(runtime: Runtime): void {
  setContext(KEY, runtime);
}

export function useRuntime(): Runtime {
  return getContext<Runtime>(KEY);
}

/**
 * What an application's screens show, computed once by its root component (its `connect`, issue
 * 14) and read by every part below it: one computation per change of the world or the machine,
 * not one per component that draws a piece of it.
 */
export function viewContext<T>(): { provide(get: () => T): void; use(): () => T } {
  const key = Symbol('view');
  return {
    provide: (get) => void setContext(key, get),
    use: () => getContext<() => T>(key),
  };
}
