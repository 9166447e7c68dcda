import { describe, expect, it } from 'vitest';
import { ASSESSMENTS, passed, reportScore } from '../training/assessments';
import type { AssessmentDefinition } from '../training/assessments';
import { MODULES } from '../training/course';
import type { Progress } from '../training/progress';
import { reportOf } from './learner-data.test-helper';
import { interactionsOf, isScope, scopeStatus, type ScopeTests } from './scope';

const tests: ScopeTests = { available: ASSESSMENTS.map((t) => t.id), scoring: { score: reportScore, passed } };
const test = (id: string) => ASSESSMENTS.find((t) => t.id === id) as AssessmentDefinition;
const practised = (ids: readonly string[]): Progress => Object.fromEntries(ids.map((id) => [id, { demo: '2026-03-01T09:00:00.000Z' }]));
const profielen = MODULES.find((m) => m.id === 'profielen')!;

describe('scope status', () => {
  it('knows the scopes: the course and its five modules', () => {
    expect(['course', 'aanmelden', 'profielen', 'integraties', 'toepassingen', 'fusies-2025'].every(isScope)).toBe(true);
    expect(isScope('toets-profielen')).toBe(false);
  });

  it('is incomplete, unknown and unscored before anything is done', () => {
    expect(scopeStatus('profielen', { progress: {}, history: [], locale: 'nl' }, tests)).toEqual({ completed: false, success: 'unknown', score: null, interactions: [] });
  });

  it('is completed when every scenario of the module was done in one mode', () => {
    const some = scopeStatus('profielen', { progress: practised(profielen.scenarios.slice(1)), history: [], locale: 'nl' }, tests);
    expect(some.completed).toBe(false);
    const all = scopeStatus('profielen', { progress: practised(profielen.scenarios), history: [], locale: 'nl' }, tests);
    expect(all).toMatchObject({ completed: true, success: 'unknown', score: null });
  });

  it('is completed and passed by a passed test, with the best score, whatever came later', () => {
    const good = reportOf(test('toets-profielen'), 2, true);
    const bad = reportOf(test('toets-profielen'), 3, false);
    const status = scopeStatus('profielen', { progress: {}, history: [bad, good], locale: 'nl' }, tests);
    expect(status).toMatchObject({ completed: true, success: 'passed', score: reportScore(good) });
    expect(reportScore(good)).toBe(100);
    // The interactions are the latest report's exercises.
    expect(status.interactions.map((i) => i.id)).toEqual(test('toets-profielen').exercises);
    expect(status.interactions.every((i) => i.result === 'incorrect' && i.timestamp === bad.finishedAt)).toBe(true);
  });

  it('is failed when the test was taken and not passed', () => {
    const bad = reportOf(test('toets-profielen'), 3, false);
    expect(passed(bad)).toBe(false);
    expect(scopeStatus('profielen', { progress: {}, history: [bad], locale: 'nl' }, tests)).toMatchObject({ completed: false, success: 'failed', score: reportScore(bad) });
  });

  it('counts any of the merger tests for Fusies 2025, and ignores other modules\' tests', () => {
    const other = reportOf(test('toets-aanmelden'), 4, true);
    const merger = reportOf(test('toets-fusies-2025-scenario-2'), 3, true);
    const status = scopeStatus('fusies-2025', { progress: {}, history: [other, merger], locale: 'fr' }, tests);
    expect(status).toMatchObject({ completed: true, success: 'passed', score: 100 });
    expect(status.interactions[0]!.description).toBe(merger.results[0]!.title.fr);
  });

  it('for the course: completed and passed when every module is, scored as the mean of the modules tested', () => {
    const passedAll = MODULES.map((m, i) => reportOf(test(m.tests[0]!), 10 - i, true));
    expect(scopeStatus('course', { progress: {}, history: passedAll, locale: 'nl' }, tests)).toMatchObject({ completed: true, success: 'passed', score: 100 });
    const good = reportOf(test('toets-aanmelden'), 2, true);
    const bad = reportOf(test('toets-profielen'), 3, false);
    const two = scopeStatus('course', { progress: {}, history: [bad, good], locale: 'nl' }, tests);
    expect(two).toMatchObject({ completed: false, success: 'unknown', score: Math.round((100 + reportScore(bad)) / 2) });
    expect(two.interactions[0]!.id).toBe(bad.results[0]!.scenarioId);
    const lastFails = [bad, ...passedAll.filter((r) => r.assessmentId !== 'toets-profielen')];
    expect(scopeStatus('course', { progress: {}, history: lastFails, locale: 'nl' }, tests).success).toBe('failed');
  });

  it('makes answered exercises "other" with the answer as response', () => {
    const report = reportOf(test('toets-integraties'), 1, true);
    const items = interactionsOf(report, 'nl');
    const answered = report.results.filter((r) => r.answer !== undefined).map((r) => r.scenarioId);
    expect(answered.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.type).toBe(answered.includes(item.id) ? 'other' : 'performance');
      if (item.type === 'other') expect(item.learnerResponse).toBe('15/03/2026');
    }
  });
});
