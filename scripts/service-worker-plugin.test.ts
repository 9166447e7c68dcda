import { describe, expect, it } from 'vitest';
import { wantsServiceWorker } from './service-worker-plugin';

describe('wantsServiceWorker', () => {
  it('the web build only: not the single file, not the LMS packages, not the dev server or Vitest', () => {
    expect(wantsServiceWorker('build', 'production')).toBe(true);
    expect(wantsServiceWorker('build', 'single')).toBe(false);
    expect(wantsServiceWorker('build', 'lms')).toBe(false);
    expect(wantsServiceWorker('serve', 'development')).toBe(false);
    expect(wantsServiceWorker('serve', 'test')).toBe(false);
  });
});
