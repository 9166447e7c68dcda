/**
 * Model-based tests: xstate/graph walks the login machine with sample events; every edge of the
 * resulting graph becomes a path that is replayed against the real system (login controller and
 * simulated world). Each event is produced the way a learner would cause it, with the world arranged
 * so the controller sends exactly that event; after each step the controller must be in the
 * model's state. Finally we check that the paths cover every state node and every transition.
 */
import { describe, expect, it } from 'vitest';
import { initialWorld, HERSTAPPE } from '../world/seed';
import type { World } from '../world/types';
import { createLoginController, type LoginController, type LoginIntent } from './login.controller';
import { loginMachine, type LoginEvent } from './login.machine';
import { walk } from './model-coverage.test-helper';
import { createSimulator } from './simulator';
import { worldHolder, type WorldAccess } from './world-access';
import { SEED_TB_USERS } from '../world/seed-accounts';
import type { TbApplication } from '../domain/toegangsbeheer';

const SAMPLE_EVENTS: LoginEvent[] = [
  { type: 'openAudience', audience: 'professionals' },
  { type: 'openAudience', audience: 'burger' },
  { type: 'openSector', sector: 'ocmw' },
  { type: 'openSector', sector: 'gemeenten' },
  { type: 'openService', service: 'primaweb' },
  { type: 'openService', service: 'ebox' },
  { type: 'openService', service: 'toegangsbeheer' },
  { type: 'openService', service: 'ocmwConfiguratie' },
  { type: 'openService', service: 'chaman' },
  { type: 'openService', service: 'dimona' },
  { type: 'openAudience', audience: 'onderneming' },
  { type: 'search', query: 'ChaMan' },
  { type: 'openAllServices' },
  { type: 'chooseLoginAudience', audience: 'professional' },
  { type: 'chooseLoginAudience', audience: 'burger' },
  { type: 'openCsamManagers' },
  { type: 'startService' },
  { type: 'chooseKey', key: 'eid' },
  { type: 'chooseKey', key: 'itsme' },
  { type: 'confirmEid', cardPresent: true },
  { type: 'confirmEid', cardPresent: false },
  { type: 'selectCertificate', personId: 'lotte', check: 'ok' },
  { type: 'selectCertificate', personId: 'lotte', check: 'noCard' },
  { type: 'selectCertificate', personId: 'lotte', check: 'otherCard' },
  { type: 'selectCertificate', personId: 'lotte', check: 'blocked' },
  // The digits are those arrange types for the walk's person (Lotte), to get the verdict.
  { type: 'submitPin', pin: '1234', verdict: { kind: 'ok' }, entityCount: 1 },
  { type: 'submitPin', pin: '1234', verdict: { kind: 'ok' }, entityCount: 0 },
  { type: 'submitPin', pin: '0000', verdict: { kind: 'wrong', triesLeft: 2 }, entityCount: 1 },
  { type: 'submitPin', pin: '12', verdict: { kind: 'format', error: 'tooShort' }, entityCount: 1 },
  { type: 'submitPin', pin: '0000', verdict: { kind: 'blocked' }, entityCount: 1 },
  { type: 'submitPin', pin: '0000', verdict: { kind: 'noCard' }, entityCount: 1 },
  { type: 'chooseRole', role: 'socialeAgent' },
  { type: 'chooseRole', role: 'ocmwConfiguratie' },
  { type: 'navigate', to: { page: 'home' } },
  { type: 'navigate', to: { page: 'professionals' } },
  { type: 'navigate', to: { page: 'services' } },
  { type: 'navigate', to: { page: 'service', service: 'primaweb' } },
  { type: 'navigate', to: { page: 'business' } },
  { type: 'navigate', to: { page: 'businessServices' } },
  { type: 'navigate', to: { page: 'chaman' } },
  { type: 'navigate', to: { page: 'csamManagers' } },
  { type: 'retry' },
  { type: 'cancel' },
  { type: 'back' },
  { type: 'logout' },
];

