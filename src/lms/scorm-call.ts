/**
 * One guarded way to call a SCORM API, for both versions: the LMS page can be gone (its frame
 * navigated away, the window closed) or refuse a value, and the simulator must go on either way.
 * Every call is caught; a refused call becomes a problem with the LMS's own error number and text.
 */
import { PROBLEM, problemOf, type LmsProblem } from './types';

/** The functions of a SCORM API, by role; 1.2 and 2004 differ only in their names. */
export interface ScormFunctions {
  initialize(): unknown;
  finish(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

/** The standards say "true"/"false" as strings; some LMSs return booleans. */
const succeeded = (result: unknown) => result === true || result === 'true';

export interface ScormCaller {
  /**
   * The element's value, '' when the LMS has none or cannot say: what is read (resume data, the
   * learner's name, earlier results) is optional, so a refused read is no problem to report.
   */
  get(element: string): string;
  set(element: string, value: string): LmsProblem | null;
  /** Initialize / LMSInitialize, Commit / LMSCommit, Terminate / LMSFinish. */
  initialize(): LmsProblem | null;
  commit(): LmsProblem | null;
  finish(): LmsProblem | null;
}

export function scormCaller(api: ScormFunctions): ScormCaller {
  /** The LMS's own words for its last error. */
  function lastProblem(what: string): LmsProblem {
    try {
      const code = String(api.lastError() ?? '101');
      const text = String(api.errorString(code) ?? '');
      const detail = String(api.diagnostic(code) ?? '');
      return { code: code === '0' ? PROBLEM.refused : code, message: [what, text, detail && detail !== text ? detail : ''].filter(Boolean).join(': ') };
    } catch (error) {
      return problemOf(error);
    }
  }
  function call(what: string, run: () => unknown): LmsProblem | null {
    try {
      return succeeded(run()) ? null : lastProblem(what);
    } catch (error) {
      return problemOf(error);
    }
  }
  return {
    get(element) {
      try {
        const value = api.get(element);
        return value === null || value === undefined ? '' : String(value);
      } catch {
        return '';
      }
    },
    set: (element, value) => call(element, () => api.set(element, value)),
    initialize: () => call('Initialize', () => api.initialize()),
    commit: () => call('Commit', () => api.commit()),
    finish: () => call('Terminate', () => api.finish()),
  };
}
