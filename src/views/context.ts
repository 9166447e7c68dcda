import { getContext, setContext } from 'svelte';
import type { Runtime } from '../app/runtime.svelte';

const KEY = Symbol('runtime');

export function provideRuntime(runtime: Runtime): void {
  setContext(KEY, runtime);
}

export function useRuntime(): Runtime {
  return getContext<Runtime>(KEY);
}