const set = (w: WorldAccess, change: (world: World) => Partial<World>) => w.update((world) => ({ ...world, ...change(world) }));
const setCard = (w: WorldAccess, personId: string, wrongTries: number, blocked: boolean) =>
  set(w, (world) => ({ cards: world.cards.map((c) => (c.personId === personId ? { ...c, wrongTries, blocked } : c)) }));
/** The person's only account: a user at `kbo` with these applications (none: no account at all). */
const setRoles = (w: WorldAccess, personId: string, kbo: string, applications: TbApplication[]) =>
  set(w, (world) => {
    const insz = world.people.find((p) => p.id === personId)!.insz;
    const base = world.tbUsers.find((u) => u.insz === insz) ?? SEED_TB_USERS[0]!;
    const others = world.tbUsers.filter((u) => u.insz !== insz);
    return { tbUsers: applications.length === 0 ? others : [...others, { ...base, kbo, insz, type: 'USER', status: 'actief', applications }] };
  });

/**
 * Arranges the world so that the learner's intent makes the controller send exactly `event`, and
 * gives that intent. An event without facts is its own intent; the others lose their facts, which
 * the controller must find in the world.
 */
function arrange(event: LoginEvent, w: WorldAccess, c: LoginController): LoginIntent {
  const person = c.getSnapshot().context.personId ?? 'lotte';
  const kbo = c.getSnapshot().context.kbo ?? HERSTAPPE;
  switch (event.type) {
    case 'confirmEid':
      set(w, () => ({ readerCardId: event.cardPresent ? 'lotte' : null }));
      return { type: 'confirmEid' };
    case 'selectCertificate':
      set(w, () => ({ readerCardId: event.check === 'noCard' ? null : event.check === 'otherCard' ? 'pieter' : event.personId }));
      setCard(w, event.personId, event.check === 'blocked' ? 3 : 0, event.check === 'blocked');
      return { type: 'selectCertificate', personId: event.personId };
    case 'submitPin': {
      const v = event.verdict;
      set(w, () => ({ readerCardId: v.kind === 'noCard' ? null : person }));
      setCard(w, person, v.kind === 'wrong' ? 2 - v.triesLeft : v.kind === 'blocked' ? 2 : 0, false);
      setRoles(w, person, HERSTAPPE, event.entityCount > 0 ? ['socialeAgent'] : []);
      const pin = w.get().people.find((p) => p.id === person)!.pin;
      return { type: 'submitPin', pin: v.kind === 'ok' ? pin : v.kind === 'format' ? '12' : pin === '0000' ? '1111' : '0000' };
    }
    case 'chooseEnterprise': {
      // OCMW-configuratie and ChaMan open with the enterprise and offer one role each, to whoever may use them.
      const service = c.getSnapshot().context.service;
      if (service === 'ocmwConfiguratie') setRoles(w, person, event.kbo, event.roles.length > 0 ? ['ocmwConfiguratie'] : []);
      else if (service === 'chaman') setRoles(w, person, event.kbo, event.roles.length > 0 ? ['chaman'] : []);
      return { type: 'chooseEnterprise', kbo: event.kbo };
    }
    case 'startApplication':
      setRoles(w, person, kbo, event.roles.map((r) => (r === 'socialeAgent' ? 'socialeAgent' : 'ocmwConfiguratie')));
      return { type: 'startApplication' };
    default:
      return event;
  }
}

