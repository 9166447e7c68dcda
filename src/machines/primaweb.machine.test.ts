/**
 * Model-based tests of PrimaWeb's access-management screens: xstate/graph walks the machine, and
 * every edge is replayed through the intent hub on a world where Lotte is logged in as "PrimaWeb
 * beheer". Before each event the world (and, for the editor, the draft) is arranged so that the
 * controller produces exactly the model's verdict. The draft and the ticked selection are the
 * controller's own making, so they are left out of the comparison; everything else must match.
 */
import { describe, expect, it } from 'vitest';
import { SEARCH_FILE } from '../domain/functions';
import { deactivateUser, reactivateUser } from '../world/access';
import { openPrimawebSession } from '../world/primaweb';
import { HERSTAPPE, initialWorld } from '../world/seed';
import type { World } from '../world/types';
import { walk } from './model-coverage.test-helper';
import { primawebMachine, type PrimawebContext, type PrimawebEvent } from './primaweb.machine';
import { createSimulator, type Intent, type Simulator } from './simulator';
import { worldHolder, type WorldAccess } from './world-access';

const PROFILE = 'alle-functies';
const saved = { kind: 'saved' } as const;

function sampleEvents(snapshot: { value: unknown }): PrimawebEvent[] {
  const events: PrimawebEvent[] = [
    { type: 'pw.home' },
    { type: 'pw.openMyAccess' },
    { type: 'pw.openManagement' },
    { type: 'pw.openFiles' },
    { type: 'pw.showFunctions', profileId: PROFILE },
    { type: 'pw.hideFunctions' },
    { type: 'pw.createProfile' },
    { type: 'pw.manageProfile', profileId: PROFILE, draft: { description: { nl: '', fr: '' }, functions: [] } },
    { type: 'pw.setDescription', locale: 'nl', text: 'Onthaal' },
    { type: 'pw.toggleFunction', functionId: SEARCH_FILE },
    { type: 'pw.selectAll' },
    { type: 'pw.clearFunctions' },
    { type: 'pw.applyPredefined', profile: 'maatschappelijkWerker' },
    { type: 'pw.saveProfile', verdict: saved },
    { type: 'pw.saveProfile', verdict: { kind: 'missing', missing: [] } },
    { type: 'pw.saveProfile', verdict: { kind: 'refused', error: 'descriptionEmpty' } },
    { type: 'pw.deleteProfile', profileId: PROFILE },
    { type: 'pw.confirmDelete', verdict: { kind: 'done' } },
    { type: 'pw.confirmDelete', verdict: { kind: 'refused', error: 'profileAssigned' } },
    { type: 'pw.assignProfiles', personId: 'lotte', selection: [] },
    { type: 'pw.toggleAssignment', profileId: PROFILE },
    { type: 'pw.saveAssignment', verdict: { kind: 'done' } },
    { type: 'pw.saveAssignment', verdict: { kind: 'refused', error: 'userInactive' } },
    { type: 'pw.deactivateUser', personId: 'lotte' },
    { type: 'pw.confirmDeactivate', verdict: { kind: 'done' } },
    { type: 'pw.confirmDeactivate', verdict: { kind: 'refused', error: 'userInactive' } },
    { type: 'pw.showInactive' },
    { type: 'pw.reactivateUser', personId: 'lotte', verdict: { kind: 'done' } },
    { type: 'pw.reactivateUser', personId: 'lotte', verdict: { kind: 'refused', error: 'userActive' } },
    { type: 'pw.printProfile', profileId: PROFILE },
    { type: 'pw.printUser', personId: 'lotte' },
    { type: 'pw.print' },
    { type: 'pw.cancel' },
    { type: 'pw.back' },
  ];
  // In the save warning the draft was valid; it is refused only if, meanwhile, another tab saved a
  // profile with the same description.
  if (JSON.stringify(snapshot.value).includes('dependencyWarning')) {
    const duplicate = { kind: 'refused', error: 'descriptionDuplicate' } as const;
    events.push(
      { type: 'pw.saveAnyway', verdict: saved },
      { type: 'pw.saveAnyway', verdict: duplicate },
      { type: 'pw.completeAndSave', functions: [], verdict: saved },
      { type: 'pw.completeAndSave', functions: [], verdict: duplicate },
    );
  }
  return events;
}

let names = 0;
const set = (w: WorldAccess, change: (world: World) => World) => w.update(change);
const activeLotte = (w: WorldAccess, active: boolean) =>
  set(w, (world) => {
    const user = world.primawebUsers.find((u) => u.personId === 'lotte' && u.kbo === HERSTAPPE)!;
    if (user.active === active) return world;
    const outcome = active ? reactivateUser(world, 'lotte', HERSTAPPE) : deactivateUser(world, 'lotte', HERSTAPPE);
    return outcome.ok ? outcome.world : world;
  });

/**
 * Arranges world and draft so that the controller adds the model's facts, then returns the event
 * as the intent: its fact fields are overwritten by the controller's.
 */
