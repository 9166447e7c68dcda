import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plusDays } from '../domain/dates';
import { overlaps } from '../domain/periods';
import { addMember, createRequest, removeMember, searchClients } from './clients';
import { consultRepertory, disintegrate, integrate, ownIntegrations, type CommandResult } from './integrations';
import { HERSTAPPE, KOEKELBERG, initialWorld } from './seed';
import { validateWorld } from './validate';
import type { World } from './types';

const ok = (r: CommandResult): World => {
  if (!r.ok) throw new Error(r.errors.form);
  return r.world;
};
const SARA = { requestId: 'aanvraag-1', clientIds: ['sara'] };

describe('manual integration (003, 2.1)', () => {
  it('without an end date, integrates for the code’s maximum period', () => {
    const r = integrate(initialWorld(), { ...SARA, code: '02', start: '2025-02-01', end: null });
    expect(r.ok && r.outcomes).toEqual([{ clientId: 'sara', ok: true, period: { start: '2025-02-01', end: '2026-01-31' } }]);
    expect(ownIntegrations(ok(r), 'sara', HERSTAPPE).find((i) => i.code === '02')?.periods).toEqual([{ start: '2025-02-01', end: '2026-01-31' }]);
  });

  it('gives each person their own outcome and refuses what the rules forbid', () => {
    const world = initialWorld();
    const outcome = (code: string, start: string, end: string | null, clientIds = ['sara']) => {
      const r = integrate(world, { requestId: 'aanvraag-1', clientIds, code, start, end });
      return r.ok ? r.outcomes.map((o) => (o.ok ? 'ok' : o.error)) : r.errors.form;
    };
    expect(outcome('01', '2025-02-01', '2025-04-01')).toEqual(['tooLong']); // more than 2 months
    expect(outcome('01', '2025-02-01', '2025-03-31')).toEqual(['ok']);
    expect(outcome('02', '2025-02-01', '2025-01-31')).toEqual(['endBeforeStart']);
    expect(outcome('11', '2025-02-01', null)).toEqual(['notManual']);
    expect(outcome('12', '2025-02-01', null)).toEqual(['notManual']);
    expect(outcome('30', '2025-02-01', null)).toEqual(['ownManual']);
    expect(outcome('02', '2025-02-01', null, ['sara', 'youssef', 'tom'])).toEqual(['ok', 'notInHousehold', 'ok']);
    expect(outcome('02', '2025-02-01', null, [])).toBe('noPersons');
  });

  it('code 40 runs over the calendar year', () => {
    const r = integrate(initialWorld(), { ...SARA, code: '40', start: '2025-03-10', end: null });
    expect(r.ok && r.outcomes[0]).toMatchObject({ ok: true, period: { start: '2025-03-10', end: '2025-12-31' } });
  });
});

describe('manual disintegration (003, 2.2): the worked examples', () => {
  const base = () => ok(integrate(initialWorld(), { requestId: 'aanvraag-1', clientIds: ['tom'], code: '01', start: '2014-12-01', end: '2015-01-31' }));
  const tom01 = (w: World) => ownIntegrations(w, 'tom', HERSTAPPE).find((i) => i.code === '01')?.periods;

  it('from 01/01/2015 without end: 01/12/2014–31/12/2014 remains', () => {
    const w = ok(disintegrate(base(), { requestId: 'aanvraag-1', clientIds: ['tom'], code: '01', start: '2015-01-01', end: null }));
    expect(tom01(w)).toEqual([{ start: '2014-12-01', end: '2014-12-31' }]);
  });

  it('01/01/2015–14/01/2015: 01/12/2014–31/12/2014 and 15/01/2015–31/01/2015 remain', () => {
    const w = ok(disintegrate(base(), { requestId: 'aanvraag-1', clientIds: ['tom'], code: '01', start: '2015-01-01', end: '2015-01-14' }));
    expect(tom01(w)).toEqual([
      { start: '2014-12-01', end: '2014-12-31' },
      { start: '2015-01-15', end: '2015-01-31' },
    ]);
  });

  it('says so when there is nothing to disintegrate in the period', () => {
    const r = disintegrate(base(), { requestId: 'aanvraag-1', clientIds: ['tom'], code: '02', start: '2015-01-01', end: null });
    expect(r.ok && r.outcomes[0]).toMatchObject({ ok: false, error: 'notIntegrated' });
  });
});