describe('login machine, model-based', () => {
  // The enterprise carries the roles of the service being opened: ChaMan and OCMW-configuratie one each, or none;
  // PrimaWeb's roles are asked at "Applicatie opstarten".
  const graph = walk(loginMachine, (snapshot) => {
    const service = (snapshot.context as { service: string | null }).service;
    const enterprise: LoginEvent[] =
      service === 'chaman'
        ? [{ type: 'chooseEnterprise', kbo: HERSTAPPE, roles: ['chaman'] }, { type: 'chooseEnterprise', kbo: HERSTAPPE, roles: [] }]
        : service === 'ocmwConfiguratie'
          ? [{ type: 'chooseEnterprise', kbo: HERSTAPPE, roles: ['ocmwConfiguratie'] }, { type: 'chooseEnterprise', kbo: HERSTAPPE, roles: [] }]
          : [{ type: 'chooseEnterprise', kbo: HERSTAPPE, roles: ['socialeAgent'] }];
    const roles: LoginEvent[] = [
      { type: 'startApplication', roles: ['socialeAgent', 'primawebBeheer'] },
      { type: 'startApplication', roles: ['socialeAgent'] },
      { type: 'startApplication', roles: [] },
    ];
    return [...SAMPLE_EVENTS, ...enterprise, ...roles];
  });

  it('the walk reaches every state node', () => {
    // boot is left at once through eventless transitions, so no snapshot ever rests in it.
    expect(graph.unreachedNodes(['login.boot'])).toEqual([]);
  });

  it('the walk takes every declared transition', () => {
    expect(graph.untakenTransitions()).toEqual([]);
  });

  // One test per edge: the shortest path to its source, then the edge, replayed on the real system.
  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const w = worldHolder(initialWorld());
    const c = createLoginController(w, () => 'nl');
    const steps = graph.eventsTo(edge);
    expect(steps, 'a path to the source state').not.toBeNull();
    for (const step of steps!) {
      c.perform(arrange(step.event, w, c));
      expect(c.getSnapshot().value, `after ${step.event.type}`).toEqual(step.state.value);
      expect(c.getSnapshot().context).toEqual(step.state.context);
    }
    // World facts that must hold with the state reached.
    const snap = c.getSnapshot();
    if (snap.matches({ session: 'primaweb' })) expect(w.get().session?.personId).toBe(snap.context.personId);
    if (snap.matches('portal')) expect(w.get().session).toBeNull();
    if (snap.matches('portal')) expect(w.get().appSession).toBeNull();
    if (snap.matches({ session: 'toegangsbeheer' })) expect(w.get().appSession).toEqual({ service: 'toegangsbeheer', personId: snap.context.personId, kbo: null });
    if (snap.matches({ session: 'chaman' })) expect(w.get().appSession).toEqual({ service: 'chaman', personId: snap.context.personId, kbo: snap.context.kbo });
    if (snap.matches({ session: 'ocmwConfig' })) expect(w.get().appSession).toEqual({ service: 'ocmwConfiguratie', personId: snap.context.personId, kbo: snap.context.kbo });
    if (snap.matches({ csam: 'blocked' })) expect(w.get().cards.find((k) => k.personId === snap.context.personId)?.blocked).toBe(true);
  });
});

