import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MODES, type Progress } from '../training/progress';
import { packProgress, unpackProgress } from './progress-codec';

describe('packed progress', () => {
  it('round-trips any progress exactly, canonical times or not', () => {
    const time = fc.oneof(fc.date({ min: new Date(0), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), fc.string({ maxLength: 12 }));
    // Keys are scenario ids (lower-case words and digits joined by hyphens).
    const progress = fc.dictionary(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,19}$/), fc.record(Object.fromEntries(MODES.map((m) => [m, time])) as Record<(typeof MODES)[number], fc.Arbitrary<string>>, { requiredKeys: [] }));
    fc.assert(
      fc.property(progress, (p) => {
        expect(unpackProgress(JSON.parse(JSON.stringify(packProgress(p as Progress))))).toEqual(p);
      }),
    );
  });

  it('is much shorter than the ISO times', () => {
    const p: Progress = { 'profiel-creeren': { demo: '2026-03-01T09:00:17.123Z', practice: '2026-03-02T10:00:00.000Z' } };
    expect(packProgress(p)['profiel-creeren']).toEqual([Date.parse('2026-03-01T09:00:17.123Z').toString(36), 0, Date.parse('2026-03-02T10:00:00.000Z').toString(36)]);
    expect(JSON.stringify(packProgress(p)).length).toBeLessThan(JSON.stringify(p).length / 2 + 10);
    expect(unpackProgress(p)).toBe(p);
  });
});
