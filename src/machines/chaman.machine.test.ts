/**
 * Model-based tests of ChaMan's screens: xstate/graph walks the machine; every edge is replayed
 * through the intent hub with Ann (Toegangsbeheerder of Herstappe) in ChaMan. Accepted saves are
 * sent valid and refused ones with a broken rule, so the world decides as the model says.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { addFtpAccount, addRestAccount, ftpEditForm, senderOf } from '../world/chaman';
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

function eventsFor(snapshot: AnyMachineSnapshot): ChEvent[] {
  const ctx = snapshot.context as ChContext;
  return [
    { type: 'SAVE_CONTACT', ok: true },
    { type: 'SAVE_CONTACT', ok: false },
    { type: 'EDIT_CONTACT' },
    { type: 'ADD_FTP' },
    // Only one FTP channel per capacity: a second valid one is refused, so "ok" is not offered twice.
    { type: 'SUBMIT_FTP', ok: false },
    ...(ctx.notice === 'ftpCreated' ? [] : [{ type: 'SUBMIT_FTP', ok: true } as ChEvent]),
    { type: 'ADD_WS' },
    { type: 'CHOOSE_TYPE', wsType: 'REST' },
    { type: 'CHOOSE_TYPE', wsType: 'SOAP' },
    { type: 'CHOOSE_TYPE', wsType: '' },
    { type: 'SUBMIT_REST', outcome: 'delegated' },
    { type: 'SUBMIT_REST', outcome: 'created' },
    { type: 'SUBMIT_REST', outcome: 'refused' },
    { type: 'FILTER', filter: 'all' },
    { type: 'CONSULT', kind: 'rest', id: ACCOUNT },
    { type: 'CONSULT', kind: 'ftp', id: FTP_ACCOUNT },
    { type: 'CONSULT_DELEGATION', id: REQUEST },
    { type: 'WITHDRAW' },
    { type: 'CONFIRM_WITHDRAW' },
    { type: 'EDIT' },
    { type: 'SUBMIT_EDIT', ok: true },
    { type: 'SUBMIT_EDIT', ok: false },
    { type: 'DELETE' },
    { type: 'CONFIRM_DELETE' },
    { type: 'BACK' },
    { type: 'CANCEL' },
  ];
}

let counter = 0;
function arrange(event: ChEvent, w: ReturnType<typeof worldHolder>, ctx: ChContext): Intent {
  // Names must be new each time a REST save is accepted.
  const fresh = () => `Account ${++counter}`;
  switch (event.type) {
    case 'SAVE_CONTACT':
      return { type: 'ch.saveContact', contact: event.ok ? contact : { ...contact, email: '' } };
    case 'EDIT_CONTACT':
      return { type: 'ch.editContact' };
    case 'ADD_FTP':
      return { type: 'ch.addFtp' };
    case 'SUBMIT_FTP':
      // A valid form is refused once the channel of its type exists: send the type not there yet.
      return {
        type: 'ch.submitFtp',
        form: event.ok ? { ...ftp, type: senderOf(w.get(), HERSTAPPE).ftp.some((a) => a.type === 'FTP') ? 'SFTP' : 'FTP' } : { ...ftp, password: 'geheim' },
      };
    case 'ADD_WS':
      return { type: 'ch.addWs' };
    case 'CHOOSE_TYPE':
      return { type: 'ch.chooseType', wsType: event.wsType };
    case 'SUBMIT_REST':
      if (event.outcome === 'refused') return { type: 'ch.submitRest', form: { ...rest, vendor: 'Smals' } };
      if (event.outcome === 'delegated') return { type: 'ch.submitRest', form: { ...rest, name: fresh() } };
      return { type: 'ch.submitRest', form: { ...rest, name: fresh(), management: 'intern', certificateFile: 'ocmw-herstappe-ocmw-online.cer', vendor: '' } };
    case 'FILTER':
      return { type: 'ch.filter', filter: event.filter };
    case 'CONSULT':
      ensure(w, event.kind, event.id);
      return { type: 'ch.consult', kind: event.kind, id: event.id };
    case 'CONSULT_DELEGATION':
      ensure(w, 'delegations', event.id);
      return { type: 'ch.consultDelegation', id: event.id };
    case 'WITHDRAW':
      return { type: 'ch.withdraw' };
    case 'CONFIRM_WITHDRAW':
      return { type: 'ch.confirmWithdraw' };
    case 'EDIT':
      return { type: 'ch.edit' };
    case 'SUBMIT_EDIT':
      if (ctx.accountKind === 'ftp') {
        const account = senderOf(w.get(), HERSTAPPE).ftp.find((a) => a.id === ctx.accountId)!;
        // A change keeps to the rules of creation: a password without 2 special characters is refused.
        return { type: 'ch.submitFtpEdit', form: event.ok ? { ...ftpEditForm(account), name: fresh(), password: 'Nieuw;2025!' } : { ...ftpEditForm(account), password: 'geheim' } };
      }
      return { type: 'ch.submitEdit', name: event.ok ? fresh() : '', permissions: event.ok ? ['signaletiekRaadplegen'] : [] };
    case 'DELETE':
      return { type: 'ch.delete' };
    case 'CONFIRM_DELETE':
      return { type: 'ch.confirmDelete' };
    case 'BACK':
      return { type: 'ch.back' };
    case 'CANCEL':
      return { type: 'ch.cancel' };
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
        (step.event.type === 'SUBMIT_REST' && step.event.outcome !== 'refused') ||
        step.event.type === 'CONFIRM_DELETE' ||
        step.event.type === 'CONFIRM_WITHDRAW';
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
