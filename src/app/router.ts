/**
 * Hash routes, so the built site works from any folder of any static host without rewrites.
 * Public portal pages have their own address (Back and Forward work, a reload stays there);
 * the login steps and PrimaWeb share one address each: a reload there resumes from the world.
 */
import type { LoginSnapshot } from '../machines/login.controller';
import type { PortalPage } from '../machines/login.machine';
import { SERVICES, type Service } from '../world/portal-catalog';
import { MODES, type Mode } from '../training/progress';

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
  if (snapshot.matches({ session: 'primaweb' })) return '#/primaweb';
  if (snapshot.matches({ session: 'toegangsbeheer' })) return '#/toegangsbeheer';
  if (snapshot.matches({ session: 'ocmwConfig' })) return '#/ocmw-configuratie';
  if (snapshot.matches({ session: 'chaman' })) return '#/chaman';
  return '#/aanmelden';
}

/**
 * A trainer's link to a moment of a scenario: `#/scenario/<scenarioId>/<mode>/<stepNumber>` (the
 * step counted from 1, as the panel says "Stap n van m"). The run's world is prepared from the
 * delivered world, so the link shows the same moment on any copy of the site.
 */
export interface ScenarioLink {
  scenarioId: string;
  mode: Mode;
  /** 1-based, as the panel shows it. */
  step: number;
}

/** What an address says about a scenario: not a scenario link at all (null), a well-formed one, or one that cannot be read. */
export type ScenarioLinkOf = null | { ok: true; link: ScenarioLink } | { ok: false };

export function hashOfScenarioLink(link: ScenarioLink): string {
  return `#/scenario/${encodeURIComponent(link.scenarioId)}/${link.mode}/${link.step}`;
}

export function scenarioLinkOf(hash: string): ScenarioLinkOf {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path !== '/scenario' && !path.startsWith('/scenario/')) return null;
  const match = /^\/scenario\/([^/]+)\/([^/]+)\/(\d{1,4})$/.exec(path);
  if (!match) return { ok: false };
  let scenarioId: string;
  try {
    scenarioId = decodeURIComponent(match[1]!);
  } catch {
    return { ok: false };
  }
  const mode = match[2]!;
  const step = Number(match[3]);
  if (!(MODES as readonly string[]).includes(mode) || step < 1) return { ok: false };
  return { ok: true, link: { scenarioId, mode: mode as Mode, step } };
}

/** The link against the scenarios of this version: unknown scenario or a step out of range is an outdated link (null). */
export function resolveScenarioLink(
  link: ScenarioLinkOf,
  scenarios: readonly { id: string; steps: readonly unknown[] }[],
): { scenarioId: string; mode: Mode; stepIndex: number } | null {
  if (!link?.ok) return null;
  const scenario = scenarios.find((s) => s.id === link.link.scenarioId);
  if (!scenario || link.link.step > scenario.steps.length) return null;
  return { scenarioId: scenario.id, mode: link.link.mode, stepIndex: link.link.step - 1 };
}

/** The full address of a link to a moment: this copy of the site (any folder), with the link's hash. */
export function addressOfScenarioLink(href: string, link: ScenarioLink): string {
  return `${href.split('#')[0]}${hashOfScenarioLink(link)}`;
}
