import { describe, expect, it } from 'vitest';
import { findCycle, groupModules, screenOf, type ModuleGraph } from './load-moment-chunks';

const ROOT = '/p';
/** A graph from `file: [static imports] | dynamic imports`, paths relative to the root. */
function graph(modules: Record<string, { imports?: string[]; dynamic?: string[] }>, entries = ['index.html']): ModuleGraph {
  const id = (p: string) => `${ROOT}/${p}`;
  return {
    modules: new Map(Object.entries(modules).map(([p, m]) => [id(p), { imports: (m.imports ?? []).map(id), dynamicImports: (m.dynamic ?? []).map(id) }])),
    entries: entries.map(id),
  };
}
const named = (groups: Map<string, string>) => Object.fromEntries([...groups].map(([id, g]) => [id.slice(ROOT.length + 1), g]));

/** A small simulator: the first screen, what it loads just after, the simulator window and two applications. */
const SIMULATOR = graph({
  'index.html': { imports: ['src/main.ts'] },
  'src/main.ts': { imports: ['src/app/runtime.svelte.ts', 'src/i18n/nl.json'], dynamic: ['src/app/service-worker.ts'] },
  'src/app/runtime.svelte.ts': {
    imports: ['src/domain/dates.ts'],
    dynamic: ['src/app/simulator-core.ts', 'src/training/scenarios/index.ts', 'src/views/course/simulator.ts', 'src/views/course/screens.ts', 'src/i18n/fr.json'],
  },
  'src/domain/dates.ts': {},
  'src/i18n/nl.json': {},
  'src/i18n/fr.json': {},
  'src/app/service-worker.ts': {},
  'src/app/simulator-core.ts': { imports: ['src/machines/login.machine.ts', 'src/world/seed.ts', 'node_modules/xstate/dist/xstate.esm.js'], dynamic: ['src/app/world-migrations.ts'] },
  'src/machines/login.machine.ts': { imports: ['src/domain/dates.ts', 'src/world/seed.ts'] },
  'src/world/seed.ts': { imports: ['src/domain/insz.ts'] },
  'src/domain/insz.ts': {},
  'node_modules/xstate/dist/xstate.esm.js': {},
  'src/app/world-migrations.ts': {},
  'src/training/scenarios/index.ts': { imports: ['src/machines/login.machine.ts', 'src/training/scenarios/steps.ts'] },
  'src/training/scenarios/steps.ts': {},
  'src/views/course/simulator.ts': { imports: ['src/views/shell/BrowserWindow.svelte'] },
  'src/views/shell/BrowserWindow.svelte': { imports: ['src/views/views.ts'], dynamic: ['src/views/primaweb/PrimawebApp.svelte', 'src/views/primaweb/RoleChoice.svelte', 'src/views/chaman/ChamanApp.svelte'] },
  'src/views/views.ts': {},
  'src/views/primaweb/PrimawebApp.svelte': { imports: ['src/views/primaweb/Popup.svelte', 'src/machines/primaweb.connect.ts', 'src/world/seed.ts'] },
  'src/views/primaweb/RoleChoice.svelte': { imports: ['src/views/views.ts'] },
  'src/machines/primaweb.connect.ts': {},
  'src/views/primaweb/Popup.svelte': {},
  'src/views/chaman/ChamanApp.svelte': { imports: ['src/views/primaweb/Popup.svelte'] },
  'src/views/course/screens.ts': { imports: ['src/views/course/Results.svelte', 'src/views/assessment/moment.ts'] },
  'src/views/course/Results.svelte': {},
  'src/views/assessment/moment.ts': {},
});

describe('groupModules', () => {
  const groups = named(groupModules(SIMULATOR, ROOT));

  it('leaves the first screen, the messages and the libraries to the bundler', () => {
    for (const file of ['src/main.ts', 'src/app/runtime.svelte.ts', 'src/domain/dates.ts', 'src/i18n/nl.json', 'src/i18n/fr.json', 'node_modules/xstate/dist/xstate.esm.js']) {
      expect(groups[file], file).toBeUndefined();
    }
  });

  it('puts what loads just after the first screen in layers: world, flows, training', () => {
    expect(groups['src/world/seed.ts']).toBe('world');
    expect(groups['src/domain/insz.ts']).toBe('world');
    expect(groups['src/app/simulator-core.ts']).toBe('flows');
    expect(groups['src/machines/login.machine.ts']).toBe('flows');
    expect(groups['src/training/scenarios/index.ts']).toBe('training');
    expect(groups['src/training/scenarios/steps.ts']).toBe('training');
    // The service worker's registration: a dynamic import of its own, on no screen.
    expect(groups['src/app/service-worker.ts']).toBeUndefined();
  });

  it('gives each lazy screen what only it brings, named by its folder or its barrel', () => {
    expect(groups['src/views/course/simulator.ts']).toBe('simulator');
    expect(groups['src/views/shell/BrowserWindow.svelte']).toBe('simulator');
    expect(groups['src/views/primaweb/PrimawebApp.svelte']).toBe('primaweb');
    expect(groups['src/views/primaweb/RoleChoice.svelte']).toBe('primaweb');
    expect(groups['src/machines/primaweb.connect.ts']).toBe('primaweb');
    expect(groups['src/views/chaman/ChamanApp.svelte']).toBe('chaman');
    expect(groups['src/views/course/Results.svelte']).toBe('screens');
  });

  it('gives a module shared by screens to the screen that opens them all', () => {
    // PrimaWeb and ChaMan both use the popup; the simulator's browser window opens both.
    expect(groups['src/views/primaweb/Popup.svelte']).toBe('simulator');
    // The simulator and RoleChoice (which the simulator opens) both use views.ts.
    expect(groups['src/views/views.ts']).toBe('simulator');
  });

  it('leaves to the bundler what no screen and no after-start root reaches, or screens share with no common opener', () => {
    // The world migrations: loaded for an old save only.
    expect(groups['src/app/world-migrations.ts']).toBeUndefined();
    // Only the course screens use moment.ts here, so it is theirs; shared with a sibling it would not be.
    expect(groups['src/views/assessment/moment.ts']).toBe('screens');
    const shared = graph({
      'index.html': { imports: ['src/main.ts'] },
      'src/main.ts': { dynamic: ['src/views/course/screens.ts', 'src/views/assessment/index.ts'] },
      'src/views/course/screens.ts': { imports: ['src/views/assessment/moment.ts'] },
      'src/views/assessment/index.ts': { imports: ['src/views/assessment/moment.ts'] },
      'src/views/assessment/moment.ts': {},
    });
    const g = named(groupModules(shared, ROOT));
    expect(g['src/views/assessment/index.ts']).toBe('assessment');
    expect(g['src/views/assessment/moment.ts']).toBeUndefined();
  });

  it('never puts a first-screen module in a group, whatever imports it', () => {
    expect(Object.keys(groups)).not.toContain('src/domain/dates.ts');
  });
});

describe('screenOf', () => {
  it.each([
    ['/p/src/views/primaweb/PrimawebApp.svelte', 'primaweb'],
    ['/p/src/views/course/simulator.ts', 'simulator'],
    ['/p/src/views/shell/trainer.ts', 'trainer'],
    ['/p/src/views/assessment/index.ts', 'assessment'],
    ['/p/src/app/world-migrations.ts', null],
  ])('%s → %s', (path, screen) => {
    expect(screenOf(path)).toBe(screen);
  });
});

describe('findCycle', () => {
  it('finds none in layers', () => {
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeNull();
  });
  it('names the chunks around a cycle', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
