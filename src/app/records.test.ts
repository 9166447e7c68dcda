import { describe, expect, it } from 'vitest';
import { migrate } from '../storage/migrations';
import { initialWorld } from '../world/seed';
import { PREFS_RECORD } from './records';
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
