import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LENGTH, validateHistory, validateRun, withReport, type AssessmentReport, type ExerciseResult } from './assessment-report';
import { exerciseScore, passed, reportScore, SCORING } from './assessments';

const L = (nl: string) => ({ nl, fr: `${nl} (fr)` });

function result(met: boolean[], wrongActions = 0, hintsUsed = 0, handedIn = false): ExerciseResult {
  return {
    scenarioId: 'fusie-integraties',
    title: L('Fusie: integraties overzetten'),
    goals: met.map((m, i) => ({ id: `g${i}`, label: L(`Doel ${i}`), met: m })),
    wrongActions,
    hintsUsed,
    handedIn,
  };
}

const report = (results: ExerciseResult[]): AssessmentReport => ({
  assessmentId: 'toets-fusies-2025',
  title: L('Toets: fusies 2025'),
  startedAt: '2026-11-23T09:00:00.000Z',
  finishedAt: '2026-11-23T09:40:00.000Z',
  results,
});

describe('test scoring', () => {
  it('gives 100 for every goal reached without wrong actions or hints', () => {
    expect(exerciseScore(result([true, true]))).toBe(100);
  });

  it('counts the share of goals reached, then takes the penalties off', () => {
    expect(exerciseScore(result([true, false]))).toBe(50);
    expect(exerciseScore(result([true, true], 2, 1))).toBe(100 - 2 * SCORING.perWrongAction - SCORING.perHint);
    expect(exerciseScore(result([true, false, false]))).toBe(33);
  });

  it('never goes below 0, and an exercise without goals reached scores 0', () => {
    expect(exerciseScore(result([false, false]))).toBe(0);
    expect(exerciseScore(result([true], 40, 5))).toBe(0);
    expect(exerciseScore(result([]))).toBe(0);
  });

  it('the test score is the rounded mean; passing from the pass mark', () => {
    const r = report([result([true, true]), result([true, false])]);
    expect(reportScore(r)).toBe(75);
    expect(passed(r)).toBe(true);
    expect(passed(report([result([true, true]), result([false, false])]))).toBe(false);
    expect(reportScore(report([]))).toBe(0);
  });

  it('property: a score stays within 0–100 and never rises with more wrong actions or hints', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 5 }), fc.nat(50), fc.nat(10), fc.nat(3), fc.nat(3), (goals, wrong, hints, moreWrong, moreHints) => {
        const score = exerciseScore(result(goals, wrong, hints));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(exerciseScore(result(goals, wrong + moreWrong, hints + moreHints))).toBeLessThanOrEqual(score);
      }),
    );
  });
});

describe('stored reports', () => {
  it('keeps the newest first and at most a few', () => {
    let history: AssessmentReport[] = [];
    for (let i = 0; i < HISTORY_LENGTH + 3; i++) history = withReport(history, { ...report([]), finishedAt: new Date(Date.UTC(2026, 10, i + 1)).toISOString() });
    expect(history).toHaveLength(HISTORY_LENGTH);
    expect(history[0]!.finishedAt).toBe(new Date(Date.UTC(2026, 10, HISTORY_LENGTH + 3)).toISOString());
  });

  it('accepts what it stored, and refuses what is broken', () => {
    const good = [report([result([true, false], 2, 1, true)])];
    expect(validateHistory(JSON.parse(JSON.stringify(good)))).toEqual({ ok: true, value: good });
    expect(validateHistory({}).ok).toBe(false);
    expect(validateHistory([{ ...good[0], finishedAt: 'gisteren' }]).ok).toBe(false);
    expect(validateHistory([report([{ ...result([true]), wrongActions: -1 }])]).ok).toBe(false);
    expect(validateHistory([report([{ ...result([true]), title: { nl: 'alleen Nederlands' } } as unknown as ExerciseResult])]).ok).toBe(false);
  });
});

describe('the test under way, kept for a reload', () => {
  const run = { assessmentId: 'toets-fusies-2025', startedAt: '2026-11-23T09:00:00.000Z', index: 1, phase: 'exercise', results: [result([true, true])] };

  it('accepts a run whose results go with its position, and no run at all', () => {
    expect(validateRun({ run })).toEqual({ ok: true, value: { run } });
    expect(validateRun({ run: { ...run, index: 0, phase: 'between' } }).ok).toBe(true);
    expect(validateRun({ run: null })).toEqual({ ok: true, value: { run: null } });
  });

  it('refuses what is broken', () => {
    expect(validateRun(null).ok).toBe(false);
    expect(validateRun({}).ok).toBe(false);
    expect(validateRun({ run: { ...run, phase: 'pauze' } }).ok).toBe(false);
    expect(validateRun({ run: { ...run, index: 3 } }).ok).toBe(false);
    expect(validateRun({ run: { ...run, results: [{ scenarioId: 'x' }] } }).ok).toBe(false);
  });
});
