import { describe, expect, it } from 'vitest';
import { simulatedDateOf, validateHistory, type AssessmentReport, type ExerciseResult } from './assessment-report';

const result = (simulatedDate?: string): ExerciseResult => ({
  scenarioId: 'a',
  title: { nl: 'A', fr: 'A' },
  goals: [],
  wrongActions: 0,
  hintsUsed: 0,
  handedIn: false,
  ...(simulatedDate ? { simulatedDate } : {}),
});
const report = (...results: ExerciseResult[]): AssessmentReport => ({
  assessmentId: 't',
  title: { nl: 'T', fr: 'T' },
  startedAt: '2026-03-01T09:00:00.000Z',
  finishedAt: '2026-03-01T09:30:00.000Z',
  results,
});

describe('issue 11.16: the report keeps the simulated date beside the computer\'s', () => {
  it('is the simulated date the last exercise ended on', () => {
    expect(simulatedDateOf(report(result('2025-01-02'), result('2025-02-03')))).toBe('2025-02-03');
    expect(simulatedDateOf(report(result('2025-01-02'), result()))).toBe('2025-01-02');
  });

  it('reports stored before it was kept stay valid, without a simulated date', () => {
    const old = report(result());
    expect(validateHistory([old])).toEqual({ ok: true, value: [old] });
    expect(simulatedDateOf(old)).toBeNull();
  });

  it('a simulated date that is not a day is refused', () => {
    expect(validateHistory([report(result('gisteren'))]).ok).toBe(false);
  });
});

describe("issue 12.2: an exercise's answer is kept in its result", () => {
  it('a result with the answer given is valid, and reports without one stay valid', () => {
    const withAnswer = report({ ...result('2025-02-03'), answer: '31/08/2025' });
    expect(validateHistory([withAnswer])).toEqual({ ok: true, value: [withAnswer] });
    expect(validateHistory([report(result())]).ok).toBe(true);
  });

  it('an answer that is not text is refused', () => {
    expect(validateHistory([report({ ...result(), answer: 31 as unknown as string })]).ok).toBe(false);
  });
});
