import { describe, expect, it } from 'vitest';
import { HERSTAPPE, initialWorld } from '../world/seed';
import { addRestAccount } from '../world/chaman';
import { EXAMPLE_REST } from '../world/examples';
import { insertCard, removeCard, verifyPin } from '../world/eid';
import type { World } from '../world/types';
import { connectReader, readSimulatedDate } from './reader.connect';
import { connectVendorDesk } from './vendor.connect';

describe('the card reader', () => {
  const world = initialWorld();

  it('shows whose card is in the reader, and everyone whose card can be inserted', () => {
    const view = connectReader(world);
    expect(view.holder?.id).toBe(world.readerCardId);
    expect(view.blocked).toBe(false);
    expect(view.people.map((p) => p.id)).toEqual(world.people.map((p) => p.id));
    expect(connectReader(removeCard(world))).toMatchObject({ holder: null, blocked: false });
  });

  it('says the card is blocked after three wrong PINs, so the trainer may unblock it', () => {
    let w: World = insertCard(world, 'ann');
    for (let i = 0; i < 3; i++) {
      const r = verifyPin(w, 'ann', '0000');
      if (r.ok) w = r.world;
    }
    expect(connectReader(w)).toMatchObject({ holder: { id: 'ann' }, blocked: true });
  });

  it('reads the trainer\'s dd/mm/jjjj into a day, and says what is wrong otherwise', () => {
    expect(readSimulatedDate(' 03/02/2025 ')).toEqual({ ok: true, date: '2025-02-03' });
    expect(readSimulatedDate('')).toEqual({ ok: false, error: 'empty' });
    expect(readSimulatedDate('2025-02-03')).toEqual({ ok: false, error: 'format' });
    expect(readSimulatedDate('31/02/2025')).toEqual({ ok: false, error: 'impossible' });
  });
});

describe("the vendor's desk", () => {
  it('lists the requests waiting for an answer with the OCMW that sent them', () => {
    const world = initialWorld();
    expect(connectVendorDesk(world)).toEqual([]);
    const requested = addRestAccount(world, HERSTAPPE, EXAMPLE_REST);
    if (!requested.ok) throw new Error('refused');
    const [pending, ...more] = connectVendorDesk(requested.world);
    expect(more).toEqual([]);
    expect(pending).toMatchObject({ kbo: HERSTAPPE, request: { accountName: EXAMPLE_REST.name, status: 'pending' }, enterprise: { nl: 'OCMW van Herstappe' } });
    const elsewhere = { ...requested.world, enterprises: requested.world.enterprises.filter((e) => e.kbo !== HERSTAPPE) };
    expect(connectVendorDesk(elsewhere)[0]!.enterprise).toBeNull();
  });
});