describe('login machine, start-up', () => {
  it('resumes an open PrimaWeb session after a reload', () => {
    const w = worldHolder(initialWorld());
    const c = createLoginController(w, () => 'nl');
    for (const intent of [
      { type: 'openAudience', audience: 'professionals' },
      { type: 'openSector', sector: 'ocmw' },
      { type: 'openService', service: 'primaweb' },
      { type: 'startService' },
      { type: 'chooseKey', key: 'eid' },
      { type: 'confirmEid' },
      { type: 'selectCertificate', personId: 'lotte' },
      { type: 'submitPin', pin: '1234' },
      { type: 'chooseEnterprise', kbo: HERSTAPPE },
      { type: 'startApplication' },
      { type: 'chooseRole', role: 'primawebBeheer' },
    ] as LoginIntent[]) {
      expect(c.perform(intent), intent.type).toBe(true);
    }
    const reloaded = createLoginController(worldHolder(w.get()), () => 'nl');
    expect(reloaded.getSnapshot().value).toEqual({ session: 'primaweb' });
    expect(reloaded.getSnapshot().context).toMatchObject({ personId: 'lotte', kbo: HERSTAPPE, role: 'primawebBeheer' });
  });

  // 004: ChaMan's login leads to "ChaMan - Beheer van technische kanalen", OCMW-configuratie's straight to the role choice.
  it('issue 11.1: ChaMan and OCMW-configuratie open with the enterprise, without PrimaWeb\'s "Applicatie opstarten"', () => {
    const eid = (personId: string, pin: string): LoginIntent[] => [
      { type: 'startService' },
      { type: 'chooseKey', key: 'eid' },
      { type: 'confirmEid' },
      { type: 'selectCertificate', personId },
      { type: 'submitPin', pin },
      { type: 'chooseEnterprise', kbo: HERSTAPPE },
    ];
    const run = (w: WorldAccess, intents: LoginIntent[]) => {
      const c = createLoginController(w, () => 'nl');
      for (const intent of intents) expect(c.perform(intent), intent.type).toBe(true);
      expect(c.perform({ type: 'startApplication' }), 'no "Applicatie opstarten" on the way').toBe(false);
      return c.getSnapshot();
    };
    const ann = worldHolder({ ...initialWorld(), readerCardId: 'ann' });
    const chaman = run(ann, [
      { type: 'openAudience', audience: 'onderneming' },
      { type: 'search', query: 'ChaMan' },
      { type: 'openService', service: 'chaman' },
      { type: 'startService' },
      { type: 'chooseLoginAudience', audience: 'professional' },
      ...eid('ann', '4711').slice(1),
    ]);
    expect(chaman.value).toEqual({ session: 'chaman' });
    expect(ann.get().appSession).toEqual({ service: 'chaman', personId: 'ann', kbo: HERSTAPPE });
    const lotte = worldHolder({ ...initialWorld(), readerCardId: 'lotte' });
    const oc = run(lotte, [
      { type: 'openAudience', audience: 'professionals' },
      { type: 'openSector', sector: 'ocmw' },
      { type: 'openService', service: 'ocmwConfiguratie' },
      ...eid('lotte', '1234'),
    ]);
    expect(oc.value).toEqual({ session: 'roleChoice' });
    expect(oc.context.service).toBe('ocmwConfiguratie');
  });

  it('resumes Toegangsbeheer and OCMW-configuratie after a reload, whatever the address bar says', () => {
    const tb = worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId: 'ann', kbo: null } });
    expect(createLoginController(tb, () => 'nl', { page: 'services' }).getSnapshot().value).toEqual({ session: 'toegangsbeheer' });
    const oc = worldHolder({ ...initialWorld(), appSession: { service: 'ocmwConfiguratie', personId: 'lotte', kbo: HERSTAPPE } });
    const snap = createLoginController(oc, () => 'nl').getSnapshot();
    expect(snap.value).toEqual({ session: 'ocmwConfig' });
    expect(snap.context).toMatchObject({ personId: 'lotte', kbo: HERSTAPPE, role: 'ocmwConfiguratie', service: 'ocmwConfiguratie' });
  });

  it('starts on the portal page of the address bar', () => {
    const w = worldHolder(initialWorld());
    expect(createLoginController(w, () => 'nl', { page: 'professionals' }).getSnapshot().value).toEqual({ portal: 'professionals' });
    expect(createLoginController(w, () => 'nl', { page: 'services' }).getSnapshot().value).toEqual({ portal: 'services' });
    const service = createLoginController(w, () => 'nl', { page: 'service', service: 'ebox' }).getSnapshot();
    expect(service.value).toEqual({ portal: 'service' });
    expect(service.context.service).toBe('ebox');
    expect(createLoginController(w, () => 'nl').getSnapshot().value).toEqual({ portal: 'home' });
  });

  it('refuses what the current screen does not offer, and what the gate refuses, changing nothing', () => {
    const w = worldHolder(initialWorld());
    const c = createLoginController(w, () => 'nl');
    expect(c.perform({ type: 'submitPin', pin: '0000' })).toBe(false);
    expect(w.get().cards.find((k) => k.personId === 'lotte')?.wrongTries).toBe(0);
    const sim = createSimulator(w, () => 'nl');
    sim.setGate(() => false);
    expect(sim.perform({ type: 'openAudience', audience: 'professionals' })).toBe(false);
    expect(sim.login.getSnapshot().value).toEqual({ portal: 'home' });
  });
});