function arrange(event: PrimawebEvent, w: WorldAccess, sim: Simulator): Intent {
  const ctx = sim.primaweb.getSnapshot().context;
  const draft = (nl: string, functions: string[]) => {
    sim.perform({ type: 'pw.setDescription', locale: 'nl', text: nl });
    sim.perform({ type: 'pw.setDescription', locale: 'fr', text: nl === '' ? '' : `${nl} FR` });
    sim.perform({ type: 'pw.clearFunctions' });
    for (const f of functions) sim.perform({ type: 'pw.toggleFunction', functionId: f });
  };
  switch (event.type) {
    case 'pw.manageProfile':
      if (!w.get().profiles.some((p) => p.id === event.profileId)) set(w, (world) => ({ ...world, profiles: initialWorld().profiles }));
      return event;
    case 'pw.saveProfile': {
      const v = event.verdict;
      names++;
      if (v.kind === 'saved') draft(`Profiel ${names}`, [SEARCH_FILE]);
      else if (v.kind === 'missing') draft(`Profiel ${names}`, ['hulpaanvragen.lijst']);
      else draft('', [SEARCH_FILE]);
      return event;
    }
    case 'pw.saveAnyway':
    case 'pw.completeAndSave':
      if (event.verdict.kind === 'refused') {
        // Another tab saves a profile with the same description first.
        const description = { ...ctx.draft.description };
        set(w, (world) => ({ ...world, profiles: [...world.profiles, { id: `ander-tabblad-${names++}`, kbo: HERSTAPPE, description, functions: [SEARCH_FILE] }] }));
      }
      return event;
    case 'pw.deleteProfile':
      if (!w.get().profiles.some((p) => p.id === event.profileId)) set(w, (world) => ({ ...world, profiles: [...world.profiles, ...initialWorld().profiles] }));
      return event;
    case 'pw.confirmDelete': {
      const id = ctx.profileId!;
      if (event.verdict.kind === 'done') set(w, (world) => ({ ...world, assignments: world.assignments.filter((a) => a.profileId !== id) }));
      else {
        activeLotte(w, true);
        set(w, (world) => ({ ...world, assignments: [...world.assignments, { personId: 'lotte', kbo: HERSTAPPE, profileId: id }] }));
      }
      return event;
    }
    case 'pw.saveAssignment':
      activeLotte(w, event.verdict.kind === 'done');
      // Only profiles that exist can be saved; the selection may hold one deleted meanwhile.
      if (ctx.selection.some((id) => !w.get().profiles.some((p) => p.id === id))) set(w, (world) => ({ ...world, profiles: [...world.profiles, ...initialWorld().profiles] }));
      return event;
    case 'pw.confirmDeactivate':
      activeLotte(w, event.verdict.kind === 'done');
      return event;
    case 'pw.reactivateUser':
      activeLotte(w, event.verdict.kind !== 'done');
      return event;
    default:
      return event;
  }
}

const compared = ({ draft: _d, selection: _s, missing: _m, printCount: _p, ...rest }: PrimawebContext) => rest;

function loggedInAsManager(): WorldAccess {
  const opened = openPrimawebSession(initialWorld(), 'lotte', HERSTAPPE, 'primawebBeheer', 'nl');
  if (!opened.ok) throw new Error(opened.errors.form);
  return worldHolder(opened.world);
}

describe('PrimaWeb access management, model-based', () => {
  const graph = walk(primawebMachine, sampleEvents, { role: 'primawebBeheer' }, ['printCount']);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const w = loggedInAsManager();
    const sim = createSimulator(w, () => 'nl');
    expect(sim.login.getSnapshot().value).toEqual({ session: 'primaweb' });
    for (const { event, state } of graph.eventsTo(edge)!) {
      const intent = arrange(event, w, sim);
      expect(sim.perform(intent), `${intent.type} accepted`).toBe(true);
      expect(sim.primaweb.getSnapshot().value, `after ${event.type}`).toEqual(state.value);
      expect(compared(sim.primaweb.getSnapshot().context)).toEqual(compared(state.context as PrimawebContext));
    }
  });
});

describe('PrimaWeb access management, rules on screen', () => {
  it('a Sociale Agent does not get "Beheer van de toegangen"', () => {
    const opened = openPrimawebSession(initialWorld(), 'lotte', HERSTAPPE, 'socialeAgent', 'nl');
    if (!opened.ok) throw new Error();
    const sim = createSimulator(worldHolder(opened.world), () => 'nl');
    expect(sim.perform({ type: 'pw.openManagement' })).toBe(false);
    expect(sim.perform({ type: 'pw.openMyAccess' })).toBe(true);
  });

  it('Hulpaanvragen without "Opzoeken van een dossier": a warning, then complete-and-save adds it', () => {
    const w = loggedInAsManager();
    const sim = createSimulator(w, () => 'nl');
    for (const intent of [
      { type: 'pw.openManagement' },
      { type: 'pw.createProfile' },
      { type: 'pw.setDescription', locale: 'nl', text: 'Onthaal' },
      { type: 'pw.setDescription', locale: 'fr', text: 'Accueil' },
      { type: 'pw.toggleFunction', functionId: 'hulpaanvragen.lijst' },
      { type: 'pw.saveProfile' },
    ] as Intent[]) {
      expect(sim.perform(intent), intent.type).toBe(true);
    }
    expect(sim.primaweb.getSnapshot().value).toEqual({ editor: 'dependencyWarning' });
    expect(w.get().profiles.some((p) => p.description.nl === 'Onthaal')).toBe(false);
    sim.perform({ type: 'pw.completeAndSave' });
    const created = w.get().profiles.find((p) => p.description.nl === 'Onthaal')!;
    expect(created.functions).toEqual([SEARCH_FILE, 'hulpaanvragen.lijst']);
    expect(sim.primaweb.getSnapshot().context.status).toBe('profileSaved');
  });

  it('a new login opens PrimaWeb on its home page again', () => {
    const w = loggedInAsManager();
    const sim = createSimulator(w, () => 'nl');
    sim.perform({ type: 'pw.openManagement' });
    sim.perform({ type: 'logout' });
    expect(w.get().session).toBeNull();
    const again = openPrimawebSession(w.get(), 'lotte', HERSTAPPE, 'socialeAgent', 'nl');
    if (!again.ok) throw new Error();
    w.update(() => again.world);
    sim.restart(null);
    expect(sim.primaweb.getSnapshot().value).toBe('home');
    expect(sim.primaweb.getSnapshot().context.role).toBe('socialeAgent');
  });
});
