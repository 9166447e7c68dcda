import { describe, expect, it } from 'vitest';
import { wantsLmsLink, wantsServiceWorker } from './build-modes';

/** What each build carries: Vite's command and mode, then the service worker and the LMS link. */
const BUILDS = [
  ['the web site', 'build', 'production', true, false],
  ['the LMS packages', 'build', 'lms', false, true],
  ['the single file', 'build', 'single', false, false],
  ['the dev server', 'serve', 'development', false, true],
  ['Vitest', 'serve', 'test', false, true],
] as const;

describe.each(BUILDS)('%s (%s, mode %s)', (_name, command, mode, serviceWorker, lmsLink) => {
  it(`${serviceWorker ? 'has' : 'has no'} service worker and ${lmsLink ? 'has' : 'has no'} LMS link`, () => {
    expect(wantsServiceWorker(command, mode)).toBe(serviceWorker);
    expect(wantsLmsLink(command, mode)).toBe(lmsLink);
  });
});
