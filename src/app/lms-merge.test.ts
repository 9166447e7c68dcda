import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeHistory, mergeProgress } from './lms-merge';
import type { AssessmentReport } from '../training/assessment-report';

const report = (id: string, finishedAt: string): AssessmentReport => ({ assessmentId: id, title: { nl: id, fr: id }, startedAt: finishedAt, finishedAt, results: [] });

describe('mergeProgress', () => {
  it('keeps every completion of either, the later date of both', () => {
    const a = { s1: { demo: '2026-01-01T00:00:00.000Z' }, s2: { guided: '2026-01-05T00:00:00.000Z' } };
    const b = { s1: { demo: '2026-02-01T00:00:00.000Z', practice: '2026-01-03T00:00:00.000Z' }, s3: { demo: '2026-01-02T00:00:00.000Z' } };
    expect(mergeProgress(a, b)).toEqual({
      s1: { demo: '2026-02-01T00:00:00.000Z', practice: '2026-01-03T00:00:00.000Z' },
      s2: { guided: '2026-01-05T00:00:00.000Z' },
      s3: { demo: '2026-01-02T00:00:00.000Z' },
    });
  });
  it('loses nothing and is the same either way round', () => {
    const day = fc.integer({ min: 0, max: 1000 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86400000).toISOString());
    const progress = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.record({ demo: day, guided: day }, { requiredKeys: [] }));
    fc.assert(
      fc.property(progress, progress, (a, b) => {
        const m = mergeProgress(a, b);
        expect(m).toEqual(mergeProgress(b, a));
        for (const p of [a, b]) for (const [id, modes] of Object.entries(p)) for (const mode of Object.keys(modes)) expect(m[id]?.[mode as 'demo']).toBeDefined();
      }),
    );
  });
});

describe('mergeHistory', () => {
  it('keeps each report once, newest first, at most ten', () => {
    const a = [report('t1', '2026-01-03T00:00:00.000Z'), report('t1', '2026-01-01T00:00:00.000Z')];
    const b = [report('t2', '2026-01-02T00:00:00.000Z'), report('t1', '2026-01-01T00:00:00.000Z')];
    expect(mergeHistory(a, b).map((r) => `${r.assessmentId} ${r.finishedAt.slice(0, 10)}`)).toEqual(['t1 2026-01-03', 't2 2026-01-02', 't1 2026-01-01']);
    const many = Array.from({ length: 12 }, (_, i) => report('t', new Date(Date.UTC(2026, 0, i + 1)).toISOString()));
    expect(mergeHistory(many.slice(0, 6), many.slice(6))).toHaveLength(10);
    expect(mergeHistory(many.slice(0, 6), many.slice(6))[0]!.finishedAt).toBe(many[11]!.finishedAt);
  });
});
