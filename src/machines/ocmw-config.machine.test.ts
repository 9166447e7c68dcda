/**
 * Model-based tests of OCMW-configuratie's screens: xstate/graph walks the machine; every edge is
 * replayed through the intent hub, logged in as Lotte with role "OCMW-configuratie". A save the
 * model accepts is sent valid, one it refuses is sent with an error, so the world decides as the
 * model says; then the world must hold exactly what was saved.
 */
import { describe, expect, it } from 'vitest';
import { MUTATION_CODES } from '../domain/ocmw-config';
import { ocmwConfigOf } from '../world/ocmw-config';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { walk } from './model-coverage.test-helper';
import { ocmwConfigMachine, type OcEvent } from './ocmw-config.machine';
import { createSimulator, type Intent, type Simulator } from './simulator';
import { worldHolder } from './world-access';
import { EXAMPLE_ADDRESS } from '../world/examples';

const EVENTS: OcEvent[] = [
  { type: 'OPEN', to: 'mutaties' },
  { type: 'OPEN', to: 'providers' },
  { type: 'OPEN', to: 'contact' },
  { type: 'OPEN', to: 'online' },
  { type: 'OPEN', to: 'logout' },
  { type: 'EDIT' },
  { type: 'SAVED' },
  { type: 'SAVE_REFUSED' },
  { type: 'DISCARD' },
  { type: 'STAY' },
];

const contact = EXAMPLE_ADDRESS;

/** The learner's save on the current page: valid when `valid`, with a broken rule otherwise. */
function save(sim: Simulator, valid: boolean): Intent {
  const snap = sim.ocmwConfig.getSnapshot();
  const providers = ocmwConfigOf(initialWorld(), HERSTAPPE).providers;
  if (snap.matches('mutaties')) return { type: 'oc.saveMutations', codes: valid ? ['MURG', 'MUFC'] : ['MUXX'] };
  if (snap.matches('providers')) return { type: 'oc.saveProviders', providers: { ...providers, network: valid ? 'Telenet' : 'Andere' } };
  if (snap.matches('contact')) return { type: 'oc.saveContact', contact: { ...contact, phone: valid ? contact.phone : '' } };
  return { type: 'oc.saveReminders', settings: { enabled: true, email: 'ocmw@herstappe.be', delay: valid ? '2' : '0', frequency: '1' } };
}

function arrange(event: OcEvent, sim: Simulator): Intent {
  switch (event.type) {
    case 'OPEN':
      return { type: 'oc.open', to: event.to };
    case 'EDIT':
      return { type: 'oc.edit' };
    case 'SAVED':
      return save(sim, true);
    case 'SAVE_REFUSED':
      return save(sim, false);
    case 'DISCARD':
      return { type: 'oc.discard' };
    case 'STAY':
      return { type: 'oc.stay' };
  }
}

const loggedIn = () => worldHolder({ ...initialWorld(), appSession: { service: 'ocmwConfiguratie', personId: 'lotte', kbo: HERSTAPPE } });

describe('OCMW-configuratie machine, model-based', () => {
  const graph = walk(ocmwConfigMachine, EVENTS);

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes()).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const w = loggedIn();
    const sim = createSimulator(w, () => 'nl');
    for (const step of graph.eventsTo(edge)!) {
      const before = w.get();
      // A clean page has nothing to warn about when leaving the application: no transition, refused.
      const offered = sim.ocmwConfig.getSnapshot().can(step.event);
      expect(sim.perform(arrange(step.event, sim)), `${step.event.type} accepted`).toBe(offered);
      expect(sim.ocmwConfig.getSnapshot().value).toEqual(step.state.value);
      expect(sim.ocmwConfig.getSnapshot().context).toEqual(step.state.context);
      // Only an accepted save changes the world.
      if (step.event.type !== 'SAVED') expect(w.get()).toBe(before);
      else expect(w.get().ocmwConfigs.length).toBe(1);
    }
  });
});

describe('OCMW-configuratie intents', () => {
  it('are refused outside OCMW-configuratie and for another page than the one shown', () => {
    const outside = createSimulator(worldHolder(initialWorld()), () => 'nl');
    expect(outside.perform({ type: 'oc.open', to: 'contact' })).toBe(false);
    const w = loggedIn();
    const sim = createSimulator(w, () => 'nl');
    expect(sim.perform({ type: 'oc.saveContact', contact })).toBe(false);
    expect(w.get().ocmwConfigs).toEqual([]);
  });

  it('saves the mutation selection of the OCMW', () => {
    const w = loggedIn();
    const sim = createSimulator(w, () => 'nl');
    expect(sim.perform({ type: 'oc.edit' })).toBe(true);
    expect(sim.perform({ type: 'oc.saveMutations', codes: MUTATION_CODES.filter((c) => c !== 'MUPF') })).toBe(true);
    expect(ocmwConfigOf(w.get(), HERSTAPPE).mutations).not.toContain('MUPF');
    expect(sim.ocmwConfig.getSnapshot().matches({ mutaties: 'clean' })).toBe(true);
  });
});
