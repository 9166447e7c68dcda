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
    { type: 'GO_HOME' },
    { type: 'OPEN_MY_ACCESS' },
    { type: 'OPEN_MANAGEMENT' },
    { type: 'OPEN_FILES' },
    { type: 'SHOW_FUNCTIONS', profileId: PROFILE },
    { type: 'HIDE_FUNCTIONS' },
    { type: 'CREATE_PROFILE' },
    { type: 'MANAGE_PROFILE', profileId: PROFILE, draft: { description: { nl: '', fr: '' }, functions: [] } },
    { type: 'SET_DESCRIPTION', locale: 'nl', text: 'Onthaal' },
    { type: 'TOGGLE_FUNCTION', functionId: SEARCH_FILE },
    { type: 'SET_FUNCTIONS', functions: [] },
    { type: 'SAVE_PROFILE', verdict: saved },
    { type: 'SAVE_PROFILE', verdict: { kind: 'missing', missing: [] } },
    { type: 'SAVE_PROFILE', verdict: { kind: 'refused', error: 'descriptionEmpty' } },
    { type: 'DELETE_PROFILE', profileId: PROFILE },
    { type: 'CONFIRM_DELETE', verdict: { kind: 'done' } },
    { type: 'CONFIRM_DELETE', verdict: { kind: 'refused', error: 'profileAssigned' } },
    { type: 'ASSIGN_PROFILES', personId: 'lotte', selection: [] },
    { type: 'TOGGLE_ASSIGNMENT', profileId: PROFILE },
    { type: 'SAVE_ASSIGNMENT', verdict: { kind: 'done' } },
    { type: 'SAVE_ASSIGNMENT', verdict: { kind: 'refused', error: 'userInactive' } },
    { type: 'DEACTIVATE_USER', personId: 'lotte' },
    { type: 'CONFIRM_DEACTIVATE', verdict: { kind: 'done' } },
    { type: 'CONFIRM_DEACTIVATE', verdict: { kind: 'refused', error: 'userInactive' } },
    { type: 'SHOW_INACTIVE' },
    { type: 'REACTIVATE_USER', personId: 'lotte', verdict: { kind: 'done' } },
    { type: 'REACTIVATE_USER', personId: 'lotte', verdict: { kind: 'refused', error: 'userActive' } },
    { type: 'PRINT_PROFILE', profileId: PROFILE },
    { type: 'PRINT_USER', personId: 'lotte' },
    { type: 'PRINT' },
    { type: 'CANCEL' },
    { type: 'BACK' },
  ];
  // In the save warning the draft was valid; it is refused only if, meanwhile, another tab saved a
  // profile with the same description.
  if (JSON.stringify(snapshot.value).includes('dependencyWarning')) {
    const duplicate = { kind: 'refused', error: 'descriptionDuplicate' } as const;
    events.push(
      { type: 'SAVE_ANYWAY', verdict: saved },
      { type: 'SAVE_ANYWAY', verdict: duplicate },
      { type: 'COMPLETE_AND_SAVE', functions: [], verdict: saved },
      { type: 'COMPLETE_AND_SAVE', functions: [], verdict: duplicate },
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

/** Arranges world and draft, then returns the intent that makes the controller send `event`. */
function arrange(event: PrimawebEvent, w: WorldAccess, sim: Simulator): Intent {
  const ctx = sim.primaweb.getSnapshot().context;
  const draft = (nl: string, functions: string[]) => {
    sim.perform({ type: 'pw.setDescription', locale: 'nl', text: nl });
    sim.perform({ type: 'pw.setDescription', locale: 'fr', text: nl === '' ? '' : `${nl} FR` });
    sim.perform({ type: 'pw.clearFunctions' });
    for (const f of functions) sim.perform({ type: 'pw.toggleFunction', functionId: f });
  };
  switch (event.type) {
    case 'GO_HOME':
      return { type: 'pw.home' };
    case 'OPEN_MY_ACCESS':
      return { type: 'pw.openMyAccess' };
    case 'OPEN_MANAGEMENT':
      return { type: 'pw.openManagement' };
    case 'OPEN_FILES':
      return { type: 'pw.openFiles' };
    case 'SHOW_FUNCTIONS':
      return { type: 'pw.showFunctions', profileId: event.profileId };
    case 'HIDE_FUNCTIONS':
      return { type: 'pw.hideFunctions' };
    case 'CREATE_PROFILE':
      return { type: 'pw.createProfile' };
    case 'MANAGE_PROFILE':
      if (!w.get().profiles.some((p) => p.id === event.profileId)) set(w, (world) => ({ ...world, profiles: initialWorld().profiles }));
      return { type: 'pw.manageProfile', profileId: event.profileId };
    case 'SET_DESCRIPTION':
      return { type: 'pw.setDescription', locale: event.locale, text: event.text };
    case 'TOGGLE_FUNCTION':
      return { type: 'pw.toggleFunction', functionId: event.functionId };
    case 'SET_FUNCTIONS':
      return { type: 'pw.clearFunctions' };
    case 'SAVE_PROFILE': {
      const v = event.verdict;
      names++;
      if (v.kind === 'saved') draft(`Profiel ${names}`, [SEARCH_FILE]);
      else if (v.kind === 'missing') draft(`Profiel ${names}`, ['hulpaanvragen.lijst']);
      else draft('', [SEARCH_FILE]);
      return { type: 'pw.saveProfile' };
    }
    case 'SAVE_ANYWAY':
    case 'COMPLETE_AND_SAVE':
      if (event.verdict.kind === 'refused') {
        // Another tab saves a profile with the same description first.
        const description = { ...ctx.draft.description };
        set(w, (world) => ({ ...world, profiles: [...world.profiles, { id: `ander-tabblad-${names++}`, kbo: HERSTAPPE, description, functions: [SEARCH_FILE] }] }));
      }
      return { type: event.type === 'SAVE_ANYWAY' ? 'pw.saveAnyway' : 'pw.completeAndSave' };
    case 'DELETE_PROFILE':
      if (!w.get().profiles.some((p) => p.id === event.profileId)) set(w, (world) => ({ ...world, profiles: [...world.profiles, ...initialWorld().profiles] }));
      return { type: 'pw.deleteProfile', profileId: event.profileId };
    case 'CONFIRM_DELETE': {
      const id = ctx.profileId!;
      if (event.verdict.kind === 'done') set(w, (world) => ({ ...world, assignments: world.assignments.filter((a) => a.profileId !== id) }));
      else {
        activeLotte(w, true);
        set(w, (world) => ({ ...world, assignments: [...world.assignments, { personId: 'lotte', kbo: HERSTAPPE, profileId: id }] }));
      }
      return { type: 'pw.confirmDelete' };
    }
    case 'ASSIGN_PROFILES':
      return { type: 'pw.assignProfiles', personId: event.personId };
    case 'TOGGLE_ASSIGNMENT':
      return { type: 'pw.toggleAssignment', profileId: event.profileId };
    case 'SAVE_ASSIGNMENT':
      activeLotte(w, event.verdict.kind === 'done');
      // Only profiles that exist can be saved; the selection may hold one deleted meanwhile.
      if (ctx.selection.some((id) => !w.get().profiles.some((p) => p.id === id))) set(w, (world) => ({ ...world, profiles: [...world.profiles, ...initialWorld().profiles] }));
      return { type: 'pw.saveAssignment' };
    case 'DEACTIVATE_USER':
      return { type: 'pw.deactivateUser', personId: event.personId };
    case 'CONFIRM_DEACTIVATE':
      activeLotte(w, event.verdict.kind === 'done');
      return { type: 'pw.confirmDeactivate' };
    case 'SHOW_INACTIVE':
      return { type: 'pw.showInactive' };
    case 'REACTIVATE_USER':
      activeLotte(w, event.verdict.kind !== 'done');
      return { type: 'pw.reactivateUser', personId: event.personId };
    case 'PRINT_PROFILE':
      return { type: 'pw.printProfile', profileId: event.profileId };
    case 'PRINT_USER':
      return { type: 'pw.printUser', personId: event.personId };
    case 'PRINT':
      return { type: 'pw.print' };
    case 'CANCEL':
      return { type: 'pw.cancel' };
    case 'BACK':
      return { type: 'pw.back' };
  }
}

const compared = ({ draft: _d, selection: _s, missing: _m, printCount: _p, ...rest }: PrimawebContext) => rest;

function loggedInAsManager(): WorldAccess {
  const opened = openPrimawebSession(initialWorld(), 'lotte', HERSTAPPE, 'primawebBeheer', 'nl');
  if (!opened.ok) throw new Error(opened.error);
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
    expect(sim.login.getSnapshot().value).toBe('primaweb');
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
