import { describe, expect, it } from 'vitest';
import { addressOfScenarioLink, hashOfPage, hashOfScenarioLink, pageOfHash, resolveScenarioLink, scenarioLinkOf, viewOfHash } from './router';
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

describe('issue 12.4: links to a moment of a scenario', () => {
  const scenarios = [{ id: 'aanmelden-primaweb', steps: [1, 2, 3, 4] }];
  it('round-trips a link, and reads it with or without a trailing slash', () => {
    const link = { scenarioId: 'aanmelden-primaweb', mode: 'guided' as const, step: 3 };
    expect(hashOfScenarioLink(link)).toBe('#/scenario/aanmelden-primaweb/guided/3');
    expect(scenarioLinkOf(hashOfScenarioLink(link))).toEqual({ ok: true, link });
    expect(scenarioLinkOf('#/scenario/aanmelden-primaweb/demo/1/')).toEqual({ ok: true, link: { ...link, mode: 'demo', step: 1 } });
    expect(resolveScenarioLink(scenarioLinkOf('#/scenario/aanmelden-primaweb/practice/4'), scenarios)).toEqual({ scenarioId: 'aanmelden-primaweb', mode: 'practice', stepIndex: 3 });
  });
  it('is not a scenario link: other addresses', () => {
    expect(scenarioLinkOf('')).toBeNull();
    expect(scenarioLinkOf('#/')).toBeNull();
    expect(scenarioLinkOf('#/cursus')).toBeNull();
    expect(scenarioLinkOf('#/professionals')).toBeNull();
    expect(scenarioLinkOf('#/scenarios')).toBeNull();
  });
  it('a scenario link that cannot be read or is outdated: bad mode, step 0, missing parts, unknown scenario, step out of range', () => {
    for (const hash of ['#/scenario', '#/scenario/x', '#/scenario/x/guided', '#/scenario/x/toets/1', '#/scenario/x/guided/0', '#/scenario/x/guided/-1', '#/scenario/x/guided/abc', '#/scenario/%E0%A4%A/guided/1']) {
      expect(scenarioLinkOf(hash), hash).toEqual({ ok: false });
      expect(resolveScenarioLink(scenarioLinkOf(hash), scenarios)).toBeNull();
    }
    expect(resolveScenarioLink(scenarioLinkOf('#/scenario/onbekend/guided/1'), scenarios)).toBeNull();
    expect(resolveScenarioLink(scenarioLinkOf('#/scenario/aanmelden-primaweb/guided/5'), scenarios)).toBeNull();
    expect(resolveScenarioLink(null, scenarios)).toBeNull();
  });
  it('the portal pages do not take a scenario link for one of theirs', () => {
    expect(pageOfHash('#/scenario/aanmelden-primaweb/guided/3')).toBeNull();
    // A link to a moment opens the simulator, not the course home.
    expect(viewOfHash('#/scenario/aanmelden-primaweb/guided/3')).toBe('simulator');
  });
});

describe('issue 12.4: the full address of a link', () => {
  it('keeps the site and its folder, replaces the hash', () => {
    const link = { scenarioId: 'a', mode: 'demo' as const, step: 2 };
    expect(addressOfScenarioLink('https://example.org/cursus/primaweb/index.html#/primaweb', link)).toBe('https://example.org/cursus/primaweb/index.html#/scenario/a/demo/2');
    expect(addressOfScenarioLink('file:///C:/sim/index.html', link)).toBe('file:///C:/sim/index.html#/scenario/a/demo/2');
  });
});
