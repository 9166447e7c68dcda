/**
 * Model-based tests of the files' screens: xstate/graph walks the dossier machine; every edge is
 * replayed through the intent hub, logged in as Lotte (Sociale Agent, all functions), with the
 * typed fields arranged so the controller produces the model's verdict. Outcomes and form fields
 * are the controller's own making and are compared by their kind only.
 */
import { describe, expect, it } from 'vitest';
import { openPrimawebSession } from '../world/primaweb';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { dossierMachine, integrationRefused, type DossierContext, type DossierEvent } from './dossier.machine';
import { walk } from './model-coverage.test-helper';
import { createSimulator, type Intent, type Simulator } from './simulator';
import { worldHolder } from './world-access';

const ok = { clientId: 'sara', ok: true as const, period: { start: '2025-02-01', end: '2026-01-31' } };
const EVENTS: DossierEvent[] = [
  { type: 'dossier.setQuery', query: 'Janssens' },
  { type: 'dossier.search' },
  { type: 'dossier.open', requestId: 'aanvraag-1' },
  // Jeanne's new request: the seed holds 6 requests, so the world makes it aanvraag-7.
  { type: 'dossier.newRequest', clientId: 'jeanne', requestId: 'aanvraag-7' },
  { type: 'dossier.back' },
  { type: 'dossier.showRequest' },
  { type: 'dossier.showHousehold' },
  { type: 'dossier.showIntegrations' },
  // Jeanne can join (once: after that the add is refused like Tom's, who is a member already).
  { type: 'dossier.addMember', clientId: 'jeanne', role: 'inwonende', error: null },
  { type: 'dossier.addMember', clientId: 'tom', role: 'inwonende', error: 'alreadyMember' },
  { type: 'dossier.removeMember', clientId: 'noah', error: null },
  { type: 'dossier.removeMember', clientId: 'sara', error: 'mainBeneficiary' },
  { type: 'dossier.setField', field: 'code', value: '02' },
  { type: 'dossier.togglePerson', clientId: 'sara' },
  { type: 'dossier.integrate', errors: {}, outcomes: [ok] },
  { type: 'dossier.integrate', errors: { start: 'impossible' }, outcomes: [] },
  { type: 'dossier.disintegrate', errors: {}, outcomes: [ok] },
  { type: 'dossier.disintegrate', errors: { start: 'empty' }, outcomes: [] },
  { type: 'dossier.showDetails', clientId: 'sara' },
  { type: 'dossier.consult', errors: {}, consulted: { clientId: 'sara', period: { start: '2025-01-01', end: '2025-12-31' } } },
  { type: 'dossier.consult', errors: { consultPerson: 'missing' }, consulted: null },
  { type: 'dossier.showForms' },
  { type: 'dossier.showTimeline' },
  { type: 'dossier.showRules' },
  { type: 'dossier.checkRules', question: { clientId: 'sara', kind: 'ksz', from: '01/03/2025', to: '' }, answer: { ok: true, allowed: true, failures: [], rule: 'ksz' } },
  { type: 'dossier.setForm', field: 'aid', value: 'leefloon' },
  { type: 'dossier.toggleOther', clientId: 'lien' },
  { type: 'dossier.preview', errors: {} },
  { type: 'dossier.preview', errors: { effective: 'empty' } },
  { type: 'dossier.editForm' },
  { type: 'dossier.send', sent: { type: 'C', integrated: [] }, error: null },
  { type: 'dossier.send', sent: null, error: { rules: [] } },
];

/**
 * Arranges the typed fields, then returns the event as the learner's intent: its facts are the
 * model's, and the controller overwrites them with its own.
 */
function arrange(event: DossierEvent, sim: Simulator): Intent {
  const set = (field: 'start' | 'end' | 'code' | 'consultClientId' | 'consultStart' | 'consultEnd', value: string) =>
    sim.perform({ type: 'dossier.setField', field, value });
  const ctx = sim.dossier.getSnapshot().context;
  switch (event.type) {
    case 'dossier.integrate':
    case 'dossier.disintegrate':
      if (Object.keys(event.errors).length === 0) {
        set('start', '01/02/2025');
        set('end', '');
        set('code', '02');
        if (!ctx.persons.includes('sara')) sim.perform({ type: 'dossier.togglePerson', clientId: 'sara' });
      } else {
        set('start', '31/02/2025');
      }
      return event;
    case 'dossier.preview':
      // A valid form: form C needs only its date; an empty date is refused.
      sim.perform({ type: 'dossier.setForm', field: 'formType', value: 'C' });
      sim.perform({ type: 'dossier.setForm', field: 'effective', value: Object.keys(event.errors).length ? '' : '01/03/2025' });
      return event;
    case 'dossier.send':
      // Form C is always sent; a leefloon form B is refused while Tom (partner) is not in code 01
      // (in Jeanne's new request: while she is not, on the effective date).
      if (event.error) {
        sim.perform({ type: 'dossier.editForm' });
        sim.perform({ type: 'dossier.setForm', field: 'formType', value: 'B' });
        sim.perform({ type: 'dossier.setForm', field: 'aid', value: 'leefloon' });
        sim.perform({ type: 'dossier.setForm', field: 'effective', value: '01/02/2025' });
        sim.perform({ type: 'dossier.preview' });
      }
      return event;
    case 'dossier.consult':
      if (event.consulted) {
        set('consultClientId', 'sara');
        set('consultStart', '01/01/2025');
        set('consultEnd', '31/12/2025');
      } else set('consultClientId', '');
      return event;
    default:
      return event;
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
    'householdError', 'formType', 'aid', 'effective', 'others', 'sent', 'formError', 'rulesAnswer',
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
      if (event.type === 'dossier.integrate' || event.type === 'dossier.disintegrate' || event.type === 'dossier.consult') {
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
    expect(integrationRefused(sim.dossier.getSnapshot().context.errors)).toBe(true);
    // A refused consultation is the form below's: no "Er werd niets uitgevoerd" for the integration.
    sim.perform({ type: 'dossier.consult' });
    expect(sim.dossier.getSnapshot().context.errors.consultPerson).toBe('missing');
    expect(integrationRefused(sim.dossier.getSnapshot().context.errors)).toBe(false);
    expect(integrationRefused({})).toBe(false);
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
