/**
 * Model-based tests of ChaMan's screens: xstate/graph walks the machine; every edge is replayed
 * through the intent hub with Ann (Toegangsbeheerder of Herstappe) in ChaMan. Accepted saves are
 * sent valid and refused ones with a broken rule, so the world decides as the model says; a refused
 * one carries the errors the world gives for it, which the machine keeps for the form's messages.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { addFtpAccount, addRestAccount, ftpEditForm, saveChamanContact, senderOf, updateFtpAccount, updateRestAccount } from '../world/chaman';
import { EXAMPLE_CONTACT, EXAMPLE_FTP, EXAMPLE_REST } from '../world/examples';
import { HERSTAPPE, initialWorld } from '../world/seed';
import type { World } from '../world/types';
import { chamanMachine, type ChContext, type ChEvent } from './chaman.machine';
import { walk } from './model-coverage.test-helper';
import { createSimulator, type Intent } from './simulator';
import { worldHolder } from './world-access';

const contact = EXAMPLE_CONTACT;
const ftp = EXAMPLE_FTP;
const rest = EXAMPLE_REST;

/**
 * Ann in ChaMan, with an FTP account and an internally managed REST account to consult, change and
 * delete, and a delegation request still pending to consult and withdraw.
 */
function start(): World {
  const base: World = { ...initialWorld(), appSession: { service: 'chaman', personId: 'ann', kbo: HERSTAPPE } };
  const withFtp = addFtpAccount(base, HERSTAPPE, ftp);
  if (!withFtp.ok) throw new Error('set-up');
  const withRest = addRestAccount(withFtp.world, HERSTAPPE, { ...rest, name: 'Intern', management: 'intern', certificateFile: 'ocmw-herstappe-ftp.cer', vendor: '' });
  if (!withRest.ok) throw new Error('set-up');
  const withRequest = addRestAccount(withRest.world, HERSTAPPE, { ...rest, name: 'Gevraagd' });
  if (!withRequest.ok) throw new Error('set-up');
  return withRequest.world;
}
const ACCOUNT = senderOf(start(), HERSTAPPE).rest[0]!.id;
const FTP_ACCOUNT = senderOf(start(), HERSTAPPE).ftp[0]!.id;
const REQUEST = senderOf(start(), HERSTAPPE).delegations[0]!.id;

/** The errors the world refuses a command with (the set-up is wrong if it accepts it). */
function refusal<E>(result: { readonly ok: true } | { readonly ok: false; readonly errors: E }): E {
  if (result.ok) throw new Error('set-up: the world was to refuse this');
  return result.errors;
}

// Refused saves whose errors do not depend on what the walk has done to the world before.
const badContact = { ...contact, email: '' };
const badFtp = { ...ftp, type: '' as const, password: 'geheim' };
const badRest = { ...rest, vendor: 'Smals' as const };
const badFtpChange = (form: typeof ftp) => ({ ...form, password: 'geheim' });
const REFUSED = {
  contact: refusal(saveChamanContact(start(), HERSTAPPE, badContact)),
  ftp: refusal(addFtpAccount(start(), HERSTAPPE, badFtp)),
  rest: refusal(addRestAccount(start(), HERSTAPPE, badRest)),
  restChange: refusal(updateRestAccount(start(), HERSTAPPE, ACCOUNT, { name: '', permissions: [] })),
  ftpChange: refusal(updateFtpAccount(start(), HERSTAPPE, FTP_ACCOUNT, badFtpChange(ftpEditForm(senderOf(start(), HERSTAPPE).ftp[0]!)))),
};

/** What a path deleted or withdrew is back (as if a colleague had made it again), so that it can be consulted. */
function ensure(w: ReturnType<typeof worldHolder>, kind: 'ftp' | 'rest' | 'delegations', id: string) {
  const now = senderOf(w.get(), HERSTAPPE);
  const original = senderOf(start(), HERSTAPPE)[kind].find((x) => x.id === id)!;
  const present = (now[kind] as { id: string; status?: string }[]).find((x) => x.id === id);
  if (present && (kind !== 'delegations' || present.status === 'pending')) return;
  w.update((world) => ({
    ...world,
    chaman: world.chaman.map((c) => (c.kbo === HERSTAPPE ? { ...c, [kind]: [...(c[kind] as { id: string }[]).filter((x) => x.id !== id), original] } : c)),
  }));
}

