/**
 * Chunks by the moment the simulator loads them (issue 13.4: the whole site for one language).
 *
 * Left to itself the bundler makes a chunk for every distinct set of dynamic imports a module is
 * reached from: 45 files, many under 1 kB gzipped, each gzipped on its own and each repeating its
 * import list. Yet every learner loads most of them at one moment: right after the first screen,
 * `Runtime.attach` and `loadScenarios` fetch the machines, the world, the scenarios and the tests
 * (src/main.ts). Here those modules are a few chunks, and each lazy screen (an application, the
 * simulator, the trainer's tools…) one chunk with everything only it uses, so the site is fewer,
 * larger files that compress better, and a learner loads nothing earlier than before:
 *
 * - a module the first screen needs (statically reachable from the entry) is left where the
 *   bundler and the first screen's own groups put it: the first screen does not grow;
 * - the messages (src/i18n/*.json) keep their chunk per part and language;
 * - a module reachable from an AFTER_START root is in one of the after-start layers, as
 *   architecture.md layers the code, each a chunk importing only the ones before it (so no chunk
 *   runs before one it needs): 'world' (domain and world), 'flows' (what the simulated
 *   applications' core needs: machines, controllers, runner), 'training' (scenarios, tests);
 * - any other module belongs to the lazy screen (a dynamic import's target) it is reached from;
 *   one reached from several goes to the screen that opens all of them (PrimaWeb's and ChaMan's
 *   shared popup to the simulator, whose browser window opens both), else is left to the bundler
 *   (the world migrations, loaded for an old save only).
 *
 * The graph is read in `buildEnd`, before the bundler asks the groups for their modules.
 */
import type { Plugin } from 'vite';

/**
 * What the runtime loads just after the first screen, for every learner (src/main.ts,
 * runtime.svelte.ts). Not the service worker's registration: it waits for the page's load event,
 * and stays a small chunk of its own that nothing else delays.
 */
export const AFTER_START = [
  'src/app/simulator-core.ts',
  'src/training/scenarios/index.ts',
  'src/training/scenarios/tests/index.ts',
  'src/training/assessment.ts',
  'src/training/assessments.ts',
];
/** The root of the 'flows' layer: the simulated applications' core. */
const FLOWS_ROOT = 'src/app/simulator-core.ts';

/**
 * The chunk a lazy screen's module is named after: an application's folder for its components
 * (views/primaweb/PrimawebApp.svelte and RoleChoice.svelte: 'primaweb'), a barrel's own name for
 * the barrels that gather a screen's parts (views/course/simulator.ts: 'simulator').
 */
export function screenOf(path: string): string | null {
  const m = /\/src\/views\/([a-z-]+)\/(?:([a-z-]+)\.ts|[^/]+\.svelte)$/.exec(path);
  if (!m) return null;
  return m[2] && m[2] !== 'index' ? m[2] : m[1]!;
}

const normal = (id: string) => id.replace(/\\/g, '/').replace(/\?.*$/, '');
const isMessages = (path: string) => /\/src\/i18n\/[^/]+\.json$/.test(path);

export interface ModuleGraph {
  /** Every module id with its static and dynamic imports. */
  modules: ReadonlyMap<string, { imports: readonly string[]; dynamicImports: readonly string[] }>;
  entries: readonly string[];
}

/** The group of each module that gets one (module id → chunk name), from the module graph. */
export function groupModules(graph: ModuleGraph, root: string): Map<string, string> {
  /** Everything `starts` import statically, themselves included, short of `stop`. */
  const closure = (starts: Iterable<string>, stop: ReadonlySet<string> = new Set()) => {
    const seen = new Set<string>();
    const todo = [...starts];
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (seen.has(id) || stop.has(id)) continue;
      seen.add(id);
      todo.push(...(graph.modules.get(id)?.imports ?? []));
    }
    return seen;
  };
  const base = normal(root).replace(/\/$/, '');
  const idsOf = (paths: readonly string[]) => [...graph.modules.keys()].filter((id) => paths.some((p) => normal(id) === `${base}/${p}`));

  const firstScreen = closure(graph.entries);
  const afterStart = closure(idsOf(AFTER_START), firstScreen);
  const flows = closure(idsOf([FLOWS_ROOT]), firstScreen);
  const layerOf = (id: string) => (/\/src\/(domain|world)\//.test(normal(id)) ? 'world' : flows.has(id) ? 'flows' : 'training');

  // The lazy screens: each dynamic import target outside the first screen and the after-start
  // layers, with the modules only it (and its own screens) brings, and the screen that opens it.
  const screens = new Map<string, string>();
  const screenModules = new Map<string, Set<string>>();
  const loaded = new Set([...firstScreen, ...afterStart]);
  for (const { dynamicImports } of graph.modules.values()) {
    for (const target of dynamicImports) {
      const screen = loaded.has(target) ? null : screenOf(normal(target));
      if (screen === null) continue;
      screens.set(target, screen);
      for (const id of closure([target], loaded)) {
        const set = screenModules.get(id) ?? new Set<string>();
        set.add(screen);
        screenModules.set(id, set);
      }
    }
  }
  // The screen that opens each screen: the one screen its dynamic import sits in, if there is one.
  const openers = new Map<string, string>();
  for (const [id, { dynamicImports }] of graph.modules) {
    const own = screenModules.get(id);
    if (own?.size !== 1) continue;
    const [opener] = own;
    for (const target of dynamicImports) {
      const screen = screens.get(target);
      if (screen !== undefined && screen !== opener && !openers.has(screen)) openers.set(screen, opener!);
    }
  }
  const screenFor = (set: ReadonlySet<string>): string | null => {
    if (set.size <= 1) return [...set][0] ?? null;
    for (const candidate of new Set(screens.values())) if ([...set].every((s) => s === candidate || openers.get(s) === candidate)) return candidate;
    return null;
  };

  const groups = new Map<string, string>();
  for (const id of graph.modules.keys()) {
    const path = normal(id);
    if (firstScreen.has(id) || isMessages(path) || path.includes('/node_modules/')) continue;
    const group = afterStart.has(id) ? layerOf(id) : screenFor(screenModules.get(id) ?? new Set());
    if (group) groups.set(id, group);
  }
  return groups;
}

/** The plugin that reads the graph, and the group function for `codeSplitting.groups`. */
export function loadMomentChunks(): { plugin: Plugin; groupOf: (id: string) => string | null } {
  let groups = new Map<string, string>();
  let root = process.cwd();
  const plugin: Plugin = {
    name: 'primaweb-load-moment-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildEnd() {
      const modules = new Map<string, { imports: readonly string[]; dynamicImports: readonly string[] }>();
      const entries: string[] = [];
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info) continue;
        modules.set(id, { imports: info.importedIds, dynamicImports: info.dynamicallyImportedIds });
        if (info.isEntry) entries.push(id);
      }
      groups = groupModules({ modules, entries }, root);
    },
    // A cycle between chunks would let one run before a chunk it needs: fail the build instead.
    generateBundle(_options, bundle) {
      const imports = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c.imports] as const] : [])));
      const cycle = findCycle(imports);
      if (cycle) this.error(`chunks import each other: ${cycle.join(' → ')}`);
    },
  };
  return { plugin, groupOf: (id) => groups.get(id) ?? null };
}

/** A cycle in a graph of chunks (file → the files it imports), as the path around it, or null. */
export function findCycle(imports: ReadonlyMap<string, readonly string[]>): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return null;
    path.push(file);
    for (const next of imports.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return null;
  };
  for (const file of imports.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}
