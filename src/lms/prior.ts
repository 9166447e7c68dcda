/**
 * What the LMS already holds only gets better. A learner may resume on a PC whose browser has
 * nothing and whose suspend data could not be read back (or was trimmed): their local records then
 * show less than the LMS has, and reporting them as they are would take a passed module back to
 * incomplete. So completion, success and score are merged with what the LMS gave at start.
 */
import type { LmsStatus } from './types';

export interface Prior {
  completed: boolean;
  success: LmsStatus['success'];
  score: number | null;
}

const RANK = { unknown: 0, failed: 1, passed: 2 } as const;

export function atLeastPrior<T extends LmsStatus>(status: T, prior: Prior): T {
  const success = RANK[prior.success] > RANK[status.success] ? prior.success : status.success;
  const score = status.score === null ? prior.score : prior.score === null ? status.score : Math.max(status.score, prior.score);
  return { ...status, completed: status.completed || prior.completed, success, score };
}

/** A raw score as an LMS gives it back ('' or garbage: none). */
export function scoreOf(raw: string): number | null {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}
