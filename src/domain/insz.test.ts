import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkInsz, formatInsz, isValidInsz, makeInsz } from './insz';

describe('INSZ', () => {
  it('accepts the reference values of domain.md', () => {
    expect(isValidInsz('85.07.30-033.28')).toBe(true); // born 1985
    expect(isValidInsz('17.07.30-033.84')).toBe(true); // born 2017: check on "2" + digits
    expect(isValidInsz('98.47.28-997.65')).toBe(true); // BIS number, month + 40
    expect(isValidInsz('85073003328')).toBe(true);
  });

  it('refuses a wrong check number, and says why', () => {
    expect(checkInsz('85.07.30-033.29')).toMatchObject({ valid: false, error: 'checksum' });
    expect(checkInsz('')).toMatchObject({ valid: false, error: 'empty' });
    expect(checkInsz('85.07.30-033')).toMatchObject({ valid: false, error: 'length' });
    expect(checkInsz('85.07.3O-033.28')).toMatchObject({ valid: false, error: 'characters' });
    expect(checkInsz('85.13.30-033.28')).toMatchObject({ valid: false, error: 'date' });
  });

  it('formats as YY.MM.DD-SSS.CC', () => {
    expect(formatInsz('85073003328')).toBe('85.07.30-033.28');
    expect(formatInsz('abc')).toBe('abc');
  });

  it('every generated number is valid, and changing one digit breaks it', () => {
    const yymmdd = fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => [y, m, d].map((n) => String(n).padStart(2, '0')).join(''));
    fc.assert(
      fc.property(yymmdd, fc.integer({ min: 1, max: 998 }), fc.boolean(), fc.integer({ min: 6, max: 8 }), (date, serial, born2000, pos) => {
        const insz = makeInsz(date, serial, born2000);
        expect(isValidInsz(insz)).toBe(true);
        expect(isValidInsz(formatInsz(insz))).toBe(true);
        // A single changed serial digit changes the remainder mod 97, so the check fails
        // for this variant; the other century may match by chance only for the other variant.
        const bumped = insz.slice(0, pos) + String((Number(insz[pos]) + 1) % 10) + insz.slice(pos + 1);
        const result = checkInsz(bumped);
        if (result.valid) {
          // Only possible when the bumped number happens to be valid for the other century.
          expect(makeInsz(bumped.slice(0, 6), Number(bumped.slice(6, 9)), !born2000)).toBe(bumped);
        }
      }),
    );
  });
});
