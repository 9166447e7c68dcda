/**
 * SCORM 2004 4th edition (the `API_1484_11` object): Initialize; completion and success apart;
 * the score raw, min, max and scaled; session time as an ISO 8601 duration; cmi.exit suspend or
 * normal; the test's exercises as cmi.interactions, kept up to date by id (2004 lets us read
 * them back, so a retaken test updates its entries instead of adding new ones); Commit after each
 * report, Terminate on unload.
 */
import type { Scorm2004Api } from './discovery';
import { isoDuration, scorm2004Time } from './durations';
import { atLeastPrior, scoreOf, type Prior } from './prior';
import { scormCaller, type ScormCaller } from './scorm-call';
import { scormSession } from './scorm-session';
import type { LmsInteraction, LmsProblem, LmsReport, LmsSession } from './types';

function priorOf(scorm: ScormCaller): Prior {
  const success = scorm.get('cmi.success_status');
  return {
    completed: scorm.get('cmi.completion_status') === 'completed',
    success: success === 'passed' || success === 'failed' ? success : 'unknown',
    score: scoreOf(scorm.get('cmi.score.raw')),
  };
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The entries of an interaction in the order 2004 needs: id first, type before the response (error 408 otherwise). */
export function interactionValues(item: LmsInteraction): [string, string][] {
  const values: [string, string][] = [
    ['id', item.id],
    ['type', item.type],
    ['timestamp', scorm2004Time(item.timestamp)],
    // A description starting with "{" would be read as a language tag: a space keeps it text.
    ['description', clip(item.description.startsWith('{') ? ` ${item.description}` : item.description, 250)],
    ['result', item.result],
  ];
  if (item.learnerResponse !== undefined) values.push(['learner_response', clip(item.learnerResponse, 4000)]);
  return values.filter(([, value]) => value !== '');
}

export function openScorm2004(api: Scorm2004Api): { session: LmsSession } | { problem: LmsProblem } {
  const scorm = scormCaller({
    initialize: () => api.Initialize(''),
    finish: () => api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (c) => api.GetErrorString(c),
    diagnostic: (c) => api.GetDiagnostic(c),
  });
  const init = scorm.initialize();
  if (init) return { problem: init };
  const prior = priorOf(scorm);
  // cmi.entry says 'resume' when the LMS kept the suspended attempt; a new attempt has no data to read.
  const entry = scorm.get('cmi.entry');
  const resumeData = entry === 'ab-initio' ? '' : scorm.get('cmi.suspend_data');
  const learnerName = scorm.get('cmi.learner_name');
  const learnerLanguage = scorm.get('cmi.learner_preference.language');
  /** The index of each interaction id the LMS holds, and what we last wrote there. */
  const indexOf = new Map<string, number>();
  const written = new Map<string, string>();
  const count = Number(scorm.get('cmi.interactions._count'));
  for (let n = 0; Number.isInteger(count) && n < count; n++) {
    const id = scorm.get(`cmi.interactions.${n}.id`);
    if (id) indexOf.set(id, n);
  }
  let next = Number.isInteger(count) && count > 0 ? count : 0;

  function writeInteractions(items: LmsInteraction[]): LmsProblem | null {
    let first: LmsProblem | null = null;
    for (const item of items) {
      const key = JSON.stringify(item);
      if (written.get(item.id) === key) continue;
      const known = indexOf.get(item.id);
      const n = known ?? next;
      const problems = interactionValues(item).map(([field, value]) => scorm.set(`cmi.interactions.${n}.${field}`, value));
      if (known === undefined && problems[0] === null) {
        indexOf.set(item.id, n);
        next++;
      }
      const problem = problems.find((p) => p !== null) ?? null;
      if (problem) first ??= problem;
      else written.set(item.id, key);
    }
    return first;
  }

  function write(report: LmsReport, exit: 'suspend' | 'normal'): LmsProblem | null {
    const status = atLeastPrior(report, prior);
    const score = status.score === null ? null : Math.round(status.score);
    const problems: (LmsProblem | null)[] = [
      scorm.set('cmi.completion_status', status.completed ? 'completed' : 'incomplete'),
      scorm.set('cmi.success_status', status.success),
      ...(score === null
        ? []
        : [scorm.set('cmi.score.min', '0'), scorm.set('cmi.score.max', '100'), scorm.set('cmi.score.raw', String(score)), scorm.set('cmi.score.scaled', String(score / 100))]),
      scorm.set('cmi.session_time', isoDuration(report.sessionMs)),
      scorm.set('cmi.suspend_data', report.suspendData),
      scorm.set('cmi.exit', exit),
      writeInteractions(report.interactions),
    ];
    const commit = scorm.commit();
    return problems.find((p) => p !== null) ?? commit;
  }

  const session = scormSession({
    kind: 'scorm2004',
    resumeData,
    learnerName,
    learnerLanguage,
    scorm,
    write: (report, suspended) => write(report, suspended ? 'suspend' : 'normal'),
    exit: (suspended) => scorm.set('cmi.exit', suspended ? 'suspend' : 'normal'),
  });
  return { session };
}
