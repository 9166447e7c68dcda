/** ChaMan's connect: what each screen shows and offers, from the machine's snapshot and the world. */
import { describe, expect, it } from 'vitest';
import { addFtpAccount, addRestAccount, saveChamanContact } from '../world/chaman';
import { EXAMPLE_CONTACT, EXAMPLE_FTP, EXAMPLE_REST } from '../world/examples';
import { HERSTAPPE, initialWorld } from '../world/seed';
import type { World } from '../world/types';
import { chamanInput, createChController } from './chaman.controller';
import { createSimulator } from './simulator';
import { connectChaman } from './chaman.connect';
import { worldHolder } from './world-access';

function world(withContact: boolean): World {
  let w: World = { ...initialWorld(), appSession: { service: 'chaman', personId: 'ann', kbo: HERSTAPPE } };
  const steps = [
    ...(withContact ? [(x: World) => saveChamanContact(x, HERSTAPPE, EXAMPLE_CONTACT)] : []),
    (x: World) => addFtpAccount(x, HERSTAPPE, EXAMPLE_FTP),
    // An account managed by a vendor is a delegation request, "In afwachting".
    (x: World) => addRestAccount(x, HERSTAPPE, EXAMPLE_REST),
  ];
  for (const s of steps) {
    const r = s(w);
    if (!r.ok) throw new Error('set-up');
    w = r.world;
  }
  return w;
}

function opened(withContact = true) {
  const w = worldHolder(world(withContact));
  const ch = createChController(w);
  ch.restart(chamanInput(w.get()));
  return { w, ch, view: () => connectChaman(ch.getSnapshot(), w.get()) };
}

