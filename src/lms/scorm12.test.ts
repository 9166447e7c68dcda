import { describe, expect, it } from 'vitest';
import { fakeScorm12 } from './fake-scorm.test-helper';
import { lessonStatus, openScorm12 } from './scorm12';
import type { LmsSession } from './types';
import { report } from './report.test-helper';


function open(initial: Record<string, string> = {}) {
  const { lms, api } = fakeScorm12(initial);
  const opened = openScorm12(api);
  if (!('session' in opened)) throw new Error(opened.problem.message);
  return { lms, session: opened.session as LmsSession };
}

describe('SCORM 1.2 adapter', () => {
  it('has one status field: passed and failed win over completed', () => {
    expect(lessonStatus({ completed: false, success: 'unknown' })).toBe('incomplete');
    expect(lessonStatus({ completed: true, success: 'unknown' })).toBe('completed');
    expect(lessonStatus({ completed: true, success: 'failed' })).toBe('failed');
    expect(lessonStatus({ completed: false, success: 'passed' })).toBe('passed');
  });

  it('initialises and reads what the LMS kept for resume', () => {
    const { lms, session } = open({ 'cmi.suspend_data': 'PW1:old', 'cmi.core.student_name': 'Vermeulen, Lotte', 'cmi.core.entry': 'resume' });
    expect(lms.calls[0]).toBe('Initialize');
    expect(session.kind).toBe('scorm12');
    expect(session.resumeData).toBe('PW1:old');
    expect(session.learnerName).toBe('Vermeulen, Lotte');
  });

  it('reports status, score, time, suspend data and exit, then commits', async () => {
    const { lms, session } = open();
    expect(await session.report(report({ completed: true, success: 'passed', score: 85, sessionMs: 3_723_450 }))).toBeNull();
    const kept = lms.committed.at(-1)!;
    expect(kept.get('cmi.core.lesson_status')).toBe('passed');
    expect(kept.get('cmi.core.score.raw')).toBe('85');
    expect(kept.get('cmi.core.score.min')).toBe('0');
    expect(kept.get('cmi.core.score.max')).toBe('100');
    expect(kept.get('cmi.core.session_time')).toBe('01:02:03.45');
    expect(kept.get('cmi.suspend_data')).toBe('PW1:abc');
    expect(kept.get('cmi.core.exit')).toBe('');
  });

  it('leaves an unfinished attempt suspended, and finishes once on unload', async () => {
    const { lms, session } = open();
    await session.report(report());
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.data.has('cmi.core.score.raw')).toBe(false);
    session.terminate(true, report({ suspendData: 'PW1:last' }));
    session.terminate(true);
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
    expect(lms.committed.at(-1)!.get('cmi.suspend_data')).toBe('PW1:last');
    expect(lms.calls.filter((c) => c === 'Terminate')).toHaveLength(1);
    expect(await session.report(report())).toMatchObject({ code: 'terminated' });
  });

  it('exits normally when the scope is complete', () => {
    const { lms, session } = open();
    session.terminate(false);
    expect(lms.data.get('cmi.core.exit')).toBe('');
    expect(lms.finished).toBe(true);
  });

  it('journals each interaction once, as 1.2 types and results', async () => {
    const { lms, session } = open();
    const interactions = [
      { id: 'toets-aanmelden-collega', type: 'performance' as const, description: 'Met de kaart van een collega', result: 'correct' as const, timestamp: '2026-03-01T09:15:07.000Z' },
      { id: 'toets-integraties-repertorium', type: 'other' as const, description: 'Repertorium', result: 'incorrect' as const, learnerResponse: '2024-01-01', timestamp: '2026-03-01T09:15:07.000Z' },
    ];
    await session.report(report({ interactions }));
    await session.report(report({ interactions }));
    expect(lms.data.get('cmi.interactions.0.id')).toBe('toets-aanmelden-collega');
    expect(lms.data.get('cmi.interactions.0.type')).toBe('performance');
    expect(lms.data.get('cmi.interactions.0.time')).toBe('09:15:07');
    expect(lms.data.get('cmi.interactions.1.type')).toBe('fill-in');
    expect(lms.data.get('cmi.interactions.1.result')).toBe('wrong');
    expect(lms.data.get('cmi.interactions.1.student_response')).toBe('2024-01-01');
    expect(lms.data.has('cmi.interactions.2.id')).toBe(false);
  });

  it('skips interactions without a problem when the LMS does not keep them', async () => {
    const { lms, session } = open();
    lms.refuseInteractions = true;
    const interactions = [{ id: 'x', type: 'performance' as const, description: 'x', result: 'correct' as const, timestamp: '2026-03-01T09:15:07.000Z' }];
    expect(await session.report(report({ interactions }))).toBeNull();
    await session.report(report({ interactions }));
    expect(lms.calls.filter((c) => c.startsWith('SetValue cmi.interactions'))).toHaveLength(1);
  });

  it('never takes back what the LMS already has', async () => {
    const { lms, session } = open({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' });
    await session.report(report({ score: 40, success: 'failed' }));
    expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.data.get('cmi.core.score.raw')).toBe('90');
  });

  it('returns a refused value or commit as a problem in the LMS words, and writes the rest', async () => {
    const { lms, session } = open();
    lms.refuse.add('cmi.suspend_data');
    const problem = await session.report(report({ completed: true }));
    expect(problem).toEqual({ code: '405', message: 'cmi.suspend_data: Incorrect Data Type: diagnostic 405' });
    expect(lms.committed.at(-1)!.get('cmi.core.lesson_status')).toBe('completed');
    lms.refuse.clear();
    lms.failCommit = true;
    expect(await session.report(report())).toMatchObject({ code: '391' });
  });

  it('survives an LMS that vanished, and one that does not initialise', async () => {
    const { lms, session } = open();
    lms.vanished = true;
    await expect(session.report(report())).resolves.toMatchObject({ code: 'gone' });
    expect(() => session.terminate(true, report())).not.toThrow();

    const refusing = fakeScorm12();
    refusing.lms.failInit = true;
    expect(openScorm12(refusing.api)).toEqual({ problem: { code: '101', message: 'Initialize: General exception: diagnostic 101' } });
  });
});
