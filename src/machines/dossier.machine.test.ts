/**
 * Model-based tests of the files' screens: xstate/graph walks the dossier machine; every edge is
 * replayed through the intent hub, logged in as Lotte (Sociale Agent, all functions), with the
 * typed fields arranged so the controller produces the model's verdict. Outcomes and form fields
 * are the controller's own making and are compared by their kind only.
 */
import { describe, expect, it } from 'vitest';
import { openPrimawebSession } from '../world/primaweb';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { dossierMachine, type DossierContext, type DossierEvent } from './dossier.machine';
import { walk } from './model-coverage.test-helper';
import { createSimulator, type Intent, type Simulator } from './simulator';
import { worldHolder } from './world-access';

const ok = { clientId: 'sara', ok: true as const, period: { start: '2025-02-01', end: '2026-01-31' } };
const EVENTS: DossierEvent[] = [
  { type: 'SET_QUERY', query: 'Janssens' },
  { type: 'SEARCH' },
  { type: 'OPEN_FILE', requestId: 'aanvraag-1' },
  { type: 'BACK_TO_SEARCH' },
  { type: 'SHOW_REQUEST' },
  { type: 'SHOW_HOUSEHOLD' },
  { type: 'SHOW_INTEGRATIONS' },
  { type: 'ADD_MEMBER', error: null },
  { type: 'ADD_MEMBER', error: 'alreadyMember' },
  { type: 'REMOVE_MEMBER', error: null },
  { type: 'REMOVE_MEMBER', error: 'mainBeneficiary' },
  { type: 'SET_FIELD', field: 'code', value: '02' },
  { type: 'TOGGLE_PERSON', clientId: 'sara' },
  { type: 'INTEGRATE', errors: {}, outcomes: [ok] },
  { type: 'INTEGRATE', errors: { start: 'impossible' }, outcomes: [] },
  { type: 'DISINTEGRATE', errors: {}, outcomes: [ok] },
  { type: 'DISINTEGRATE', errors: { start: 'empty' }, outcomes: [] },
  { type: 'SHOW_DETAILS', clientId: 'sara' },
  { type: 'CONSULT', errors: {}, consulted: { clientId: 'sara', period: { start: '2025-01-01', end: '2025-12-31' } } },
  { type: 'CONSULT', errors: { consultPerson: 'missing' }, consulted: null },
  { type: 'SHOW_FORMS' },
  { type: 'SHOW_TIMELINE' },
  { type: 'SHOW_RULES' },
  { type: 'SET_FORM', field: 'aid', value: 'leefloon' },
  { type: 'TOGGLE_OTHER', clientId: 'lien' },
  { type: 'PREVIEW', errors: {} },
  { type: 'PREVIEW', errors: { effective: 'empty' } },
  { type: 'EDIT_FORM' },
  { type: 'SEND', sent: { type: 'C', integrated: [] }, error: null },
  { type: 'SEND', sent: null, error: { kind: 'rules', failures: [] } },
];

