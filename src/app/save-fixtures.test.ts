/**
 * Every world schema that ever shipped has a fixture of a real save (save-fixtures/, made by driving
 * that version in Chromium, never edited). Each is opened here through the real persistence layer,
 * every record with its own spec, as the simulator opens a learner's browser: it must migrate,
 * validate, and keep everything the learner did in it.
 */
import { describe, expect, it } from 'vitest';
import { createPersistence, type PersistenceNotice } from '../storage/persistence';
import type { KeyValueBackend } from '../storage/backend';
import { ASSESSMENT_RUN_RECORD, ASSESSMENTS_RECORD, CHECKLIST_RECORD, COURSE_RECORD, PREFS_RECORD, PROGRESS_RECORD, type RecordSpec } from './records';
import { SCENARIO_RUN_RECORD, WORLD_RECORD } from './world-records';
import { validateWorld } from '../world/validate';
import type { World } from '../world/types';
import schema1 from './save-fixtures/schema-1.json';
import schema2 from './save-fixtures/schema-2.json';
import schema3 from './save-fixtures/schema-3.json';
import schema4 from './save-fixtures/schema-4.json';
import type { SavedScenarioRun } from '../training/scenario-run';

interface Fixture {
  madeBy: string;
  localStorage: Record<string, string>;
}

const FIXTURES: [number, Fixture][] = [
  [1, schema1],
  [2, schema2],
  [3, schema3],
  [4, schema4],
];

const HERSTAPPE = '0212333592';

/** localforage's localStorage driver, read-only, over the fixture's entries. */
function fixtureBackend(fixture: Fixture): KeyValueBackend {
  const raw = (key: string) => fixture.localStorage[`primaweb-simulator/${key}`] ?? null;
  return {
    kind: 'localStorage',
    ready: async () => {},
    get: async (key) => {
      const value = raw(key);
      return value === null ? null : JSON.parse(value);
    },
    getRaw: raw,
    set: async () => {
      throw new Error('read-only');
    },
    subscribe: () => () => {},
  };
}

async function open<T>(fixture: Fixture, spec: RecordSpec<T>): Promise<{ value: T | null; notices: PersistenceNotice[] }> {
  const notices: PersistenceNotice[] = [];
  const store = createPersistence<T>({ backend: fixtureBackend(fixture), ...spec, tabId: 'test', notify: (n) => notices.push(n) });
  return { value: await store.load(), notices };
}

