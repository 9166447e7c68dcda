/**
 * Model-based tests of Toegangsbeheer's screens: xstate/graph walks the machine with events that
 * the real system can cause in each state (a bulk action's outcome follows from the ticked users,
 * an INSZ's verdict from who is being added); every edge is replayed through the intent hub with
 * Ann (Hoofdtoegangsbeheerder and Lokale beheerder of Herstappe) logged in. For the refusals that
 * only a changed world can cause, the test takes Ann's rights away first, as another manager could.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { TbUserForm } from '../domain/toegangsbeheer';
import { EXAMPLE_NEW_USER } from '../world/examples';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { accountOf, checkNewUser, tbUser } from '../world/toegangsbeheer';
import type { World } from '../world/types';
import { walk } from './model-coverage.test-helper';
import { createSimulator, type Intent, type Simulator } from './simulator';
import { NO_FILTERS, toegangsbeheerMachine, type TbContext, type TbEvent } from './toegangsbeheer.machine';
import { worldHolder, type WorldAccess } from './world-access';

const BRAM = '86041205759';
const PIETER = '79052208774';
const ANN = '71091120648';
const ELS = '91022311850';

const form = (insz: string, over: Partial<TbUserForm> = {}): TbUserForm => ({ ...EXAMPLE_NEW_USER, insz, ...over });

const seed = initialWorld();

function eventsFor(snapshot: AnyMachineSnapshot): TbEvent[] {
  const ctx = snapshot.context as TbContext;
  const n = ctx.selected.length;
  const events: TbEvent[] = [
    { type: 'tb.selectEnterprise', kbo: HERSTAPPE },
    { type: 'tb.openRole', kbo: HERSTAPPE, as: 'vte' },
    { type: 'tb.openEnterprise', kbo: HERSTAPPE },
    { type: 'tb.openCapacity' },
    { type: 'tb.appointTb' },
    { type: 'tb.home' },
    { type: 'tb.users' },
    { type: 'tb.search', filters: { ...NO_FILTERS, lastName: 'Claes' } },
    { type: 'tb.page', page: 2 },
    { type: 'tb.toggle', insz: PIETER },
    { type: 'tb.toggle', insz: ANN },
    { type: 'tb.chooseAdd', kind: 'USER' },
    { type: 'tb.chooseAdd', kind: 'LB' },
    { type: 'tb.previous' },
    { type: 'tb.cancel' },
  ];
  // 004 l.447: the INSZ and "Volgende" at the bottom of "Gebruikers". A bad INSZ is refused
  // anywhere; Bram's and Pieter's verdicts hold only before anything was done in the world.
  events.push({ type: 'tb.addByInsz', insz: '85073003329', verdict: 'checksum' });
  if (ctx.notice === null || (ctx.notice.kind === 'refused' && ctx.notice.at === 'insz')) {
    events.push({ type: 'tb.addByInsz', insz: BRAM, digits: BRAM, verdict: 'form' }, { type: 'tb.addByInsz', insz: PIETER, digits: PIETER, verdict: 'exists' });
  }
  for (const action of ['remove', 'block', 'addApps'] as const) {
    const outcome = n === 0 ? 'noneSelected' : ctx.selected.includes(ANN) && action !== 'addApps' ? 'managerInSelection' : action === 'block' ? 'done' : 'ask';
    events.push({ type: 'tb.run', action, outcome, count: n });
  }
  if (ctx.action === 'addApps') events.push({ type: 'tb.confirmBulk', apps: ['chaman'], outcome: 'done', count: n }, { type: 'tb.confirmBulk', apps: [], outcome: 'noApplications', count: n });
  if (ctx.action === 'remove') events.push({ type: 'tb.confirmBulk', apps: [], outcome: 'done', count: n }, { type: 'tb.confirmBulk', apps: [], outcome: 'notAllowed', count: n });
  if (ctx.adding === 'LB') events.push({ type: 'tb.next', insz: ELS, digits: ELS, verdict: 'overview' }, { type: 'tb.next', insz: BRAM, digits: BRAM, verdict: 'form' });
  if (ctx.adding === 'USER') {
    events.push(
      { type: 'tb.next', insz: BRAM, digits: BRAM, verdict: 'form' },
      { type: 'tb.next', insz: PIETER, digits: PIETER, verdict: 'exists' },
      { type: 'tb.next', insz: '85073003329', verdict: 'checksum' },
    );
  }
  if (ctx.insz) {
    for (const f of [form(ctx.insz), form(ctx.insz, { usernameConfirm: 'anders', email: '' })]) {
      events.push({ type: 'tb.submit', form: f, errors: checkNewUser(seed, HERSTAPPE, f) });
    }
  }
  const username = ctx.form?.usernameFirst ?? tbUser(seed, HERSTAPPE, ctx.insz)?.username ?? '';
  events.push({ type: 'tb.confirmAdd', outcome: 'done', username }, { type: 'tb.confirmAdd', outcome: 'notAllowed', username });
  if (ctx.form) events.push({ type: 'tb.confirmAdd', outcome: 'form', username, errors: checkNewUser(usernameTaken(seed, username), HERSTAPPE, ctx.form) });
  return events;
}

/** Another manager gives the username to someone else at Herstappe, between "Opslaan" and "Bevestigen". */
const EVA = '65031820460';
function usernameTaken(world: World, username: string): World {
  const account = world.tbUsers.find((u) => u.kbo === HERSTAPPE && u.type === 'USER')!;
  return { ...world, tbUsers: [...world.tbUsers, { ...account, insz: EVA, username, lastName: 'Wauters', firstName: 'Eva' }] };
}

