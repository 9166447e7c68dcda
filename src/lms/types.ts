/**
 * The LMS layer (issue 13.2): what the simulator tells a learning platform, in one shape for the
 * three standards it speaks (SCORM 1.2, SCORM 2004 4th edition, cmi5). Pure TypeScript; the app
 * loads it only when an LMS was found, so the first screen does not carry it.
 */

/** One exercise of the scope's latest test, as `cmi.interactions` (2004) or the 1.2 journal. */
export interface LmsInteraction {
  /** The exercise's scenario id (a SCORM identifier: no spaces, ends with a letter or digit). */
  id: string;
  /** 'other' when the exercise asked a question (free answer), 'performance' otherwise. */
  type: 'performance' | 'other';
  /** The exercise's title in the learner's language. */
  description: string;
  /** From the goals: every goal met is correct. */
  result: 'correct' | 'incorrect';
  /** The learner's answer, when the exercise asked one. */
  learnerResponse?: string;
  /** When the test was handed in (ISO, real time). */
  timestamp: string;
}

/** What the LMS gets for the package's scope (scope.ts), plus what travels with it. */
export interface LmsStatus {
  completed: boolean;
  success: 'passed' | 'failed' | 'unknown';
  /** Raw score 0–100, or null while no test was taken. */
  score: number | null;
  interactions: LmsInteraction[];
}

export interface LmsReport extends LmsStatus {
  /** The encoded learner state (suspend-codec.ts), at most SUSPEND_LIMIT characters. */
  suspendData: string;
  /** Time spent in this session so far, in milliseconds (the bridge counts it from start). */
  sessionMs: number;
}

/** An LMS error, for a notice: `code` is the standard's error number or one of ours (below). */
export interface LmsProblem {
  code: string;
  message: string;
}

/**
 * Our own problem codes, next to the standards' numbers: the API vanished or threw, the network
 * or the LRS refused, or the session is over.
 */
export const PROBLEM = {
  gone: 'gone',
  network: 'network',
  refused: 'refused',
  terminated: 'terminated',
  init: 'init',
} as const;

export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5';

export interface LmsSession {
  readonly kind: LmsKind;
  /** What the LMS kept from the previous attempt for resume ('' if none). */
  readonly resumeData: string;
  /** The learner's name as the LMS knows it ('' if not given), e.g. for the certificate. */
  readonly learnerName: string;
  /** The learner's preferred language as the LMS gives it ('' if none), e.g. 'nl', 'fr-BE'. */
  readonly learnerLanguage: string;
  /**
   * Writes status, score, interactions, suspend data and session time, then commits. Resolves with
   * the problem instead of throwing; nothing is lost locally either way.
   */
  report(state: LmsReport): Promise<LmsProblem | null>;
  /**
   * On unload: writes `final` if given, exit 'suspend' when `unfinished` (else normal), then
   * Terminate / LMSFinish, or cmi5's 'terminated'. Synchronous as far as the page is concerned
   * (SCORM calls are synchronous; cmi5 uses keepalive requests), since the page is going away.
   */
  terminate(unfinished: boolean, final?: LmsReport): void;
}

/** suspend_data's limit: SCORM 1.2's CMIString4096, used for every standard. */
export const SUSPEND_LIMIT = 4096;

/** Wraps whatever an LMS call throws into a problem: an LMS page can disappear at any time. */
export function problemOf(error: unknown, code: string = PROBLEM.gone): LmsProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { code, message };
}
