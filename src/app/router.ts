/**
 * Hash routes, so the built site works from any folder of any static host without rewrites.
 * Public portal pages have their own address (Back and Forward work, a reload stays there);
 * the login steps and PrimaWeb share one address each: a reload there resumes from the world.
 */
import type { LoginSnapshot } from '../machines/login.controller';
import type { PortalPage } from '../machines/login.machine';
import { SERVICES, type Service } from '../world/portal-catalog';

/** The simulator's own screens: the course home (the empty address too), the learner's results, or the simulator itself. */
export type View = 'course' | 'results' | 'simulator';
export const COURSE_HASH = '#/cursus';
export const RESULTS_HASH = '#/cursus/resultaten';

export function viewOfHash(hash: string): View {
  const raw = hash.replace(/^#/, '');
  // '#/' is the portal's home page; only an address without a path is the course home.
  if (raw === '') return 'course';
  const path = raw.replace(/(.)\/+$/, '$1');
  if (path === '/cursus') return 'course';
  if (path === '/cursus/resultaten') return 'results';
  return 'simulator';
}

export function hashOfPage(page: PortalPage): string {
  switch (page.page) {
    case 'home':
      return '#/';
    case 'professionals':
      return '#/professionals';
    case 'services':
      return '#/professionals/ocmw';
    case 'service':
      return `#/professionals/ocmw/${page.service}`;
    case 'business':
      return '#/onderneming';
    case 'businessServices':
      return '#/onderneming/onlinediensten';
    case 'chaman':
      return '#/onderneming/chaman';
    case 'csamManagers':
      return '#/csam/beheer-toegangsbeheerders';
  }
}

export function pageOfHash(hash: string): PortalPage | null {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { page: 'home' };
  if (path === '/professionals') return { page: 'professionals' };
  if (path === '/professionals/ocmw') return { page: 'services' };
  if (path === '/onderneming') return { page: 'business' };
  if (path === '/onderneming/onlinediensten') return { page: 'businessServices' };
  if (path === '/onderneming/chaman') return { page: 'chaman' };
  if (path === '/csam/beheer-toegangsbeheerders') return { page: 'csamManagers' };
  const service = /^\/professionals\/ocmw\/(\w+)$/.exec(path)?.[1];
  if (service && (SERVICES as readonly string[]).includes(service)) return { page: 'service', service: service as Service };
  return null;
}

/** The address a login-flow snapshot shows. */
export function hashOfSnapshot(snapshot: LoginSnapshot): string {
  const value = snapshot.value;
  if (typeof value === 'object' && 'portal' in value) {
    const page = value.portal;
    if (page === 'service' && snapshot.context.service) return hashOfPage({ page: 'service', service: snapshot.context.service });
    if (page === 'home' || page === 'professionals' || page === 'services' || page === 'business' || page === 'businessServices') return hashOfPage({ page });
    if (page === 'chamanPage') return hashOfPage({ page: 'chaman' });
    if (page === 'csamManagers') return hashOfPage({ page: 'csamManagers' });
  }
  if (value === 'primaweb') return '#/primaweb';
  if (value === 'toegangsbeheer') return '#/toegangsbeheer';
  if (value === 'ocmwConfig') return '#/ocmw-configuratie';
  if (value === 'chaman') return '#/chaman';
  return '#/aanmelden';
}
