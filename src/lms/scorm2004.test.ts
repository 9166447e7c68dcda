import { describe, expect, it } from 'vitest';
import { fakeScorm2004 } from './fake-scorm.test-helper';
import { interactionValues, openScorm2004 } from './scorm2004';
import type { LmsInteraction, LmsSession } from './types';
import { report } from './report.test-helper';


const exercise = (id: string, over: Partial<LmsInteraction> = {}): LmsInteraction => ({
  id,
  type: 'performance',
  description: `Oefening ${id}`,
  result: 'correct',
  timestamp: '2026-03-01T09:15:07.123Z',
  ...over,
});

function open(initial: Record<string, string> = {}) {
  const { lms, api } = fakeScorm2004(initial);
  const opened = openScorm2004(api);
  if (!('session' in opened)) throw new Error(opened.problem.message);
  return { lms, session: opened.session as LmsSession };
}

describe('SCORM 2004 adapter', () => {
  it('reads the suspended attempt only when the LMS resumes it', () => {
    expect(open({ 'cmi.entry': 'resume', 'cmi.suspend_data': 'PW1:old', 'cmi.learner_name': 'Lotte' }).session).toMatchObject({ kind: 'scorm2004', resumeData: 'PW1:old', learnerName: 'Lotte' });
    expect(open({ 'cmi.entry': 'ab-initio', 'cmi.suspend_data': 'PW1:old' }).session.resumeData).toBe('');
    expect(open().session.resumeData).toBe('');
  });

  it('reports completion and success apart, the scaled score and an ISO session time', async () => {
    const { lms, session } = open();
    expect(await session.report(report({ completed: true, success: 'failed', score: 55 }))).toBeNull();
    const kept = lms.committed.at(-1)!;
    expect(kept.get('cmi.completion_status')).toBe('completed');
    expect(kept.get('cmi.success_status')).toBe('failed');
    expect(kept.get('cmi.score.raw')).toBe('55');
    expect(kept.get('cmi.score.scaled')).toBe('0.55');
    expect(kept.get('cmi.score.min')).toBe('0');
    expect(kept.get('cmi.score.max')).toBe('100');
    expect(kept.get('cmi.session_time')).toBe('PT24.57S');
    expect(kept.get('cmi.suspend_data')).toBe('PW1:abc');
    expect(kept.get('cmi.exit')).toBe('normal');
  });

  it('writes the exercises as interactions, id first and type before the response', async () => {
    const { lms, session } = open();
    await session.report(report({ interactions: [exercise('a'), exercise('b', { type: 'other', result: 'incorrect', learnerResponse: '3' })] }));
    expect(lms.data.get('cmi.interactions.0.id')).toBe('a');
    expect(lms.data.get('cmi.interactions.0.timestamp')).toBe('2026-03-01T09:15:07.12Z');
    expect(lms.data.get('cmi.interactions.0.description')).toBe('Oefening a');
    expect(lms.data.get('cmi.interactions.1.type')).toBe('other');
    expect(lms.data.get('cmi.interactions.1.result')).toBe('incorrect');
    expect(lms.data.get('cmi.interactions.1.learner_response')).toBe('3');
    const fields = interactionValues(exercise('b', { learnerResponse: 'x' })).map(([f]) => f);
    expect(fields[0]).toBe('id');
    expect(fields.indexOf('type')).toBeLessThan(fields.indexOf('learner_response'));
  });

  it('updates an interaction the LMS holds by id, and writes an unchanged one only once', async () => {
    const { lms, session } = open({ 'cmi.interactions.0.id': 'old', 'cmi.interactions.1.id': 'a', 'cmi.interactions.1.result': 'incorrect' });
    await session.report(report({ interactions: [exercise('a'), exercise('c')] }));
    expect(lms.data.get('cmi.interactions.1.result')).toBe('correct');
    expect(lms.data.get('cmi.interactions.2.id')).toBe('c');
    const sets = lms.calls.filter((c) => c.startsWith('SetValue cmi.interactions')).length;
    await session.report(report({ interactions: [exercise('a'), exercise('c')] }));
    expect(lms.calls.filter((c) => c.startsWith('SetValue cmi.interactions')).length).toBe(sets);
  });

  it('suspends an unfinished attempt and terminates once', async () => {
    const { lms, session } = open();
    await session.report(report());
    expect(lms.data.get('cmi.exit')).toBe('suspend');
    expect(lms.data.get('cmi.completion_status')).toBe('incomplete');
    expect(lms.data.get('cmi.success_status')).toBe('unknown');
    session.terminate(true, report({ sessionMs: 60_000 }));
    session.terminate(false);
    expect(lms.committed.at(-1)!.get('cmi.session_time')).toBe('PT1M');
    expect(lms.data.get('cmi.exit')).toBe('suspend');
    expect(lms.calls.filter((c) => c === 'Terminate')).toHaveLength(1);
    expect(lms.calls.indexOf('Terminate')).toBeGreaterThan(lms.calls.lastIndexOf('Commit'));
  });

  it('never takes back what the LMS already has', async () => {
    const { lms, session } = open({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '80' });
    await session.report(report({ success: 'unknown' }));
    expect(lms.data.get('cmi.completion_status')).toBe('completed');
    expect(lms.data.get('cmi.success_status')).toBe('passed');
    expect(lms.data.get('cmi.score.scaled')).toBe('0.8');
  });

  it('returns refusals as problems with the diagnostic, and survives a vanished LMS', async () => {
    const { lms, session } = open();
    lms.refuse.add('cmi.interactions.0.result');
    expect(await session.report(report({ interactions: [exercise('a')] }))).toEqual({ code: '351', message: 'cmi.interactions.0.result: General Set Failure: diagnostic 351' });
    lms.failCommit = true;
    expect(await session.report(report())).toMatchObject({ code: '391' });
    lms.vanished = true;
    expect(await session.report(report())).toMatchObject({ code: 'gone' });
    expect(() => session.terminate(true, report())).not.toThrow();
  });

  it('reports an LMS that will not initialise, or is gone from the start', () => {
    const refusing = fakeScorm2004();
    refusing.lms.failInit = true;
    expect(openScorm2004(refusing.api)).toMatchObject({ problem: { code: '101' } });
    const gone = fakeScorm2004();
    gone.lms.vanished = true;
    expect(openScorm2004(gone.api)).toMatchObject({ problem: { code: 'gone' } });
  });
});
