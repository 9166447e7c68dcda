/** ChaMan's connect: what each screen shows and offers, from the machine's snapshot and the world. */
import { describe, expect, it } from 'vitest';
import { addFtpAccount, addRestAccount, saveChamanContact } from '../world/chaman';
import { EXAMPLE_CONTACT, EXAMPLE_FTP, EXAMPLE_REST } from '../world/examples';
import { HERSTAPPE, initialWorld } from '../world/seed';
import type { World } from '../world/types';
import { chamanInput, createChController } from './chaman.controller';
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

  it('the Webservice pop-up keeps its own notices', () => {
    const { ch, view } = opened();
    expect(ch.perform({ type: 'ch.addWs' })).toBe(true);
    expect(ch.perform({ type: 'ch.chooseType', wsType: 'SOAP' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'main', choosingWsType: true, popupNotice: 'soap', statusNotice: null });
  });
});
