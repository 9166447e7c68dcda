import { describe, expect, it } from 'vitest';
import { checkRule } from './basic-rules';

const code01 = { '01': [{ start: '2025-01-20', end: '2025-02-18' }] };

describe('basic rules (003)', () => {
  it('most KSZ flows need code 01 on the day of consultation', () => {
    expect(checkRule({ kind: 'ksz', day: '2025-02-03' }, code01).allowed).toBe(true);
    expect(checkRule({ kind: 'ksz', day: '2025-02-19' }, code01)).toEqual({ allowed: false, failures: [{ check: 'code01OnDay', day: '2025-02-19' }] });
  });
  it('the pension register needs one day in common', () => {
    expect(checkRule({ kind: 'kszCommonDay', period: { start: '2025-02-18', end: '2025-06-30' } }, code01).allowed).toBe(true);
    expect(checkRule({ kind: 'kszCommonDay', period: { start: '2025-02-19', end: '2025-06-30' } }, code01).allowed).toBe(false);
  });
  it('leefloon and Wet 65 forms need code 01 on the sending day and on the effective date', () => {
    expect(checkRule({ kind: 'leefloon', sendingDay: '2025-02-03', effective: '2025-01-20' }, code01).allowed).toBe(true);
    expect(checkRule({ kind: 'wet65', sendingDay: '2025-02-03', effective: '2025-01-01' }, code01).failures).toEqual([{ check: 'code01OnDay', day: '2025-01-01' }]);
  });
  it('heating allowance: code 01 on the sending day and a day in common with the year of delivery', () => {
    expect(checkRule({ kind: 'heating', sendingDay: '2025-02-03', deliveryYear: 2025 }, code01).allowed).toBe(true);
    expect(checkRule({ kind: 'heating', sendingDay: '2025-02-03', deliveryYear: 2024 }, code01).allowed).toBe(false);
  });
  it('a multifunctional attest needs code 02 or 03 over its whole validity', () => {
    const byCode = { '02': [{ start: '2025-01-01', end: '2025-03-31' }], '03': [{ start: '2025-04-01', end: '2025-12-31' }] };
    expect(checkRule({ kind: 'attest', validity: { start: '2025-02-01', end: '2025-05-31' } }, byCode).allowed).toBe(true);
    expect(checkRule({ kind: 'attest', validity: { start: '2025-02-01', end: '2026-01-31' } }, byCode).allowed).toBe(false);
  });
});
