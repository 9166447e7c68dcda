/** Toegangsbeheer's connect: what each screen shows and offers, from the machine's snapshot and the world. */
import { describe, expect, it } from 'vitest';
import { USERS_PER_PAGE } from '../domain/toegangsbeheer';
import { EXAMPLE_NEW_USER } from '../world/examples';
import { initialWorld } from '../world/seed';
import { HERSTAPPE_V2 } from '../world/seed-accounts';
import { searchTbUsers } from '../world/toegangsbeheer';
import type { World } from '../world/types';
import { connectToegangsbeheer } from './toegangsbeheer.connect';
import { createTbController } from './toegangsbeheer.controller';
import { NO_FILTERS } from './toegangsbeheer.machine';
import { worldHolder } from './world-access';

/** Ann Wouters, Lokale beheerder of OCMW Herstappe, logged in to Toegangsbeheer. */
function opened(personId = 'ann') {
  const w = worldHolder({ ...initialWorld(), appSession: { service: 'toegangsbeheer', personId, kbo: HERSTAPPE_V2 } } as World);
  const tb = createTbController(w);
  tb.restart(undefined as never);
  return { w, tb, view: () => connectToegangsbeheer(tb.getSnapshot(), w.get(), personId) };
}

describe('Toegangsbeheer, connected', () => {
  it('the home page: the person, the enterprises they manage with their names, none chosen yet', () => {
    const { view } = opened();
    const v = view();
    expect(v.screen).toBe('home');
    expect(v.person?.firstName).toBe('Ann');
    expect(v.kbos).toContain(HERSTAPPE_V2);
    expect(v.links).toContainEqual({ kbo: HERSTAPPE_V2, as: 'lb' });
    expect(v.names[HERSTAPPE_V2]).toMatch(/HERSTAPPE/i);
    expect(v.kbo).toBe('');
    expect(['tb.welcome.deHeer', 'tb.welcome.mevrouw']).toContain(v.welcomeTitle);
  });

  it('"Gebruikers": the users the criteria find, the page on show, the rights, the ticks', () => {
    const { tb, w, view } = opened();
    expect(tb.perform({ type: 'tb.selectEnterprise', kbo: HERSTAPPE_V2 })).toBe(true);
    expect(tb.perform({ type: 'tb.openRole', kbo: HERSTAPPE_V2, as: 'lb' })).toBe(true);
    expect(view()).toMatchObject({ screen: 'welcome', kbo: HERSTAPPE_V2 });
    expect(view().account?.firstName).toBe('Ann');
    expect(tb.perform({ type: 'tb.users' })).toBe(true);
    const v = view();
    expect(v.screen).toBe('users');
    expect(v.found).toEqual(searchTbUsers(w.get(), HERSTAPPE_V2, NO_FILTERS));
    expect(v.list).toMatchObject({ page: 1, pages: Math.max(1, Math.ceil(v.found.length / USERS_PER_PAGE)) });
    expect(v.list.shown.length).toBeLessThanOrEqual(USERS_PER_PAGE);
    expect(v.rights.addUser).toBe(true);
    const first = v.list.shown[0]!;
    expect(tb.perform({ type: 'tb.toggle', insz: first.insz })).toBe(true);
    expect(view().selectedCount).toBe(1);
  });

  it('a refused INSZ at the bottom of "Gebruikers" goes to that field, not to the page', () => {
    const { tb, view } = opened();
    tb.perform({ type: 'tb.selectEnterprise', kbo: HERSTAPPE_V2 });
    tb.perform({ type: 'tb.openRole', kbo: HERSTAPPE_V2, as: 'lb' });
    tb.perform({ type: 'tb.users' });
    tb.perform({ type: 'tb.addByInsz', insz: '123' });
    const v = view();
    expect(v.screen).toBe('users');
    expect(v.inszRefusal?.kind).toBe('refused');
    expect(v.pageRefusal).toBeNull();
    expect(v.refusal).toBe(v.inszRefusal);
    expect(v.done).toBeNull();
  });

  it('the overview shows the form as typed, to be saved as an active account created today', () => {
    const { tb, w, view } = opened();
    tb.perform({ type: 'tb.selectEnterprise', kbo: HERSTAPPE_V2 });
    tb.perform({ type: 'tb.openRole', kbo: HERSTAPPE_V2, as: 'lb' });
    tb.perform({ type: 'tb.users' });
    tb.perform({ type: 'tb.chooseAdd', kind: 'USER' });
    expect(view().screen).toBe('addInsz');
    tb.perform({ type: 'tb.next', insz: EXAMPLE_NEW_USER.insz });
    expect(view().screen).toBe('form');
    tb.perform({ type: 'tb.submit', form: EXAMPLE_NEW_USER });
    const v = view();
    expect(v.screen).toBe('overview');
    expect(v.overview).toMatchObject({ username: EXAMPLE_NEW_USER.usernameFirst, status: 'actief', created: w.get().today, modified: null });
    expect(v.promoting).toBeUndefined();
  });
});