/** The sample events carry their intent's payload: valid where the world is to accept, with a broken rule where it is to refuse. */
function eventsFor(snapshot: AnyMachineSnapshot): ChEvent[] {
  const ctx = snapshot.context as ChContext;
  return [
    { type: 'ch.saveContact', contact, ok: true },
    { type: 'ch.saveContact', contact: badContact, ok: false, errors: REFUSED.contact },
    { type: 'ch.editContact' },
    { type: 'ch.addFtp' },
    // Only one FTP channel per capacity: a second valid one is refused, so "ok" is not offered twice.
    { type: 'ch.submitFtp', form: badFtp, ok: false, errors: REFUSED.ftp },
    ...(ctx.notice === 'ftpCreated' ? [] : [{ type: 'ch.submitFtp', form: ftp, ok: true } as ChEvent]),
    { type: 'ch.addWs' },
    { type: 'ch.chooseType', wsType: 'REST' },
    { type: 'ch.chooseType', wsType: 'SOAP' },
    { type: 'ch.chooseType', wsType: '' },
    { type: 'ch.submitRest', form: rest, outcome: 'delegated' },
    { type: 'ch.submitRest', form: { ...rest, management: 'intern', certificateFile: 'ocmw-herstappe-ocmw-online.cer', vendor: '' }, outcome: 'created' },
    { type: 'ch.submitRest', form: badRest, outcome: 'refused', errors: REFUSED.rest },
    { type: 'ch.filter', filter: 'all' },
    { type: 'ch.consult', kind: 'rest', id: ACCOUNT },
    { type: 'ch.consult', kind: 'ftp', id: FTP_ACCOUNT },
    { type: 'ch.consultDelegation', id: REQUEST },
    { type: 'ch.withdraw' },
    { type: 'ch.confirmWithdraw' },
    { type: 'ch.edit' },
    // The machine takes ch.submitEdit on a REST account only, ch.submitFtpEdit on an FTP/SFTP one.
    { type: 'ch.submitEdit', name: 'Nieuw', permissions: ['signaletiekRaadplegen'], ok: true },
    { type: 'ch.submitEdit', name: '', permissions: [], ok: false, errors: REFUSED.restChange },
    { type: 'ch.submitFtpEdit', form: ftp, ok: true },
    { type: 'ch.submitFtpEdit', form: badFtpChange(ftp), ok: false, errors: REFUSED.ftpChange },
    { type: 'ch.delete' },
    { type: 'ch.confirmDelete' },
    { type: 'ch.back' },
    { type: 'ch.cancel' },
  ];
}

let counter = 0;
/** An event is a valid intent (the controller overwrites its facts); only the world or a fresh payload needs arranging. */
function arrange(event: ChEvent, w: ReturnType<typeof worldHolder>, ctx: ChContext): Intent {
  // Names must be new each time a REST save is accepted.
  const fresh = () => `Account ${++counter}`;
  switch (event.type) {
    case 'ch.submitFtp':
      // A valid form is refused once the channel of its type exists: send the type not there yet.
      if (!event.ok) return event;
      return { ...event, form: { ...event.form, type: senderOf(w.get(), HERSTAPPE).ftp.some((a) => a.type === 'FTP') ? 'SFTP' : 'FTP' } };
    case 'ch.submitRest':
      return event.outcome === 'refused' ? event : { ...event, form: { ...event.form, name: fresh() } };
    case 'ch.consult':
      ensure(w, event.kind, event.id);
      return event;
    case 'ch.consultDelegation':
      ensure(w, 'delegations', event.id);
      return event;
    case 'ch.submitFtpEdit': {
      const account = senderOf(w.get(), HERSTAPPE).ftp.find((a) => a.id === ctx.accountId);
      if (!account) return event; // a REST account: the machine refuses it as it is
      // A change keeps to the rules of creation: a password without 2 special characters is refused.
      return { ...event, form: event.ok ? { ...ftpEditForm(account), name: fresh(), password: 'Nieuw;2025!' } : badFtpChange(ftpEditForm(account)) };
    }
    case 'ch.submitEdit':
      return event.ok ? { ...event, name: fresh() } : event;
    default:
      return event;
  }
}

