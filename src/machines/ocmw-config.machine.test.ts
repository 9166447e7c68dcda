/**
 * Model-based tests of OCMW-configuratie's screens: xstate/graph walks the machine; every edge is
 * replayed through the intent hub, logged in as Lotte with role "OCMW-configuratie". Each save is
 * sampled with a valid payload (`ok`) and with a broken rule, so the world decides as the model
 * says, a refusal with the errors the world gives for it; then the world must hold exactly what was
 * saved.
 */
import { describe, expect, it } from 'vitest';
import { MUTATION_CODES } from '../domain/ocmw-config';
import { ocmwConfigOf, saveContact, saveMutations, saveNotifications, saveProviders, saveReminders } from '../world/ocmw-config';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { walk } from './model-coverage.test-helper';
import { ocmwConfigMachine, type OcEvent } from './ocmw-config.machine';
import { createSimulator, type Intent } from './simulator';
import { worldHolder } from './world-access';
import { EXAMPLE_ADDRESS } from '../world/examples';

const contact = EXAMPLE_ADDRESS;
const providers = ocmwConfigOf(initialWorld(), HERSTAPPE).providers;
const reminders = (delay: string) => ({ enabled: true, email: 'ocmw@herstappe.be', delay, frequency: '1' });

/** The errors the world refuses a save with (the set-up is wrong if it accepts it). */
function refusal<E>(result: { readonly ok: true } | { readonly ok: false; readonly errors: E }): E {
  if (result.ok) throw new Error('set-up: the world was to refuse this');
  return result.errors;
}
const world = initialWorld();
const bad = {
  codes: ['MUXX'],
  providers: { ...providers, network: 'Andere' },
  contact: { ...contact, phone: '' },
  notifications: { enabled: true, email: 'ocmw' },
  reminders: reminders('0'),
};

const EVENTS: OcEvent[] = [
  { type: 'oc.open', to: 'mutaties' },
  { type: 'oc.open', to: 'providers' },
  { type: 'oc.open', to: 'contact' },
  { type: 'oc.open', to: 'online' },
  { type: 'oc.open', to: 'logout' },
  { type: 'oc.edit' },
  // Each page's "Bewaren": valid (the world accepts it), and with a broken rule (refused).
  { type: 'oc.saveMutations', codes: ['MURG', 'MUFC'], ok: true },
  { type: 'oc.saveMutations', codes: bad.codes, ok: false, errors: refusal(saveMutations(world, HERSTAPPE, bad.codes)) },
  { type: 'oc.saveProviders', providers: { ...providers, network: 'Telenet' }, ok: true },
  { type: 'oc.saveProviders', providers: bad.providers, ok: false, errors: refusal(saveProviders(world, HERSTAPPE, bad.providers)) },
  { type: 'oc.saveContact', contact, ok: true },
  { type: 'oc.saveContact', contact: bad.contact, ok: false, errors: refusal(saveContact(world, HERSTAPPE, bad.contact)) },
  { type: 'oc.saveNotifications', settings: { enabled: true, email: 'ocmw@herstappe.be' }, ok: true },
  { type: 'oc.saveNotifications', settings: bad.notifications, ok: false, errors: refusal(saveNotifications(world, HERSTAPPE, bad.notifications)) },
  { type: 'oc.saveReminders', settings: reminders('2'), ok: true },
  { type: 'oc.saveReminders', settings: bad.reminders, ok: false, errors: refusal(saveReminders(world, HERSTAPPE, bad.reminders)) },
  { type: 'oc.discard' },
  { type: 'oc.stay' },
];

/** An event is a valid intent (the controller overwrites its facts with the world's verdict): no save needs the world arranged. */
const arrange = (event: OcEvent): Intent => event;

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
      expect(sim.perform(arrange(step.event)), `${step.event.type} accepted`).toBe(offered);
      expect(sim.ocmwConfig.getSnapshot().value).toEqual(step.state.value);
      expect(sim.ocmwConfig.getSnapshot().context).toEqual(step.state.context);
      // Only an accepted save changes the world.
      if (!('ok' in step.event && step.event.ok)) expect(w.get()).toBe(before);
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
