import { describe, expect, it } from 'vitest';
import { wantsLmsLink, wantsServiceWorker } from './build-modes';

describe('wantsServiceWorker', () => {
  it('the web build only: not the single file, not the LMS packages, not the dev server or Vitest', () => {
    expect(wantsServiceWorker('build', 'production')).toBe(true);
    expect(wantsServiceWorker('build', 'single')).toBe(false);
    expect(wantsServiceWorker('build', 'lms')).toBe(false);
    expect(wantsServiceWorker('serve', 'development')).toBe(false);
    expect(wantsServiceWorker('serve', 'test')).toBe(false);
  });
});

describe('wantsLmsLink', () => {
  it('the LMS packages, the dev server and Vitest: not the web site, not the single file', () => {
    expect(wantsLmsLink('build', 'lms')).toBe(true);
    expect(wantsLmsLink('serve', 'development')).toBe(true);
    expect(wantsLmsLink('serve', 'test')).toBe(true);
    expect(wantsLmsLink('build', 'production')).toBe(false);
    expect(wantsLmsLink('build', 'single')).toBe(false);
  });
});
