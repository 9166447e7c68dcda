import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDuration, scorm12Time, scorm12Timespan, scorm2004Time } from './durations';

describe('durations', () => {
  it('writes SCORM 1.2 timespans', () => {
    expect(scorm12Timespan(0)).toBe('00:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('01:02:03.45');
    expect(scorm12Timespan(-5)).toBe('00:00:00.00');
    expect(scorm12Timespan(1e12)).toBe('9999:59:59.99');
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(24_570)).toBe('PT24.57S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(7_200_000)).toBe('PT2H');
  });

  it('always match the formats LMSs check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000_000_000 }), (ms) => {
        expect(scorm12Timespan(ms)).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d\.\d{2}$/);
        expect(isoDuration(ms)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
        expect(isoDuration(ms)).not.toBe('PT');
      }),
    );
  });

  it('writes SCORM times', () => {
    expect(scorm2004Time('2026-03-01T09:15:00.123Z')).toBe('2026-03-01T09:15:00.12Z');
    expect(scorm12Time('2026-03-01T09:15:07.123Z')).toBe('09:15:07');
    expect(scorm2004Time('nope')).toBe('');
  });
});