describe.each(FIXTURES)('a real save of world schema %i', (schema, fixture) => {
  it('is the schema it says it is', () => {
    expect(JSON.parse(fixture.localStorage['primaweb-simulator/world']!).schema).toBe(schema);
    expect(fixture.madeBy).toContain(`schema ${schema}`);
  });

  it('opens in this version with every record usable and no notice', async () => {
    for (const spec of [WORLD_RECORD, PROGRESS_RECORD, CHECKLIST_RECORD, ASSESSMENTS_RECORD, ASSESSMENT_RUN_RECORD, SCENARIO_RUN_RECORD, COURSE_RECORD, PREFS_RECORD] as RecordSpec<unknown>[]) {
      const stored = fixture.localStorage[`primaweb-simulator/${spec.key}`];
      const { value, notices } = await open(fixture, spec);
      expect(notices, spec.key).toEqual([]);
      if (stored === undefined) expect(value, spec.key).toBeNull();
      else expect(value, spec.key).not.toBeNull();
    }
  });

  it("keeps the learner's world: their profile and its assignment, the integration they made, the simulated date", async () => {
    const { value } = await open(fixture, WORLD_RECORD);
    const world = value as World;
    expect(validateWorld(world).ok).toBe(true);
    const profile = world.profiles.find((p) => p.description.nl === `Fixture profiel schema ${schema}`);
    expect(profile).toMatchObject({ kbo: HERSTAPPE, description: { fr: `Profil fixture schéma ${schema}` } });
    expect(profile!.functions).toContain('dossiers.opzoeken');
    expect(world.assignments).toContainEqual({ personId: 'pieter', kbo: HERSTAPPE, profileId: profile!.id });
    expect(world.primawebUsers.find((u) => u.personId === 'pieter' && u.kbo === HERSTAPPE)).toMatchObject({ active: true });
    expect(world.integrations).toContainEqual({ clientId: 'tom', institution: `ocmw:${HERSTAPPE}`, code: '01', periods: [{ start: '2014-12-01', end: '2015-01-31' }] });
    expect(world.today).toBe('2025-03-01');
  });

  it('gains what the later schemas brought: accounts, the merger world', async () => {
    const world = (await open(fixture, WORLD_RECORD)).value as World;
    expect(world.tbUsers.some((u) => u.kbo === HERSTAPPE && u.type === 'LB')).toBe(true);
    expect(world.enterprises.find((e) => e.kbo === '1009000136')).toBeDefined();
    expect(world.people.map((p) => p.id)).toEqual(expect.arrayContaining(['bram', 'karen', 'hanne', 'wout', 'els']));
    expect('roles' in world).toBe(false);
  });

  it('keeps the progress of the scenario done in guided mode', async () => {
    const progress = (await open(fixture, PROGRESS_RECORD)).value as Record<string, Record<string, string>>;
    expect(progress['aanmelden-primaweb']?.guided).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('what only some fixtures hold', () => {
  it('schema 1 and 3: the language chosen; schema 4: the language and trainer mode', async () => {
    expect((await open(schema1, PREFS_RECORD)).value).toEqual({ locale: 'fr' });
    expect((await open(schema3, PREFS_RECORD)).value).toEqual({ locale: 'fr' });
    expect((await open(schema4, PREFS_RECORD)).value).toEqual({ locale: 'fr', trainer: true });
  });

  it('schema 2, 3 and 4: the Mutaties saved in OCMW-configuratie and the checklist ticks', async () => {
    for (const fixture of [schema2, schema3, schema4]) {
      const world = (await open(fixture, WORLD_RECORD)).value as World;
      const config = world.ocmwConfigs.find((c) => c.kbo === HERSTAPPE);
      expect(config?.mutations).toBeDefined();
      expect(config!.mutations).not.toContain('MURN');
      expect((await open(fixture, CHECKLIST_RECORD)).value).toEqual({ '1': ['s1.chaman.1', 's1.toegangsbeheer.2'] });
    }
  });

  it('schema 3: the report of the finished test', async () => {
    const history = (await open(schema3, ASSESSMENTS_RECORD)).value as { assessmentId: string; finishedAt: string; results: { handedIn: boolean }[] }[];
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ assessmentId: 'toets-fusies-2025', finishedAt: '2026-12-01T21:40:10.360Z' });
    expect(history[0]!.results).toHaveLength(4);
    expect(history[0]!.results.every((r) => r.handedIn)).toBe(true);
    expect((await open(schema3, ASSESSMENT_RUN_RECORD)).value).toEqual({ run: null });
  });

  it('schema 4: two reports, the merger test handed in and "Toets: aanmelden" passed through the screens', async () => {
    const history = (await open(schema4, ASSESSMENTS_RECORD)).value as { assessmentId: string; results: { handedIn: boolean; goals: { met: boolean }[] }[] }[];
    expect(history.map((r) => r.assessmentId).sort()).toEqual(['toets-aanmelden', 'toets-fusies-2025']);
    const merger = history.find((r) => r.assessmentId === 'toets-fusies-2025')!;
    expect(merger.results).toHaveLength(4);
    expect(merger.results.every((r) => r.handedIn)).toBe(true);
    const login = history.find((r) => r.assessmentId === 'toets-aanmelden')!;
    expect(login.results).toHaveLength(4);
    expect(login.results.every((r) => !r.handedIn && r.goals.every((g) => g.met))).toBe(true);
    expect((await open(schema4, ASSESSMENT_RUN_RECORD)).value).toEqual({ run: null });
  });

  it('schema 4: the scenario run left under way, "Een profiel verwijderen" in guided mode after its first step', async () => {
    const { value, notices } = await open(schema4, SCENARIO_RUN_RECORD);
    expect(notices).toEqual([]);
    const run = (value as SavedScenarioRun).run!;
    expect(run).toMatchObject({ scenarioId: 'profiel-verwijderen', mode: 'guided', intents: [{ type: 'pw.openManagement' }] });
    expect(validateWorld(run.startWorld as World).ok).toBe(true);
    expect((run.startWorld as World).profiles.some((p) => p.description.nl === 'Onthaal')).toBe(true);
  });

  it("schema 4: the course record, the learner's name for the certificate and the last activity", async () => {
    expect((await open(schema4, COURSE_RECORD)).value).toEqual({
      lastActivity: { kind: 'scenario', id: 'profiel-verwijderen', mode: 'guided' },
      learnerName: 'Fixture Leerling Schema 4',
    });
  });
});