/** Arranges the typed fields, then returns the learner's intent for the event. */
function arrange(event: DossierEvent, sim: Simulator): Intent {
  const set = (field: 'start' | 'end' | 'code' | 'consultClientId' | 'consultStart' | 'consultEnd', value: string) =>
    sim.perform({ type: 'dossier.setField', field, value });
  const ctx = sim.dossier.getSnapshot().context;
  switch (event.type) {
    case 'SET_QUERY':
      return { type: 'dossier.setQuery', query: event.query };
    case 'SEARCH':
      return { type: 'dossier.search' };
    case 'OPEN_FILE':
      return { type: 'dossier.open', requestId: event.requestId };
    case 'BACK_TO_SEARCH':
      return { type: 'dossier.back' };
    case 'SHOW_REQUEST':
      return { type: 'dossier.showRequest' };
    case 'SHOW_HOUSEHOLD':
      return { type: 'dossier.showHousehold' };
    case 'SHOW_INTEGRATIONS':
      return { type: 'dossier.showIntegrations' };
    case 'ADD_MEMBER':
      // Jeanne can join (once: after that the add is refused like Tom's, who is a member already).
      return { type: 'dossier.addMember', clientId: event.error === null ? 'jeanne' : 'tom', role: 'inwonende' };
    case 'REMOVE_MEMBER':
      return { type: 'dossier.removeMember', clientId: event.error === null ? 'noah' : 'sara' };
    case 'SET_FIELD':
      return { type: 'dossier.setField', field: event.field, value: event.value };
    case 'TOGGLE_PERSON':
      return { type: 'dossier.togglePerson', clientId: event.clientId };
    case 'INTEGRATE':
    case 'DISINTEGRATE':
      if (Object.keys(event.errors).length === 0) {
        set('start', '01/02/2025');
        set('end', '');
        set('code', '02');
        if (!ctx.persons.includes('sara')) sim.perform({ type: 'dossier.togglePerson', clientId: 'sara' });
      } else {
        set('start', '31/02/2025');
      }
      return { type: event.type === 'INTEGRATE' ? 'dossier.integrate' : 'dossier.disintegrate' };
    case 'SHOW_DETAILS':
      return { type: 'dossier.showDetails', clientId: event.clientId };
    case 'SHOW_FORMS':
      return { type: 'dossier.showForms' };
    case 'SHOW_TIMELINE':
      return { type: 'dossier.showTimeline' };
    case 'SHOW_RULES':
      return { type: 'dossier.showRules' };
    case 'SET_FORM':
      return { type: 'dossier.setForm', field: event.field, value: event.value };
    case 'TOGGLE_OTHER':
      return { type: 'dossier.toggleOther', clientId: event.clientId };
    case 'PREVIEW':
      // A valid form: form C needs only its date; an empty date is refused.
      sim.perform({ type: 'dossier.setForm', field: 'formType', value: 'C' });
      sim.perform({ type: 'dossier.setForm', field: 'effective', value: Object.keys(event.errors).length ? '' : '01/03/2025' });
      return { type: 'dossier.preview' };
    case 'EDIT_FORM':
      return { type: 'dossier.editForm' };
    case 'SEND':
      // Form C is always sent; a leefloon form B is refused while Tom (partner) is not in code 01.
      if (event.error) {
        sim.perform({ type: 'dossier.editForm' });
        sim.perform({ type: 'dossier.setForm', field: 'formType', value: 'B' });
        sim.perform({ type: 'dossier.setForm', field: 'aid', value: 'leefloon' });
        sim.perform({ type: 'dossier.setForm', field: 'effective', value: '01/02/2025' });
        sim.perform({ type: 'dossier.preview' });
      }
      return { type: 'dossier.send' };
    case 'CONSULT':
      if (event.consulted) {
        set('consultClientId', 'sara');
        set('consultStart', '01/01/2025');
        set('consultEnd', '31/12/2025');
      } else set('consultClientId', '');
      return { type: 'dossier.consult' };
  }
}

const compared = (c: DossierContext) => ({
  requestId: c.requestId,
  searched: c.searched,
  detailClientId: c.detailClientId,
  errorKinds: Object.keys(c.errors).length > 0,
  outcomes: c.outcomes.length > 0,
  consulted: c.consulted !== null,
  householdError: c.householdError !== null,
});

function inFiles(): Simulator {
  const opened = openPrimawebSession(initialWorld(), 'lotte', HERSTAPPE, 'socialeAgent', 'nl');
  if (!opened.ok) throw new Error();
  const sim = createSimulator(worldHolder(opened.world), () => 'nl');
  expect(sim.perform({ type: 'pw.openFiles' })).toBe(true);
  return sim;
}

