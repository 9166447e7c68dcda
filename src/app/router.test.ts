import { describe, expect, it } from 'vitest';
import type { StateNode } from 'xstate';
import { addressOfScenarioLink, hashOfPage, hashOfScenarioLink, hashOfSnapshot, pageOfHash, resolveScenarioLink, scenarioLinkOf, viewOfHash } from './router';
import { loginMachine, type PortalPage } from '../machines/login.machine';
import { screenOf, type Screen } from '../machines/login.connect';

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

describe('the address of each screen of the login', () => {
  /** The machine's leaf states, as paths of state keys. */
  const leaves = (node: StateNode<never, never>, prefix: string[] = []): string[][] =>
    Object.values(node.states).length === 0 ? [prefix] : Object.entries(node.states).flatMap(([key, child]) => leaves(child as StateNode<never, never>, [...prefix, key]));
  const LOGIN = '#/aanmelden';
  const HASHES: Partial<Record<Screen, string>> = {
    'portal.home': '#/',
    'portal.professionals': '#/professionals',
    'portal.services': '#/professionals/ocmw',
    'portal.business': '#/onderneming',
    'portal.businessServices': '#/onderneming/onlinediensten',
    'portal.chamanPage': '#/onderneming/chaman',
    'portal.csamManagers': '#/csam/beheer-toegangsbeheerders',
    primaweb: '#/primaweb',
    toegangsbeheer: '#/toegangsbeheer',
    ocmwConfig: '#/ocmw-configuratie',
    chaman: '#/chaman',
  };

  it('gives each state its page, the application opened its own, and every other step of the login #/aanmelden', () => {
    const context = loginMachine.config.context;
    // "boot" is transient: no snapshot rests there.
    for (const path of leaves(loginMachine.root as unknown as StateNode<never, never>).filter((p) => p[0] !== 'boot')) {
      const value = path.reduceRight<unknown>((inner, key) => (inner === null ? key : { [key]: inner }), null);
      for (const service of [null, 'primaweb', 'ebox', 'chaman', 'toegangsbeheer', 'ocmwConfiguratie'] as const) {
        const snapshot = loginMachine.resolveState({ value, context: { ...(context as object), service } } as never);
        const screen = screenOf(snapshot);
        const expected = screen === 'portal.service' ? (service ? `#/professionals/ocmw/${service}` : LOGIN) : (HASHES[screen] ?? LOGIN);
        expect(hashOfSnapshot(snapshot), `${path.join('.')} (${service})`).toBe(expected);
      }
    }
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
