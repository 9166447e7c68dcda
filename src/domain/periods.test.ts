import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAPACITY_CODES, capacityCode, maxEnd } from './capacity-codes';
import { daysBetween, plusDays } from './dates';
import { contains, covers, intersection, normalise, overlaps, subtract, union, type Period } from './periods';

const p = (start: string, end: string | null): Period => ({ start, end });

describe("the manual's worked examples (003, 2.2)", () => {
  const integrated = [p('2014-12-01', '2015-01-31')];
  it('disintegrating from 01/01/2015 leaves 01/12/2014–31/12/2014', () => {
    expect(subtract(integrated, p('2015-01-01', null))).toEqual([p('2014-12-01', '2014-12-31')]);
  });
  it('disintegrating 01/01/2015–14/01/2015 leaves 01/12/2014–31/12/2014 and 15/01/2015–31/01/2015', () => {
    expect(subtract(integrated, p('2015-01-01', '2015-01-14'))).toEqual([p('2014-12-01', '2014-12-31'), p('2015-01-15', '2015-01-31')]);
  });
});

describe('maximum periods (003, 1)', () => {
  it('code 01 from 01/12/2014 may last until 31/01/2015 (two months)', () => {
    expect(maxEnd(capacityCode('01')!, '2014-12-01')).toBe('2015-01-31');
  });
  it('one year, five years, one month, the calendar year, unlimited', () => {
    expect(maxEnd(capacityCode('02')!, '2025-03-15')).toBe('2026-03-14');
    expect(maxEnd(capacityCode('07')!, '2025-01-01')).toBe('2029-12-31');
    // The day before the same date a month later; date-fns clamps 31/01 + 1 month to 28/02.
    expect(maxEnd(capacityCode('31')!, '2025-01-31')).toBe('2025-02-27');
    expect(maxEnd(capacityCode('31')!, '2025-02-15')).toBe('2025-03-14');
    expect(maxEnd(capacityCode('40')!, '2025-06-10')).toBe('2025-12-31');
    expect(maxEnd(capacityCode('11')!, '2025-06-10')).toBeNull();
  });
  it('11 and 12 cannot be integrated manually', () => {
    expect(CAPACITY_CODES.filter((c) => !c.manual).map((c) => c.code)).toEqual(['11', '12']);
  });
  it('every maximum end lies after its start', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...CAPACITY_CODES), (start, code) => {
        const end = maxEnd(code, start);
        if (end !== null) expect(end >= start).toBe(true);
      }),
    );
  });
});

/** Days around 2014–2016, so that random periods collide often. */
const day = fc.integer({ min: 0, max: 900 }).map((n) => plusDays('2014-01-01', n));
const period = fc.tuple(day, fc.option(fc.integer({ min: 0, max: 120 }), { nil: null })).map(([start, length]) => p(start, length === null ? null : plusDays(start, length)));
const days = (periods: Period[]) => {
  const set = new Set<string>();
  for (const x of periods) for (let d = x.start; x.end !== null && d <= x.end; d = plusDays(d, 1)) set.add(d);
  return set;
};
const bounded = (x: Period) => x.end !== null;

describe('period algebra (property-based)', () => {
  it('integrating then disintegrating the same period leaves nothing', () => {
    fc.assert(
      fc.property(period, (x) => {
        expect(subtract([x], x)).toEqual([]);
      }),
    );
  });

  it('disintegration never adds days, and removes exactly the cut days', () => {
    fc.assert(
      fc.property(fc.array(period.filter(bounded), { maxLength: 5 }), period.filter(bounded), (set, cut) => {
        const before = days(set);
        const after = days(subtract(set, cut));
        const removed = days([cut]);
        for (const d of after) expect(before.has(d) && !removed.has(d)).toBe(true);
        for (const d of before) if (!removed.has(d)) expect(after.has(d)).toBe(true);
      }),
    );
  });

  it('after any sequence of integrations and disintegrations, periods never overlap and stay sorted', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), period), { maxLength: 12 }), (commands) => {
        let set: Period[] = [];
        for (const [integrate, x] of commands) set = integrate ? union(set, x) : subtract(set, x);
        for (let i = 1; i < set.length; i++) {
          expect(overlaps(set[i - 1]!, set[i]!)).toBe(false);
          expect(set[i - 1]!.end !== null && daysBetween(set[i - 1]!.end!, set[i]!.start) > 1).toBe(true);
        }
        expect(normalise(set)).toEqual(set);
      }),
    );
  });

  it('a day is covered after integrating a period that contains it, and not after cutting it', () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 4 }), period, day, (set, x, d) => {
        if (contains(x, d)) expect(covers(union(set, x), p(d, d))).toBe(true);
        if (contains(x, d)) expect(covers(subtract(set, x), p(d, d))).toBe(false);
      }),
    );
  });

  it('the intersection has a day in common with both sets exactly when they overlap', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(intersection([a], [b]).length > 0).toBe(overlaps(a, b));
      }),
    );
  });
});
