import { describe, expect, it } from 'vitest';
import { migrate } from '../storage/migrations';
import { initialWorld } from '../world/seed';
import { ASSESSMENTS_RECORD, CHECKLIST_RECORD, COURSE_RECORD, PREFS_RECORD, PROGRESS_RECORD } from './records';
import { SCENARIO_RUN_RECORD, WORLD_RECORD } from './world-records';
import schema1 from './save-fixtures/schema-1.json';

describe('the scenario run record (issue 12.3)', () => {
  const run = { scenarioId: 'aanmelden-primaweb', mode: 'guided', startWorld: initialWorld(), intents: [{ type: 'openAudience', audience: 'professionals' }] };

  it('holds the run under way, or none; anything else is refused', () => {
    expect(SCENARIO_RUN_RECORD.validate({ run: null })).toEqual({ ok: true, value: { run: null } });
    expect(SCENARIO_RUN_RECORD.validate({ run })).toMatchObject({ ok: true, value: { run: { scenarioId: 'aanmelden-primaweb', mode: 'guided' } } });
    for (const bad of [null, {}, { run: { ...run, mode: 'assessment' } }, { run: { ...run, intents: [{ kind: 'x' }] } }, { run: { ...run, startWorld: { people: 'niemand' } } }, { run: { ...run, scenarioId: 3 } }]) {
      expect(SCENARIO_RUN_RECORD.validate(bad).ok).toBe(false);
    }
  });

  it("shares the world's schema, and the world's migrations bring an older run's starting world up to date", async () => {
    expect(SCENARIO_RUN_RECORD.schema).toBe(WORLD_RECORD.schema);
    const oldWorld = JSON.parse(schema1.localStorage['primaweb-simulator/world']).data;
    const migrations = typeof SCENARIO_RUN_RECORD.migrations === 'function' ? await SCENARIO_RUN_RECORD.migrations() : SCENARIO_RUN_RECORD.migrations;
    const outcome = migrate({ run: { ...run, startWorld: oldWorld } }, 1, SCENARIO_RUN_RECORD.schema, migrations);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const valid = SCENARIO_RUN_RECORD.validate(outcome.data);
    expect(valid.ok && valid.value.run?.startWorld.tbUsers.length).toBeGreaterThan(0);
    expect(migrate({ run: null }, 1, SCENARIO_RUN_RECORD.schema, migrations)).toMatchObject({ ok: true, data: { run: null } });
  });
});

describe('the prefs record keeps trainer mode (issue 12.4)', () => {
  it('accepts prefs saved before trainer mode existed, and prefs with it; refuses a trainer that is not yes/no', () => {
    expect(PREFS_RECORD.validate({ locale: 'nl' })).toEqual({ ok: true, value: { locale: 'nl' } });
    expect(PREFS_RECORD.validate({ locale: 'fr', trainer: true })).toEqual({ ok: true, value: { locale: 'fr', trainer: true } });
    expect(PREFS_RECORD.validate({ locale: 'fr', trainer: 'ja' }).ok).toBe(false);
    expect(PREFS_RECORD.validate({ locale: 'xx', trainer: true }).ok).toBe(false);
    expect(PREFS_RECORD.schema).toBe(1);
  });
});

describe("the learner's records are checked by their schemas (issue 14.4)", () => {
  it('names the first problem with its path, and keeps what it does not know', () => {
    expect(PROGRESS_RECORD.validate({ 'mijn-toegangen': { demo: '2025-03-01T10:00:00.000Z', pauze: 'x' } })).toEqual({ ok: false, problem: 'progress.mijn-toegangen.pauze: ongeldige waarde' });
    expect(PROGRESS_RECORD.validate([])).toEqual({ ok: false, problem: 'progress: object verwacht' });
    expect(CHECKLIST_RECORD.validate({ '1': ['a'], '4': [] })).toEqual({ ok: false, problem: 'checklist.4: ongeldige waarde' });
    expect(CHECKLIST_RECORD.validate({ '2': ['a', 3] })).toEqual({ ok: false, problem: 'checklist.2[1]: tekst verwacht' });
    expect(CHECKLIST_RECORD.validate({ '1': ['a'] })).toEqual({ ok: true, value: { '1': ['a'] } });
    expect(ASSESSMENTS_RECORD.validate([{ assessmentId: 't', title: { nl: 'T', fr: 'T' }, startedAt: 'gisteren' }])).toEqual({ ok: false, problem: 'assessments[0].startedAt: tijdstip verwacht' });
    expect(COURSE_RECORD.validate({ lastActivity: null, learnerName: 'x'.repeat(81) })).toEqual({ ok: false, problem: 'course.learnerName: te lang' });
    expect(PREFS_RECORD.validate({ locale: 'xx' })).toEqual({ ok: false, problem: 'prefs.locale: onbekende taal' });
    expect(PREFS_RECORD.validate({ locale: 'de', later: 1 })).toEqual({ ok: true, value: { locale: 'de' } });
    const progress = { x: { guided: '2025-03-01T10:00:00.000Z' }, later: {} };
    expect(PROGRESS_RECORD.validate(progress)).toEqual({ ok: true, value: progress });
  });

  it('checks a scenario run’s starting world with the world’s schema', () => {
    const startWorld = { ...initialWorld(), readerCardId: 'nobody' };
    expect(SCENARIO_RUN_RECORD.validate({ run: { scenarioId: 'x', mode: 'demo', startWorld, intents: [] } })).toEqual({
      ok: false,
      problem: 'scenario-run.run.startWorld.readerCardId: onbekende persoon',
    });
    expect(SCENARIO_RUN_RECORD.validate({ run: { scenarioId: 'x', mode: 'demo', startWorld: initialWorld(), intents: [{ kind: 'x' }] } })).toEqual({
      ok: false,
      problem: 'scenario-run.run.intents[0]: handeling verwacht',
    });
  });
});
