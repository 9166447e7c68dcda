import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkKbo, formatKbo, isValidKbo, makeKbo, shortKbo } from './kbo';

describe('KBO', () => {
  it('accepts the enterprises of the guidelines (004), with or without leading zero', () => {
    for (const n of ['212333592', '212235604', '212152262', '212347648', '0212.333.592', 'BE 0212.333.592']) {
      expect(isValidKbo(n), n).toBe(true);
    }
  });

  it('normalises old 9-digit numbers with a leading 0', () => {
    expect(formatKbo('212333592')).toBe('0212.333.592');
    expect(shortKbo('0212.333.592')).toBe('212333592');
  });

  it('refuses bad numbers with a reason', () => {
    expect(checkKbo('0212.333.593')).toMatchObject({ valid: false, error: 'checksum' });
    expect(checkKbo('2212.333.592')).toMatchObject({ valid: false, error: 'firstDigit' });
    expect(checkKbo('0212.333')).toMatchObject({ valid: false, error: 'length' });
    expect(checkKbo('02I2.333.592')).toMatchObject({ valid: false, error: 'characters' });
    expect(checkKbo('  ')).toMatchObject({ valid: false, error: 'empty' });
  });

  it('every generated number is valid and round-trips through formatting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), (n) => {
        const kbo = makeKbo(String(n).padStart(8, '0'));
        expect(isValidKbo(kbo)).toBe(true);
        expect(checkKbo(formatKbo(kbo)).digits).toBe(kbo);
      }),
    );
  });
});
