/**
 * The simulator and an LMS that launched it (issue 13.2), loaded only when discovery found one:
 * opens the session, takes up what the LMS kept of the learner (so they continue on another PC),
 * and reports after every saved change. localStorage stays the fallback and the cache: a refused
 * commit or a lost LMS is a notice, never a loss.
 */
import type { LmsFound } from '../lms/discovery';
import { createLmsBridge, decodeSuspend, encodeSuspend, labelsOf, noticeOfProblem, openLms, scopeStatus, type LearnerState, type LmsNotice, type ResumeState } from '../lms';
import { loadMessagesIn, sayAll } from '../i18n/i18n.svelte';
import { LOCALES, type Locale } from '../i18n/locales';
import type { LmsScope } from '../lms/scope';
import type { World } from '../world/types';
import { COURSE_TESTS } from '../training/course-status';
import { mergeProgress, mergeHistory } from './lms-merge';

/** What the link needs of the runtime. */
export interface LmsHost {
  readonly scope: LmsScope;
  learnerState(): LearnerState;
  locale(): Locale;
  /** The LMS's learner language preference ("de", "fr-BE", or ''): the simulator starts in it unless the learner chose one. */
  preferLanguage(tag: string): void;
  initialWorld(): World;
  /** Takes up the learner's state the LMS kept (before the scenarios resume a run). */
  adopt(state: ResumeState): void;
  notify(notice: LmsNotice): void;
  /** Calls back after each saved change of the learner's records. */
  onSaved(listener: () => void): void;
}

export async function linkLms(host: LmsHost, found: LmsFound): Promise<void> {
  const opened = await openLms(found, { fetch: globalThis.fetch?.bind(globalThis) });
  if ('problem' in opened) {
    host.notify(noticeOfProblem(opened.problem));
    return;
  }
  host.preferLanguage(opened.session.learnerLanguage);
  // The tests' own labels are left out of suspend_data (its 4,096 characters): both ends need them.
  // Their words in every language, as the reports keep them.
  const [{ ASSESSMENTS }, { TEST_EXERCISES }] = await Promise.all([import('../training/assessments'), import('../training/scenarios/tests'), loadMessagesIn('scenarios', LOCALES), loadMessagesIn('core', LOCALES)]);
  const labels = labelsOf(ASSESSMENTS, TEST_EXERCISES, sayAll);
  const initial = host.initialWorld();
  const bridge = createLmsBridge({
    session: opened.session,
    read: () => host.learnerState(),
    scope: (state) => scopeStatus(host.scope, { progress: state.progress, history: state.history, locale: host.locale() }, COURSE_TESTS),
    encode: (state) => encodeSuspend({ ...state, initial, savedAt: new Date().toISOString(), scoring: COURSE_TESTS.scoring, labels }),
    decode: (text) => decodeSuspend(text, initial, labels),
    notify: (notice) => host.notify(notice),
    // The end of the session: the page going (pagehide), and a report when it is hidden.
    page: {
      addEventListener: (type, listener) => globalThis.addEventListener(type, listener),
      removeEventListener: (type, listener) => globalThis.removeEventListener(type, listener),
      hidden: () => globalThis.document?.visibilityState === 'hidden',
    },
  });
  const resume = await bridge.start();
  if (resume) {
    // Nothing the learner did in this browser is lost: progress and reports are the union of both.
    const local = host.learnerState();
    host.adopt({ ...resume, progress: mergeProgress(local.progress, resume.progress), history: mergeHistory(local.history, resume.history) });
  }
  host.onSaved(() => bridge.changed());
  // The LMS sees the attempt as begun.
  bridge.changed();
}