describe('ChaMan, connected', () => {
  it('a first visit without contact details shows the contact form; the header menu leads nowhere', () => {
    const { view } = opened(false);
    expect(view()).toMatchObject({ screen: 'contact', contactMenu: false, kbo: HERSTAPPE, city: 'Herstappe' });
  });

  it('the main page lists the sender\'s accounts and the delegation requests under the chosen status', () => {
    const { ch, view } = opened();
    expect(view()).toMatchObject({ screen: 'main', contactMenu: true, filter: 'pending', choosingWsType: false });
    expect(view().sender.ftp).toHaveLength(1);
    expect(view().delegations.map((d) => d.status)).toEqual(['pending']);
    expect(ch.perform({ type: 'ch.filter', filter: 'accepted' })).toBe(true);
    expect(view().delegations).toEqual([]);
  });

  it('the opened account, delegation request and their dialogs', () => {
    const { ch, view } = opened();
    const sender = view().sender;
    expect(ch.perform({ type: 'ch.consult', kind: 'ftp', id: sender.ftp[0]!.id })).toBe(true);
    expect(view()).toMatchObject({ screen: 'ftpAccount', ftpAccount: sender.ftp[0], restAccount: undefined, editing: false });
    expect(ch.perform({ type: 'ch.delete' })).toBe(true);
    expect(view().confirmingDelete).toBe(true);
    expect(ch.perform({ type: 'ch.cancel' })).toBe(true);
    expect(ch.perform({ type: 'ch.back' })).toBe(true);
    const request = view().sender.delegations[0]!;
    expect(ch.perform({ type: 'ch.consultDelegation', id: request.id })).toBe(true);
    expect(view()).toMatchObject({ screen: 'delegation', delegation: request, pending: true, confirmingWithdraw: false });
    expect(ch.perform({ type: 'ch.withdraw' })).toBe(true);
    expect(view().confirmingWithdraw).toBe(true);
    expect(ch.perform({ type: 'ch.confirmWithdraw' })).toBe(true);
    // Withdrawn: the page's status line says so.
    expect(view()).toMatchObject({ screen: 'main', statusNotice: expect.any(String), popupNotice: null });
  });

  it('a refused save gives the world\'s errors at the fields of the form on screen; "Annuleren" and an accepted save leave none', () => {
    const { ch, view } = opened();
    const none = { refused: false, contactErrors: {}, ftpErrors: {}, restErrors: {} };
    expect(view()).toMatchObject(none);
    expect(ch.perform({ type: 'ch.addFtp' })).toBe(true);
    // The capacity has its FTP channel already; the password keeps no rule of 004.
    expect(ch.perform({ type: 'ch.submitFtp', form: { ...EXAMPLE_FTP, password: 'geheim', permissions: [] } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'ftpForm', refused: true, contactErrors: {}, restErrors: {} });
    expect(view().ftpErrors).toEqual({ type: 'exists', permissions: 'none', password: expect.arrayContaining([expect.any(String)]) });
    expect(ch.perform({ type: 'ch.cancel' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', ...none });
    // Back on the form, it starts without messages; an accepted save leaves none either.
    expect(ch.perform({ type: 'ch.addFtp' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'ftpForm', ...none });
    expect(ch.perform({ type: 'ch.submitFtp', form: { ...EXAMPLE_FTP, type: '' } })).toBe(true);
    expect(view().ftpErrors).toEqual({ type: 'empty' });
    expect(ch.perform({ type: 'ch.submitFtp', form: { ...EXAMPLE_FTP, type: 'SFTP' } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', statusNotice: 'ftpCreated', ...none });

    expect(ch.perform({ type: 'ch.addWs' })).toBe(true);
    expect(ch.perform({ type: 'ch.chooseType', wsType: 'REST' })).toBe(true);
    expect(ch.perform({ type: 'ch.submitRest', form: { ...EXAMPLE_REST, name: ' ', vendor: 'Smals' } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'restForm', refused: true, restErrors: { name: 'empty', vendor: 'notSoftwareVendor' }, ftpErrors: {}, contactErrors: {} });
    expect(ch.perform({ type: 'ch.submitRest', form: { ...EXAMPLE_REST, name: 'Tweede' } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', statusNotice: 'delegated', ...none });

    expect(ch.perform({ type: 'ch.editContact' })).toBe(true);
    expect(ch.perform({ type: 'ch.saveContact', contact: { ...EXAMPLE_CONTACT, phoneCode: '32', email: '' } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'contact', refused: true, contactErrors: { phoneCode: 'format', email: 'empty' } });
    expect(ch.perform({ type: 'ch.saveContact', contact: EXAMPLE_CONTACT })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', statusNotice: 'contactSaved', ...none });
  });

  it('a change starts from the account as it is; a refused one keeps its messages until "Annuleren" or an accepted change', () => {
    const { ch, view } = opened();
    const account = view().sender.ftp[0]!;
    expect(ch.perform({ type: 'ch.consult', kind: 'ftp', id: account.id })).toBe(true);
    expect(view().ftpEdit).toEqual({ type: account.type, name: account.name, permissions: account.permissions, certificateFile: '', certificateName: account.certificate, username: account.username, password: '' });
    expect(ch.perform({ type: 'ch.edit' })).toBe(true);
    const form = view().ftpEdit!;
    expect(ch.perform({ type: 'ch.submitFtpEdit', form: { ...form, name: '', password: 'geheim' } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'ftpAccount', editing: true, refused: true, restErrors: {}, contactErrors: {} });
    expect(view().ftpErrors).toMatchObject({ name: 'empty', password: expect.any(Array) });
    expect(ch.perform({ type: 'ch.cancel' })).toBe(true);
    expect(view()).toMatchObject({ editing: false, refused: false, ftpErrors: {} });
    expect(ch.perform({ type: 'ch.edit' })).toBe(true);
    expect(view()).toMatchObject({ editing: true, refused: false, ftpErrors: {} });
    expect(ch.perform({ type: 'ch.submitFtpEdit', form: { ...form, name: 'EXPNIEUW' } })).toBe(true);
    expect(view()).toMatchObject({ editing: false, refused: false, ftpErrors: {}, statusNotice: 'ftpChanged' });
    expect(view().ftpAccount?.name).toBe('EXPNIEUW');
  });

  it('a REST account\'s refused change shows its errors at its fields; "Terug" leaves none', () => {
    const { ch, view, w } = opened();
    const requested = addRestAccount(w.get(), HERSTAPPE, { ...EXAMPLE_REST, name: 'Intern', management: 'intern', certificateFile: 'ocmw-herstappe-ftp.cer', vendor: '' });
    if (!requested.ok) throw new Error('set-up');
    w.update(() => requested.world);
    const id = requested.world.chaman.find((c) => c.kbo === HERSTAPPE)!.rest[0]!.id;
    expect(ch.perform({ type: 'ch.consult', kind: 'rest', id })).toBe(true);
    expect(view().ftpEdit).toBeUndefined();
    expect(ch.perform({ type: 'ch.edit' })).toBe(true);
    expect(ch.perform({ type: 'ch.submitEdit', name: '', permissions: [] })).toBe(true);
    expect(view()).toMatchObject({ screen: 'restAccount', refused: true, restErrors: { name: 'empty', permissions: 'none' }, ftpErrors: {} });
    expect(ch.perform({ type: 'ch.back' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', refused: false, restErrors: {} });
  });

  it('a save the guided scenario does not let through shows no messages: nothing reached the world', () => {
    const w = worldHolder(world(true));
    const sim = createSimulator(w, () => 'nl');
    const view = () => connectChaman(sim.chaman.getSnapshot(), w.get());
    expect(sim.perform({ type: 'ch.addFtp' })).toBe(true);
    sim.setGate((intent) => intent.type !== 'ch.submitFtp');
    expect(sim.perform({ type: 'ch.submitFtp', form: { ...EXAMPLE_FTP, type: '' } })).toBe(false);
    expect(view()).toMatchObject({ screen: 'ftpForm', refused: false, ftpErrors: {} });
    sim.setGate(null);
    expect(sim.perform({ type: 'ch.submitFtp', form: { ...EXAMPLE_FTP, type: '' } })).toBe(true);
    expect(view()).toMatchObject({ screen: 'ftpForm', refused: true, ftpErrors: { type: 'empty' } });
  });

  it('the Webservice pop-up keeps its own notices', () => {
    const { ch, view } = opened();
    expect(ch.perform({ type: 'ch.addWs' })).toBe(true);
    expect(ch.perform({ type: 'ch.chooseType', wsType: 'SOAP' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', choosingWsType: true, popupNotice: 'soap', statusNotice: null });
  });
});
