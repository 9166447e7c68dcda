import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format, isValid, parse } from 'date-fns';
import { daysBetween, displayDate, isIsoDate, parseDisplayDate, plusDays, plusMonths, plusYears } from './dates';

describe('dates as typed and shown', () => {
  it('reads dd/mm/jjjj', () => {
    expect(parseDisplayDate('01/12/2014')).toEqual({ ok: true, date: '2014-12-01' });
    expect(parseDisplayDate(' 29/02/2024 ')).toEqual({ ok: true, date: '2024-02-29' });
  });
  it('refuses impossible dates and other formats, with a reason', () => {
    expect(parseDisplayDate('31/02/2025')).toEqual({ ok: false, error: 'impossible' });
    expect(parseDisplayDate('29/02/2025')).toEqual({ ok: false, error: 'impossible' });
    expect(parseDisplayDate('00/01/2025')).toEqual({ ok: false, error: 'impossible' });
    expect(parseDisplayDate('1/2/2025')).toEqual({ ok: false, error: 'format' });
    expect(parseDisplayDate('2025-01-01')).toEqual({ ok: false, error: 'format' });
    expect(parseDisplayDate('')).toEqual({ ok: false, error: 'empty' });
  });
  it('shows ISO dates as dd/mm/jjjj and knows a valid ISO date', () => {
    expect(displayDate('2015-01-31')).toBe('31/01/2015');
    expect(isIsoDate('2015-01-31')).toBe(true);
    expect(isIsoDate('2015-02-31')).toBe(false);
  });
});

describe('the hand-written reading and writing agree with date-fns (the oracle, in tests only)', () => {
  // Any day of years 1–9999, and any three-number text, valid or not.
  const day = fc.date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true });
  const oracleIso = (d: Date) => format(d, 'yyyy-MM-dd');

  it('shows every ISO date as date-fns formats it, and reads it back', () => {
    fc.assert(
      fc.property(day, (d) => {
        const iso = oracleIso(d);
        expect(isIsoDate(iso)).toBe(true);
        expect(displayDate(iso)).toBe(format(d, 'dd/MM/yyyy'));
        expect(parseDisplayDate(displayDate(iso))).toEqual({ ok: true, date: iso });
      }),
    );
  });

  it('accepts a typed dd/mm/jjjj exactly when date-fns reads it as that same day', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    fc.assert(
      fc.property(two, two, year, (dd, mm, yyyy) => {
        const text = `${dd}/${mm}/${yyyy}`;
        const oracle = parse(text, 'dd/MM/yyyy', new Date(2000, 0, 1));
        const valid = isValid(oracle) && format(oracle, 'dd/MM/yyyy') === text;
        const ours = parseDisplayDate(text);
        expect(ours.ok).toBe(valid);
        if (ours.ok) expect(ours.date).toBe(oracleIso(oracle));
        expect(isIsoDate(`${yyyy}-${mm}-${dd}`)).toBe(valid);
      }),
    );
  });

  it('the arithmetic still goes through date-fns: 31/01 + 1 month is 28/02, a leap year 29/02', () => {
    expect(plusMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(plusMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(plusDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(displayDate('not a date')).toBe('not a date');
  });
});
