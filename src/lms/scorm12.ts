/**
 * SCORM 1.2 (the `API` object): LMSInitialize, then cmi.core.* and cmi.suspend_data, LMSCommit
 * after each report, LMSFinish on unload. 1.2 has a single status field, so passed / failed win
 * over completed. Its interactions are a write-only journal and optional for an LMS: they are
 * appended once each, and left out for good when the LMS does not take them.
 */
import type { Scorm12Api } from './discovery';
import { scorm12Time, scorm12Timespan } from './durations';
import { atLeastPrior, scoreOf, type Prior } from './prior';
import { scormCaller, type ScormCaller } from './scorm-call';
import { scormSession } from './scorm-session';
import type { LmsInteraction, LmsProblem, LmsReport, LmsSession, LmsStatus } from './types';

const STATUS_12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'] as const;

export function lessonStatus(status: Pick<LmsStatus, 'completed' | 'success'>): 'passed' | 'failed' | 'completed' | 'incomplete' {
  if (status.success !== 'unknown') return status.success;
  return status.completed ? 'completed' : 'incomplete';
}

function priorOf(scorm: ScormCaller): Prior {
  const status = scorm.get('cmi.core.lesson_status') as (typeof STATUS_12)[number] | '';
  return {
    completed: status === 'completed' || status === 'passed',
    success: status === 'passed' || status === 'failed' ? status : 'unknown',
    score: scoreOf(scorm.get('cmi.core.score.raw')),
  };
}

/** CMIString255: 1.2's limit for a student response. */
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function openScorm12(api: Scorm12Api): { session: LmsSession } | { problem: LmsProblem } {
  const scorm = scormCaller({
    initialize: () => api.LMSInitialize(''),
    finish: () => api.LMSFinish(''),
    get: (e) => api.LMSGetValue(e),
    set: (e, v) => api.LMSSetValue(e, v),
    commit: () => api.LMSCommit(''),
    lastError: () => api.LMSGetLastError(),
    errorString: (c) => api.LMSGetErrorString(c),
    diagnostic: (c) => api.LMSGetDiagnostic(c),
  });
  const init = scorm.initialize();
  if (init) return { problem: init };
  const prior = priorOf(scorm);
  const resumeData = scorm.get('cmi.suspend_data');
  const learnerName = scorm.get('cmi.core.student_name');
  const learnerLanguage = scorm.get('cmi.student_preference.language');
  /** Interactions already written in this session (id and time), so none is journaled twice. */
  const journaled = new Set<string>();
  /** False once the LMS refused an interaction: 1.2 makes them optional. */
  let interactions = true;

  function journal(items: LmsInteraction[]) {
    for (const item of items) {
      const key = `${item.id}@${item.timestamp}`;
      if (!interactions || journaled.has(key)) continue;
      const count = Number(scorm.get('cmi.interactions._count'));
      if (!Number.isInteger(count) || count < 0) {
        interactions = false;
        return;
      }
      const n = `cmi.interactions.${count}`;
      // The id first: some LMSs create the entry with it and refuse the rest before.
      if (scorm.set(`${n}.id`, item.id)) {
        interactions = false;
        return;
      }
      journaled.add(key);
      scorm.set(`${n}.type`, item.type === 'other' ? 'fill-in' : 'performance');
      scorm.set(`${n}.result`, item.result === 'correct' ? 'correct' : 'wrong');
      const time = scorm12Time(item.timestamp);
      if (time) scorm.set(`${n}.time`, time);
      if (item.learnerResponse !== undefined) scorm.set(`${n}.student_response`, clip(item.learnerResponse, 255));
    }
  }

  /** Writes a report; the first refused value is the problem, the rest is written regardless. */
  function write(report: LmsReport, exit: 'suspend' | ''): LmsProblem | null {
    const status = atLeastPrior(report, prior);
    const problems: (LmsProblem | null)[] = [
      scorm.set('cmi.core.lesson_status', lessonStatus(status)),
      ...(status.score === null
        ? []
        : [scorm.set('cmi.core.score.min', '0'), scorm.set('cmi.core.score.max', '100'), scorm.set('cmi.core.score.raw', String(Math.round(status.score)))]),
      scorm.set('cmi.core.session_time', scorm12Timespan(report.sessionMs)),
      scorm.set('cmi.suspend_data', report.suspendData),
      scorm.set('cmi.core.exit', exit),
    ];
    journal(report.interactions);
    const commit = scorm.commit();
    return problems.find((p) => p !== null) ?? commit;
  }

  const session = scormSession({
    kind: 'scorm12',
    resumeData,
    learnerName,
    learnerLanguage,
    scorm,
    write: (report, suspended) => write(report, suspended ? 'suspend' : ''),
    exit: (suspended) => scorm.set('cmi.core.exit', suspended ? 'suspend' : ''),
  });
  return { session };
}
