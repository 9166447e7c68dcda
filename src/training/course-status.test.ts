import { describe, expect, it } from 'vitest';
import type { AssessmentReport } from './assessment-report';
import { passed, reportScore } from './assessments';
import { moduleOf } from './course';
import { moduleStatus, nameProblem, sameActivity, testStatus, validateCourse, type Scoring } from './course-status';

const scoring: Scoring = { score: reportScore, passed };
const profielen = moduleOf('profielen')!;
const fusies = moduleOf('fusies-2025')!;

/** A report whose one exercise reached `met` of two goals with `wrong` wrong actions. */
function report(assessmentId: string, met: number, wrong = 0, finishedAt = '2026-12-01T10:00:00.000Z'): AssessmentReport {
  const goals = [0, 1].map((i) => ({ id: `g${i}`, label: { nl: 'doel', fr: 'but' }, met: i < met }));
  return {
    assessmentId,
    title: { nl: 'Toets', fr: 'Test' },
    startedAt: finishedAt,
    finishedAt,
    results: [{ scenarioId: 'x', title: { nl: 'x', fr: 'x' }, goals, wrongActions: wrong, hintsUsed: 0, handedIn: false }],
  };
}

describe('a module of the course', () => {
  it('offers "Beginnen" with the first scenario when nothing is done, and counts nothing practised', () => {
    const status = moduleStatus(profielen, {}, [], null);
    expect(status).toMatchObject({ practised: 0, total: 5, tests: [], certificate: null, next: { kind: 'begin', scenarioId: 'mijn-toegangen' } });
    expect(status.scenarios.every((s) => !s.practised && s.modes.length === 0)).toBe(true);
  });

  it('counts a scenario practised when done in at least one mode, lists its modes, and offers "Verder" with the first open one', () => {
    const progress = { 'mijn-toegangen': { demo: '2026-12-01T10:00:00Z', practice: '2026-12-01T11:00:00Z' }, 'profiel-toekennen': { guided: '2026-12-01T10:00:00Z' } };
    const status = moduleStatus(profielen, progress, [], null);
    expect(status.practised).toBe(2);
    expect(status.scenarios[0]).toEqual({ id: 'mijn-toegangen', modes: ['demo', 'practice'], practised: true });
    expect(status.next).toEqual({ kind: 'continue', scenarioId: 'profiel-creeren' });
  });

  it('offers the test once every scenario is practised, and only tests that exist', () => {
    const progress = Object.fromEntries(fusies.scenarios.map((id) => [id, { guided: '2026-12-01T10:00:00Z' }]));
    expect(moduleStatus(fusies, progress, [], null).next).toEqual({ kind: 'practised' });
    const status = moduleStatus(fusies, progress, [], { available: ['toets-fusies-2025', 'toets-profielen'], scoring });
    expect(status.tests.map((t) => t.id)).toEqual(['toets-fusies-2025']);
    expect(status.next).toEqual({ kind: 'test', testId: 'toets-fusies-2025' });
  });

  it('shows the last and the best score of a test, and the certificate once it is passed', () => {
    const history = [report('toets-fusies-2025', 1, 0, '2026-12-03T10:00:00Z'), report('toets-fusies-2025', 2, 2, '2026-12-02T10:00:00Z'), report('toets-fusies-2025', 0)];
    const status = moduleStatus(fusies, {}, history, { available: ['toets-fusies-2025'], scoring });
    const test = status.tests[0]!;
    expect(test.last?.score).toBe(50);
    expect(test.best?.score).toBe(94);
    expect(test.passed).toBe(true);
    expect(status.certificate).toMatchObject({ testId: 'toets-fusies-2025', score: 94, passed: true });
    expect(status.next).toEqual({ kind: 'certificate', testId: 'toets-fusies-2025' });
  });

  it('gives no certificate for a test not passed', () => {
    const status = testStatus('toets-fusies-2025', [report('toets-fusies-2025', 1)], scoring);
    expect(status).toMatchObject({ passed: false, last: { score: 50, passed: false } });
    expect(moduleStatus(fusies, {}, [report('toets-fusies-2025', 1)], { available: ['toets-fusies-2025'], scoring }).certificate).toBeNull();
  });
});

describe('the course record', () => {
  it('accepts the last activity and the name, and refuses anything else', () => {
    expect(validateCourse({ lastActivity: { kind: 'scenario', id: 'mijn-toegangen', mode: 'demo' }, learnerName: 'An' }).ok).toBe(true);
    expect(validateCourse({ lastActivity: { kind: 'test', id: 'toets-fusies-2025' }, learnerName: '' }).ok).toBe(true);
    expect(validateCourse({ lastActivity: null, learnerName: '' }).ok).toBe(true);
    expect(validateCourse({ lastActivity: { kind: 'scenario', id: 'x', mode: 'assessment' }, learnerName: '' }).ok).toBe(false);
    expect(validateCourse({ lastActivity: null }).ok).toBe(false);
    expect(validateCourse({ lastActivity: null, learnerName: 'x'.repeat(81) }).ok).toBe(false);
    expect(validateCourse([]).ok).toBe(false);
  });

  it('checks the name typed for the certificate', () => {
    expect(nameProblem('  ')).toBe('course.name.empty');
    expect(nameProblem('A')).toBe('course.name.empty');
    expect(nameProblem('x'.repeat(81))).toBe('course.name.long');
    expect(nameProblem(' Marie Dubois ')).toBeNull();
  });

  it('compares activities', () => {
    expect(sameActivity({ kind: 'scenario', id: 'a', mode: 'demo' }, { kind: 'scenario', id: 'a', mode: 'demo' })).toBe(true);
    expect(sameActivity({ kind: 'scenario', id: 'a', mode: 'demo' }, { kind: 'scenario', id: 'a', mode: 'guided' })).toBe(false);
    expect(sameActivity({ kind: 'test', id: 'a' }, { kind: 'scenario', id: 'a', mode: 'guided' })).toBe(false);
    expect(sameActivity(null, null)).toBe(true);
  });
});