describe('ChaMan machine, model-based', () => {
  const graph = walk(chamanMachine, eventsFor, { hasContact: false });

  it('the walk reaches every state node and takes every declared transition', () => {
    expect(graph.unreachedNodes(['chaman.boot'])).toEqual([]);
    expect(graph.untakenTransitions()).toEqual([]);
  });

  it.each(graph.edges.map((e) => [graph.label(e), e] as const))('%s', (_name, edge) => {
    const w = worldHolder(start());
    const sim = createSimulator(w, () => 'nl');
    for (const step of graph.eventsTo(edge)!) {
      const offered = sim.chaman.getSnapshot().can(step.event);
      const intent = arrange(step.event, w, sim.chaman.getSnapshot().context);
      const before = w.get();
      expect(sim.perform(intent), `${step.event.type} accepted`).toBe(offered);
      expect(sim.chaman.getSnapshot().value).toEqual(step.state.value);
      expect(sim.chaman.getSnapshot().context).toEqual(step.state.context);
      const saved =
        ('ok' in step.event && step.event.ok) ||
        (step.event.type === 'ch.submitRest' && step.event.outcome !== 'refused') ||
        step.event.type === 'ch.confirmDelete' ||
        step.event.type === 'ch.confirmWithdraw';
      if (!saved || !offered) expect(w.get()).toBe(before);
    }
  });
});

describe('ChaMan access and the vendor', () => {
  it('refuses everything to someone who may not manage the channels', () => {
    const w = worldHolder({ ...initialWorld(), appSession: { service: 'chaman', personId: 'lotte', kbo: HERSTAPPE } });
    expect(createSimulator(w, () => 'nl').perform({ type: 'ch.saveContact', contact })).toBe(false);
  });

  it('the simulated vendor answers: by the trainer, or when the simulated date moves two days on', () => {
    const requested = addRestAccount(start(), HERSTAPPE, rest);
    if (!requested.ok) throw new Error();
    const w = worldHolder(requested.world);
    const sim = createSimulator(w, () => 'nl');
    const id = senderOf(w.get(), HERSTAPPE).delegations[0]!.id;
    expect(sim.perform({ type: 'sim.answerDelegation', kbo: HERSTAPPE, id: 'nope', accept: true })).toBe(false);
    expect(sim.perform({ type: 'sim.setToday', date: '2025-02-05' })).toBe(true);
    expect(senderOf(w.get(), HERSTAPPE).delegations[0]!.status).toBe('accepted');
    expect(sim.perform({ type: 'sim.answerDelegation', kbo: HERSTAPPE, id, accept: false })).toBe(false);
  });

  it('a withdrawn request is never answered: no REST account comes of it, and an answered one cannot be withdrawn', () => {
    const w = worldHolder(start());
    const sim = createSimulator(w, () => 'nl');
    const withdrawable = (id: string) => sim.perform({ type: 'ch.consultDelegation', id }) && sim.perform({ type: 'ch.withdraw' });
    expect(sim.perform({ type: 'ch.saveContact', contact })).toBe(true);
    expect(withdrawable(REQUEST)).toBe(true);
    expect(sim.perform({ type: 'ch.confirmWithdraw' })).toBe(true);
    expect(sim.perform({ type: 'sim.answerDelegation', kbo: HERSTAPPE, id: REQUEST, accept: true })).toBe(false);
    expect(sim.perform({ type: 'sim.setToday', date: '2025-03-01' })).toBe(true);
    expect(senderOf(w.get(), HERSTAPPE).rest.map((a) => a.name)).toEqual(['Intern']);
    expect(sim.perform({ type: 'ch.consultDelegation', id: REQUEST })).toBe(false);

    const requested = addRestAccount(w.get(), HERSTAPPE, rest);
    if (!requested.ok) throw new Error();
    w.update(() => requested.world);
    const id = senderOf(w.get(), HERSTAPPE).delegations[0]!.id;
    expect(sim.perform({ type: 'sim.answerDelegation', kbo: HERSTAPPE, id, accept: false })).toBe(true);
    expect(sim.perform({ type: 'ch.consultDelegation', id })).toBe(true);
    expect(sim.perform({ type: 'ch.withdraw' })).toBe(false);
  });
});