/**
 * Ann loses every right at Herstappe, what another Hoofdtoegangsbeheerder could do meanwhile; the
 * test gives them back after the refused intent, so the rest of the path runs as modelled.
 */
let restore: (() => void) | null = null;
function withoutRights(w: WorldAccess) {
  const saved = w.get();
  restore = () => w.update(() => saved);
  w.update((world: World) => ({
    ...world,
    enterprises: world.enterprises.map((e) => ({ ...e, accessManagers: e.accessManagers.filter((i) => i !== ANN) })),
    tbUsers: world.tbUsers.map((u) => (u.insz === ANN && u.kbo === HERSTAPPE ? { ...u, type: 'USER' as const } : u)),
  }));
}

/** The event is the intent (the controller overwrites its facts); some need the world changed first. */
function arrange(event: TbEvent, w: WorldAccess): Intent {
  switch (event.type) {
    case 'tb.confirmBulk':
      if (event.outcome === 'notAllowed') withoutRights(w);
      return event;
    case 'tb.confirmAdd':
      if (event.outcome === 'form') {
        const saved = w.get();
        restore = () => w.update(() => saved);
        w.update((world) => usernameTaken(world, event.username));
      } else if (event.outcome !== 'done') withoutRights(w);
      return event;
    default:
      return event;
  }
}

// Filters and page only narrow the list: left out of a state's identity so the graph stays small.
const IGNORED = ['filters', 'page'] as const;
const comparable = (ctx: TbContext) => Object.fromEntries(Object.entries(ctx).filter(([k]) => !(IGNORED as readonly string[]).includes(k)));

describe('Toegangsbeheer machine, model-based', () => {
  const graph = walk(toegangsbeheerMachine, eventsFor, {}, IGNORED);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const w = worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId: 'ann', kbo: null } });
    const sim: Simulator = createSimulator(w, () => 'nl');
    for (const step of graph.eventsTo(edge)!) {
      const before = w.get();
      const offered = sim.toegangsbeheer.getSnapshot().can(step.event);
      restore = null;
      expect(sim.perform(arrange(step.event, w)), `${step.event.type} accepted`).toBe(offered);
      (restore as (() => void) | null)?.();
      expect(sim.toegangsbeheer.getSnapshot().value).toEqual(step.state.value);
      expect(comparable(sim.toegangsbeheer.getSnapshot().context)).toEqual(comparable(step.state.context as TbContext));
      // The world changes only when something was done.
      const done =
        (step.event.type === 'tb.run' && step.event.outcome === 'done') ||
        ((step.event.type === 'tb.confirmBulk' || step.event.type === 'tb.confirmAdd') && step.event.outcome === 'done');
      if (!done && !(['tb.confirmBulk', 'tb.confirmAdd'] as string[]).includes(step.event.type)) expect(w.get()).toBe(before);
    }
  });
});

