/**
 * When the LMS gives back what it kept of the learner, what this browser kept is not thrown away:
 * a scenario done here or there is done, a report taken here or there is kept (newest first,
 * as many as the history keeps). Pure.
 */
import { HISTORY_LENGTH, type AssessmentHistory } from '../training/assessment-report';
import type { Progress } from '../training/progress';

/** Every completion of either, the later date where both have one. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const out: Progress = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const modes = { ...a[id] };
    for (const [mode, at] of Object.entries(b[id] ?? {}) as [keyof typeof modes, string][]) {
      const mine = modes[mode];
      if (!mine || Date.parse(at) > Date.parse(mine)) modes[mode] = at;
    }
    out[id] = modes;
  }
  return out;
}

/** The reports of both, each once (same test, same end), newest first. */
export function mergeHistory(a: AssessmentHistory, b: AssessmentHistory): AssessmentHistory {
  const seen = new Set<string>();
  return [...a, ...b]
    .filter((r) => {
      const key = `${r.assessmentId}@${r.finishedAt}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => Date.parse(y.finishedAt) - Date.parse(x.finishedAt))
    .slice(0, HISTORY_LENGTH);
}
