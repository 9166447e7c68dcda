import { describe, expect, it } from 'vitest';
import { displayDate, isIsoDate, parseDisplayDate } from './dates';

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