describe('Toegangsbeheer intents', () => {
  const annIn = () => worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId: 'ann', kbo: null } });

  it('add a user by INSZ through form, overview and "Bevestigen"; the new user can log in to PrimaWeb', () => {
    const w = annIn();
    const sim = createSimulator(w, () => 'nl');
    for (const intent of [
      { type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' },
      { type: 'tb.users' },
      { type: 'tb.chooseAdd', kind: 'USER' },
      { type: 'tb.next', insz: '86.04.12-057.59' },
      { type: 'tb.submit', form: form('') },
      { type: 'tb.confirmAdd' },
    ] as Intent[]) {
      expect(sim.perform(intent), intent.type).toBe(true);
    }
    expect(accountOf(w.get(), 'bram', HERSTAPPE)).toMatchObject({ type: 'USER', applications: ['socialeAgent'] });
    expect(sim.toegangsbeheer.getSnapshot().context.notice).toEqual({ kind: 'added', as: 'USER', username: 'bpeeters' });
  });

  it('issue 11.4: the name of the enterprise, "Maatschappelijk Welzijn", "Van Toegangsbeheerder veranderen", INSZ and "Volgende" appoint the Toegangsbeheerder', () => {
    const w = annIn();
    const sim = createSimulator(w, () => 'nl');
    for (const intent of [
      { type: 'tb.openEnterprise', kbo: HERSTAPPE },
      { type: 'tb.openCapacity' },
      { type: 'tb.appointTb' },
      { type: 'tb.next', insz: '91.02.23-118.50' },
    ] as Intent[]) {
      expect(sim.perform(intent), intent.type).toBe(true);
    }
    expect(sim.toegangsbeheer.getSnapshot().matches({ users: 'overview' })).toBe(true);
    expect(sim.perform({ type: 'tb.confirmAdd' })).toBe(true);
    // Back on the capacity's page, with the new Toegangsbeheerder; Ann stays as a user.
    expect(sim.toegangsbeheer.getSnapshot().matches('capacity')).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().context.notice).toEqual({ kind: 'added', as: 'LB', username: 'emertens' });
    expect(tbUser(w.get(), HERSTAPPE, ELS)?.type).toBe('LB');
    expect(tbUser(w.get(), HERSTAPPE, ANN)?.type).toBe('USER');
  });

  it("issue 11 (review): the capacity's page opens on its Toegangsbeheerder and searches like Gebruikers; an addition begun there returns there", () => {
    const w = annIn();
    const sim = createSimulator(w, () => 'nl');
    expect(sim.perform({ type: 'tb.openEnterprise', kbo: HERSTAPPE })).toBe(true);
    expect(sim.perform({ type: 'tb.openCapacity' })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().context.filters).toEqual({ ...NO_FILTERS, type: 'LB' });
    expect(sim.perform({ type: 'tb.search', filters: NO_FILTERS })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().matches('capacity')).toBe(true);
    expect(sim.perform({ type: 'tb.chooseAdd', kind: 'USER' })).toBe(true);
    expect(sim.perform({ type: 'tb.cancel' })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().matches('capacity')).toBe(true);
  });

  it('issue 11 (review): "INSZ:" and "Volgende" at the bottom of "Gebruikers" open the form; a bad INSZ changes nothing', () => {
    const w = annIn();
    const sim = createSimulator(w, () => 'nl');
    expect(sim.perform({ type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' })).toBe(true);
    expect(sim.perform({ type: 'tb.users' })).toBe(true);
    const before = w.get();
    expect(sim.perform({ type: 'tb.addByInsz', insz: '85.07.30-033.29' })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().matches({ users: 'list' })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().context.notice).toEqual({ kind: 'refused', error: 'checksum', at: 'insz' });
    expect(w.get()).toBe(before);
    expect(sim.perform({ type: 'tb.addByInsz', insz: '86.04.12-057.59' })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().matches({ users: 'form' })).toBe(true);
    expect(sim.perform({ type: 'tb.submit', form: form('') })).toBe(true);
    expect(sim.perform({ type: 'tb.confirmAdd' })).toBe(true);
    expect(accountOf(w.get(), 'bram', HERSTAPPE)).toMatchObject({ type: 'USER' });
  });

  it('issue 11.4: only a (co-)Hoofdtoegangsbeheerder opens the enterprise by its name', () => {
    const sim = createSimulator(annIn(), () => 'nl');
    // Ann has only a user account at Antwerpen.
    expect(sim.perform({ type: 'tb.openEnterprise', kbo: '0212235604' })).toBe(false);
    const els = createSimulator(worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId: 'els', kbo: null } }), () => 'nl');
    expect(els.perform({ type: 'tb.openEnterprise', kbo: HERSTAPPE })).toBe(false);
    expect(els.perform({ type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' })).toBe(true);
  });

  it('issue 11.5: a Co-Lokale beheerder adds users but neither removes, blocks, adds a co-TB nor appoints the TB', () => {
    const w = worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId: 'els', kbo: null } });
    const sim = createSimulator(w, () => 'nl');
    expect(sim.perform({ type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' })).toBe(true);
    expect(sim.perform({ type: 'tb.users' })).toBe(true);
    expect(sim.perform({ type: 'tb.chooseAdd', kind: 'CoLB' })).toBe(false);
    expect(sim.perform({ type: 'tb.chooseAdd', kind: 'LB' })).toBe(false);
    expect(sim.perform({ type: 'tb.toggle', insz: PIETER })).toBe(true);
    expect(sim.perform({ type: 'tb.run', action: 'block' })).toBe(true);
    expect(sim.toegangsbeheer.getSnapshot().context.notice).toEqual({ kind: 'refused', error: 'notAllowed' });
    expect(tbUser(w.get(), HERSTAPPE, PIETER)?.status).toBe('actief');
    expect(sim.perform({ type: 'tb.chooseAdd', kind: 'USER' })).toBe(true);
  });

  it('refuses the links and additions the person does not have, and everything outside Toegangsbeheer', () => {
    const lotte = worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId: 'lotte', kbo: null } });
    const sim = createSimulator(lotte, () => 'nl');
    expect(sim.perform({ type: 'tb.openRole', kbo: HERSTAPPE, as: 'lb' })).toBe(false);
    const outside = createSimulator(worldHolder(initialWorld()), () => 'nl');
    expect(outside.perform({ type: 'tb.home' })).toBe(false);
  });
});
