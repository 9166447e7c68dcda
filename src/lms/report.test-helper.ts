/** A report as the bridge hands it to a session, for the adapters' tests. */
import type { LmsReport } from './types';

export const report = (over: Partial<LmsReport> = {}): LmsReport => ({
  completed: false,
  success: 'unknown',
  score: null,
  interactions: [],
  suspendData: 'PW1:abc',
  sessionMs: 24_570,
  ...over,
});
