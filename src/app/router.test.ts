import { describe, expect, it } from 'vitest';
import { hashOfPage, pageOfHash, viewOfHash } from './router';
import type { PortalPage } from '../machines/login.machine';

describe('hash routes', () => {
  it('round-trips every portal page', () => {
    const pages: PortalPage[] = [
      { page: 'home' },
      { page: 'professionals' },
      { page: 'services' },
      { page: 'service', service: 'primaweb' },
      { page: 'service', service: 'toegangsbeheer' },
      { page: 'business' },
      { page: 'businessServices' },
      { page: 'chaman' },
      { page: 'csamManagers' },
    ];
    for (const page of pages) expect(pageOfHash(hashOfPage(page))).toEqual(page);
  });
  it('treats an empty hash as the home page and refuses unknown addresses', () => {
    expect(pageOfHash('')).toEqual({ page: 'home' });
    expect(pageOfHash('#/professionals/ocmw/onbekend')).toBeNull();
    expect(pageOfHash('#/primaweb')).toBeNull();
    expect(pageOfHash('#/chaman')).toBeNull();
  });
  it('opens the course home on the empty address and on #/cursus, the results on #/cursus/resultaten, the simulator on every other', () => {
    expect(viewOfHash('')).toBe('course');
    expect(viewOfHash('#')).toBe('course');
    expect(viewOfHash('#/cursus')).toBe('course');
    expect(viewOfHash('#/cursus/')).toBe('course');
    expect(viewOfHash('#/cursus/resultaten')).toBe('results');
    expect(viewOfHash('#/')).toBe('simulator');
    expect(viewOfHash('#/professionals/ocmw/primaweb')).toBe('simulator');
    expect(viewOfHash('#/primaweb')).toBe('simulator');
  });
});