describe('files (dossiers), model-based', () => {
  const graph = walk(dossierMachine, EVENTS, undefined, [
    'query', 'start', 'end', 'code', 'persons', 'outcomes', 'lastAction', 'errors', 'consultClientId', 'consultStart', 'consultEnd', 'consulted',
    'householdError', 'formType', 'aid', 'effective', 'others', 'sent', 'formError',
  ]);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const sim = inFiles();
    for (const { event, state } of graph.eventsTo(edge)!) {
      const intent = arrange(event, sim);
      expect(sim.perform(intent), `${intent.type} accepted`).toBe(true);
      expect(sim.dossier.getSnapshot().value, `after ${event.type}`).toEqual(state.value);
      const got = compared(sim.dossier.getSnapshot().context);
      const want = compared(state.context as DossierContext);
      expect(got.requestId).toBe(want.requestId);
      expect(got.detailClientId).toBe(want.detailClientId);
      if (event.type === 'INTEGRATE' || event.type === 'DISINTEGRATE' || event.type === 'CONSULT') {
        expect(got.errorKinds).toBe(Object.keys(event.errors).length > 0);
      }
    }
  });
});

describe('files, on screen', () => {
  it('a profile without "Opzoeken van een dossier" does not open the files', () => {
    const opened = openPrimawebSession(initialWorld(), 'pieter', HERSTAPPE, 'socialeAgent', 'nl');
    if (!opened.ok) throw new Error();
    const sim = createSimulator(worldHolder(opened.world), () => 'nl');
    expect(sim.perform({ type: 'pw.openFiles' })).toBe(false);
  });

  it("reproduces the manual's disintegration example through the screen's fields", () => {
    const sim = inFiles();
    const steps: Intent[] = [
      { type: 'dossier.open', requestId: 'aanvraag-1' },
      { type: 'dossier.showIntegrations' },
      { type: 'dossier.setField', field: 'start', value: '01/12/2014' },
      { type: 'dossier.setField', field: 'end', value: '31/01/2015' },
      { type: 'dossier.setField', field: 'code', value: '01' },
      { type: 'dossier.togglePerson', clientId: 'tom' },
      { type: 'dossier.integrate' },
      { type: 'dossier.setField', field: 'start', value: '01/01/2015' },
      { type: 'dossier.setField', field: 'end', value: '14/01/2015' },
      { type: 'dossier.disintegrate' },
    ];
    for (const s of steps) expect(sim.perform(s), s.type).toBe(true);
    expect(sim.dossier.getSnapshot().context.outcomes).toEqual([{ clientId: 'tom', ok: true, period: { start: '2015-01-01', end: '2015-01-14' } }]);
  });

  it('an impossible date, a missing code and no person are refused at their fields, changing nothing', () => {
    const sim = inFiles();
    sim.perform({ type: 'dossier.open', requestId: 'aanvraag-1' });
    sim.perform({ type: 'dossier.showIntegrations' });
    sim.perform({ type: 'dossier.setField', field: 'start', value: '31/02/2025' });
    sim.perform({ type: 'dossier.setField', field: 'end', value: '2025' });
    sim.perform({ type: 'dossier.integrate' });
    expect(sim.dossier.getSnapshot().context.errors).toEqual({ start: 'impossible', end: 'format', code: 'missing', persons: 'missing' });
  });

  it('a request gone meanwhile (a trainer reset the data) is said as such, not as "no person chosen"', () => {
    const opened = openPrimawebSession(initialWorld(), 'lotte', HERSTAPPE, 'socialeAgent', 'nl');
    if (!opened.ok) throw new Error();
    const world = worldHolder(opened.world);
    const sim = createSimulator(world, () => 'nl');
    for (const intent of [
      { type: 'pw.openFiles' },
      { type: 'dossier.open', requestId: 'aanvraag-1' },
      { type: 'dossier.showIntegrations' },
      { type: 'dossier.setField', field: 'start', value: '01/02/2025' },
      { type: 'dossier.setField', field: 'code', value: '02' },
      { type: 'dossier.togglePerson', clientId: 'sara' },
    ] as Intent[])
      expect(sim.perform(intent), intent.type).toBe(true);
    world.update((w) => ({ ...w, requests: w.requests.filter((r) => r.id !== 'aanvraag-1') }));
    const before = world.get();
    sim.perform({ type: 'dossier.integrate' });
    expect(sim.dossier.getSnapshot().context.errors).toEqual({ persons: 'requestGone' });
    expect(world.get()).toBe(before);
  });
});
