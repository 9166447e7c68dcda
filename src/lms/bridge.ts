/**
 * The glue between the app's records and the LMS session, with every dependency injected (no
 * runtime import of the app): reports after each meaningful change, debounced and coalesced, never
 * two reports in flight; counts the session time from start; terminates on `pagehide`, leaving the
 * attempt suspended unless the scope is complete; turns problems into notices, once each until
 * the LMS takes a report again. Nothing here throws to the app.
 *
 * How the app uses it:
 *   at start   `const resume = await bridge.start()`: the learner's state the LMS kept, or null;
 *              the app adopts it (the LMS copy is the one to continue on another PC), then calls
 *              `changed()` once, so the LMS sees the attempt as begun;
 *   on change  `changed()` after each change of progress, test reports, course record, the world
 *              or a run (cheap: it only schedules);
 *   on unload  automatic (`pagehide`); `visibilitychange` to hidden reports at once, so the
 *              suspend data at unload is fresh (compression is asynchronous, unload is not).
 */
import type nl from '../i18n/nl.json';
import type { DecodeResult, Dropped, ResumeState } from './suspend-codec';
import type { LmsProblem, LmsSession, LmsStatus } from './types';

/** The LMS notices of the message catalog (so a key used here and missing there does not compile). */
export type LmsNoticeKey = Extract<keyof typeof nl, `notice.lms.${string}`>;

export interface LmsNotice {
  key: LmsNoticeKey;
  tone: 'warning' | 'info';
}

/** A problem reaching or using the LMS, as the learner is told. */
export function noticeOfProblem(problem: LmsProblem): LmsNotice {
  if (problem.code === 'gone' || problem.code === 'network') return { key: 'notice.lms.lost', tone: 'warning' };
  if (problem.code === 'init') return { key: 'notice.lms.unavailable', tone: 'warning' };
  return { key: 'notice.lms.saveFailed', tone: 'warning' };
}

/** A problem reading back what the LMS kept. */
export function noticeOfResume(problem: LmsProblem): LmsNotice {
  return problem.code === 'partial' ? { key: 'notice.lms.resumePartial', tone: 'info' } : { key: 'notice.lms.resumeCorrupt', tone: 'warning' };
}

export interface BridgeClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_CLOCK: BridgeClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The page events the bridge listens to (window); `hidden()` is document.visibilityState === 'hidden'. */
export interface PageEvents {
  addEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'pagehide' | 'visibilitychange', listener: () => void): void;
  hidden(): boolean;
}

export interface LmsBridgeOptions<R> {
  session: LmsSession;
  /** The scope's status for the records (scope.ts's scopeStatus), null while the tests are not loaded. */
  scope(records: R): LmsStatus | null;
  /** The learner's records as they are now. */
  read(): R;
  /** suspend-codec's encodeSuspend, on these records. */
  encode(records: R): Promise<{ text: string; dropped: Dropped }>;
  /** suspend-codec's decodeSuspend, for start. */
  decode(text: string): Promise<DecodeResult>;
  notify(notice: LmsNotice): void;
  clock?: BridgeClock;
  page?: PageEvents;
  /** Quiet time after a change before reporting. */
  debounceMs?: number;
  /** A stream of changes still reports at least this often. */
  maxWaitMs?: number;
}

export interface LmsBridge {
  start(): Promise<ResumeState | null>;
  /** Something the LMS should know changed: reports soon. */
  changed(): void;
  /** Reports now (if anything is pending or in flight, after it); resolves when the LMS answered. */
  flush(): Promise<void>;
  /** What pagehide does; for an "exit" button too. */
  terminate(): void;
}

export function createLmsBridge<R>(options: LmsBridgeOptions<R>): LmsBridge {
  const { session, notify } = options;
  const clock = options.clock ?? REAL_CLOCK;
  const debounceMs = options.debounceMs ?? 1500;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const startedAt = clock.now();
  let timer: unknown = null;
  /** When the oldest change not yet reported came. */
  let pendingSince: number | null = null;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let terminated = false;
  let lastSuspend: string | null = null;
  /** The notice shown for the current trouble: not repeated until a report gets through. */
  let shown: LmsNoticeKey | null = null;
  let trimmedShown = false;

  const show = (notice: LmsNotice) => {
    if (shown === notice.key) return;
    shown = notice.key;
    notify(notice);
  };

  async function reportOnce(): Promise<void> {
    pendingSince = null;
    let records: R;
    let status: LmsStatus | null;
    try {
      records = options.read();
      status = options.scope(records);
    } catch {
      return;
    }
    if (!status) return;
    try {
      const encoded = await options.encode(records);
      lastSuspend = encoded.text;
      const dropped = encoded.dropped;
      const trimmed = dropped.world || dropped.scenarioRun || dropped.assessmentRun || dropped.reports > 0 || dropped.everything;
      if (trimmed && !trimmedShown) notify({ key: 'notice.lms.trimmed', tone: 'info' });
      trimmedShown ||= trimmed;
    } catch {
      // The codec does not throw; should it, the LMS keeps the last suspend data and still gets the status.
    }
    if (terminated) return;
    const problem = await session.report({ ...status, suspendData: lastSuspend ?? session.resumeData, sessionMs: clock.now() - startedAt }).catch((e: unknown) => ({ code: 'gone', message: String(e) }));
    if (problem && problem.code !== 'terminated') show(noticeOfProblem(problem));
    else if (!problem) shown = null;
  }

  /** Runs a report, or marks one to run after the one in flight: never two at a time. */
  function run(): Promise<void> {
    if (timer !== null) {
      clock.clearTimeout(timer);
      timer = null;
    }
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      try {
        do {
          again = false;
          await reportOnce();
        } while (again && !terminated);
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  const onPageHide = () => bridge.terminate();
  const onVisibility = () => {
    if (options.page?.hidden()) void run();
  };

  const bridge: LmsBridge = {
    async start() {
      options.page?.addEventListener('pagehide', onPageHide);
      options.page?.addEventListener('visibilitychange', onVisibility);
      if (!session.resumeData) return null;
      const decoded = await options.decode(session.resumeData).catch((e: unknown): DecodeResult => ({ state: null, problem: { code: 'corrupt', message: String(e) } }));
      if (decoded.problem) notify(noticeOfResume(decoded.problem));
      return decoded.state;
    },
    changed() {
      if (terminated) return;
      const now = clock.now();
      pendingSince ??= now;
      if (timer !== null) clock.clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now));
      timer = clock.setTimeout(() => {
        timer = null;
        void run();
      }, wait);
    },
    async flush() {
      if (terminated) return;
      await run();
      // A change during the report is reported by the same run; wait for that too.
      while (inFlight) await inFlight;
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      if (timer !== null) clock.clearTimeout(timer);
      options.page?.removeEventListener('pagehide', onPageHide);
      options.page?.removeEventListener('visibilitychange', onVisibility);
      let status: LmsStatus | null = null;
      try {
        status = options.scope(options.read());
      } catch {
        status = null;
      }
      // The page is going: no time to compress, so the last suspend data goes with the status of now.
      const final = status && { ...status, suspendData: lastSuspend ?? session.resumeData, sessionMs: clock.now() - startedAt };
      try {
        session.terminate(!(status?.completed ?? false), final ?? undefined);
      } catch {
        // Adapters do not throw; the page is going anyway.
      }
    },
  };
  return bridge;
}
