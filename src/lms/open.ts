/**
 * Opens the session with the LMS that discovery found: the one entry point the app needs after
 * discovery, so it loads the LMS layer (this and what it imports) only when there is an LMS.
 */
import { openCmi5, type FetchLike } from './cmi5';
import type { LmsFound } from './discovery';
import { openScorm12 } from './scorm12';
import { openScorm2004 } from './scorm2004';
import { PROBLEM, problemOf, type LmsProblem, type LmsSession } from './types';

export interface OpenOptions {
  /** cmi5 only: the page's fetch (bound: `fetch.bind(globalThis)`). */
  fetch?: FetchLike;
  now?: () => Date;
}

export async function openLms(found: LmsFound, options: OpenOptions = {}): Promise<{ session: LmsSession } | { problem: LmsProblem }> {
  try {
    if (found.kind === 'scorm2004') return openScorm2004(found.api);
    if (found.kind === 'scorm12') return openScorm12(found.api);
    if (!options.fetch) return { problem: { code: PROBLEM.init, message: 'cmi5 needs fetch' } };
    return await openCmi5(found.launch, { fetch: options.fetch, ...(options.now ? { now: options.now } : {}) });
  } catch (error) {
    return { problem: problemOf(error, PROBLEM.init) };
  }
}