describe('the repertory and the files', () => {
  it('consultation shows other OCMWs and institutions too, this OCMW first', () => {
    const rows = consultRepertory(initialWorld(), 'youssef', { start: '2023-01-01', end: '2025-12-31' }, HERSTAPPE);
    expect(rows.map((r) => r.institution)).toEqual([`ocmw:${HERSTAPPE}`, `ocmw:${KOEKELBERG}`]);
    expect(consultRepertory(initialWorld(), 'youssef', { start: '2025-03-01', end: '2025-03-31' }, HERSTAPPE)).toEqual([]);
  });

  it('a new request integrates its main beneficiary in code 01 for 30 days', () => {
    const created = createRequest({ ...initialWorld(), today: '2025-03-01' }, HERSTAPPE, 'jeanne');
    if (!created.ok) throw new Error();
    expect(ownIntegrations(created.world, 'jeanne', HERSTAPPE)).toEqual([{ code: '01', periods: [{ start: '2025-03-01', end: '2025-03-30' }] }]);
  });

  it('finds clients by name or INSZ, and keeps the household consistent', () => {
    expect(searchClients(initialWorld(), 'peeters').map((c) => c.id)).toEqual(['tom', 'lien', 'noah']);
    expect(searchClients(initialWorld(), '90.04.12-214.83').map((c) => c.id)).toEqual(['sara']);
    const world = initialWorld();
    expect(addMember(world, 'aanvraag-3', 'jeanne', 'inwonende').ok).toBe(true);
    expect(addMember(world, 'aanvraag-1', 'youssef', 'partner')).toEqual({ ok: false, errors: { form: 'secondPartner' } });
    expect(removeMember(world, 'aanvraag-1', 'sara')).toEqual({ ok: false, errors: { form: 'mainBeneficiary' } });
    expect(removeMember(world, 'aanvraag-1', 'noah').ok).toBe(true);
  });

  it('the initial world passes validation', () => {
    expect(validateWorld(initialWorld()).ok).toBe(true);
  });
});

describe('integration rules under any sequence of commands (property-based)', () => {
  const day = fc.integer({ min: 0, max: 700 }).map((n) => plusDays('2024-06-01', n));
  const command = fc.record({
    integrate: fc.boolean(),
    who: fc.subarray(['sara', 'tom', 'lien', 'youssef']),
    code: fc.constantFrom('01', '02', '04', '07', '11', '40'),
    start: day,
    length: fc.option(fc.integer({ min: -5, max: 500 }), { nil: null }),
  });

  it('periods of one person and code never overlap, and a refused person is left unchanged', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let world = initialWorld();
        for (const c of commands) {
          const input = { requestId: 'aanvraag-1', clientIds: c.who, code: c.code, start: c.start, end: c.length === null ? null : plusDays(c.start, c.length) };
          const before = world;
          const r = c.integrate ? integrate(world, input) : disintegrate(world, input);
          if (!r.ok) continue;
          world = r.world;
          for (const o of r.outcomes.filter((x) => !x.ok)) {
            expect(ownIntegrations(world, o.clientId, HERSTAPPE)).toEqual(ownIntegrations(before, o.clientId, HERSTAPPE));
          }
          for (const record of world.integrations) {
            for (let i = 1; i < record.periods.length; i++) expect(overlaps(record.periods[i - 1]!, record.periods[i]!)).toBe(false);
            expect(record.periods.length).toBeGreaterThan(0);
          }
          expect(validateWorld(world).ok).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
