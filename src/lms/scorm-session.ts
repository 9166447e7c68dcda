/**
 * The session both SCORM adapters share: a report writes and commits; unload writes the last
 * report (or just the exit), commits and terminates, once. The versions differ only in what they
 * write and in the exit element's name and values.
 */
import type { ScormCaller } from './scorm-call';
import { PROBLEM, type LmsKind, type LmsProblem, type LmsReport, type LmsSession } from './types';

export interface ScormSessionParts {
  kind: Extract<LmsKind, 'scorm12' | 'scorm2004'>;
  resumeData: string;
  learnerName: string;
  learnerLanguage: string;
  scorm: ScormCaller;
  /** Writes the report with the exit of a suspended (or a finished) attempt, and commits. */
  write(report: LmsReport, suspended: boolean): LmsProblem | null;
  /** Sets only the exit (an unload before any report). */
  exit(suspended: boolean): LmsProblem | null;
}

export function scormSession(parts: ScormSessionParts): LmsSession {
  const { scorm, write } = parts;
  let finished = false;
  return {
    kind: parts.kind,
    resumeData: parts.resumeData,
    learnerName: parts.learnerName,
    learnerLanguage: parts.learnerLanguage,
    async report(report) {
      if (finished) return { code: PROBLEM.terminated, message: 'the session was terminated' };
      // Suspended with every report while unfinished, so a crash before unload still leaves a resumable attempt.
      return write(report, !report.completed);
    },
    terminate(unfinished, final) {
      if (finished) return;
      finished = true;
      if (final) write(final, unfinished);
      else {
        parts.exit(unfinished);
        scorm.commit();
      }
      scorm.finish();
    },
  };
}
