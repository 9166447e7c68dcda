import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TB_APPLICATIONS, type TbApplication, type TbUserForm } from '../domain/toegangsbeheer';
import { EXAMPLE_NEW_USER } from './examples';
import { entitiesFor, openPrimawebSession, primawebRolesAt } from './primaweb';
import { HERSTAPPE, initialWorld } from './seed';
import {
  accountOf,
  addApplications,
  addTbUser,
  blockTbUsers,
  changeLb,
  managerLinksFor,
  removeApplications,
  removeTbUsers,
  searchTbUsers,
  tbUsersAt,
  unblockTbUsers,
  type TbResult,
} from './toegangsbeheer';
import type { World } from './types';
import { validateWorld } from './validate';

const BRAM = '86041205759';
const PIETER = '79052208774';
const WIM = '88022804507';
const ANN = '71091120648';
const ELS = '91022311850';

const form = (over: Partial<TbUserForm> = {}): TbUserForm => ({ ...EXAMPLE_NEW_USER, insz: BRAM, ...over });

const must = (r: TbResult): World => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.world;
};

describe('accounts and login', () => {
  it('lets a person log in only for enterprises where they have an active account', () => {
    const world = initialWorld();
    expect(entitiesFor(world, 'bram')).toEqual([]);
    expect(entitiesFor(world, 'ann').map((e) => e.kbo)).toHaveLength(4);
    expect(primawebRolesAt(world, 'lotte', HERSTAPPE)).toEqual(['socialeAgent', 'primawebBeheer']);
    expect(primawebRolesAt(world, 'ann', HERSTAPPE)).toEqual(['primawebBeheer']);
  });

  it('shows the home page links: Ann is VTE and Lokale Beheerder of Herstappe', () => {
    expect(managerLinksFor(initialWorld(), 'ann').filter((l) => l.kbo === HERSTAPPE)).toEqual([
      { kbo: HERSTAPPE, as: 'vte' },
      { kbo: HERSTAPPE, as: 'lb' },
    ]);
    expect(managerLinksFor(initialWorld(), 'lotte')).toEqual([]);
  });
});

describe('adding users', () => {
  it('adds a user whose applications grant the PrimaWeb role at the next login', () => {
    const world = must(addTbUser(initialWorld(), 'ann', HERSTAPPE, form(), 'USER'));
    expect(accountOf(world, 'bram', HERSTAPPE)).toMatchObject({ type: 'USER', username: 'bpeeters', status: 'actief', created: world.today, applications: ['socialeAgent'] });
    expect(primawebRolesAt(world, 'bram', HERSTAPPE)).toEqual(['socialeAgent']);
    expect(openPrimawebSession(world, 'bram', HERSTAPPE, 'socialeAgent', 'nl').ok).toBe(true);
  });

  it('refuses an INSZ that has an account already, and a form with errors, changing nothing', () => {
    const world = initialWorld();
    expect(addTbUser(world, 'ann', HERSTAPPE, form({ insz: PIETER }), 'USER')).toEqual({ ok: false, errors: { form: 'exists' } });
    const bad = addTbUser(world, 'ann', HERSTAPPE, form({ usernameConfirm: 'x', email: '' }), 'USER');
    expect(bad).toMatchObject({ ok: false, errors: { fields: [{ field: 'usernameConfirm', error: 'mismatch' }, { field: 'email', error: 'empty' }] } });
    expect(addTbUser(world, 'ann', HERSTAPPE, form({ usernameFirst: 'PCLAES', usernameConfirm: 'PCLAES' }), 'USER')).toMatchObject({
      errors: { fields: [{ field: 'usernameFirst', error: 'taken' }] },
    });
  });

  it('lets the co-TB add users but not co-TBs, and refuses plain users', () => {
    const world = initialWorld();
    // Els (co-TB) has no card person: act as her by giving Lotte her account type.
    const asCo = { ...world, tbUsers: world.tbUsers.map((u) => (u.insz === '88031412464' && u.kbo === HERSTAPPE ? { ...u, type: 'CoLB' as const } : u)) };
    expect(addTbUser(asCo, 'lotte', HERSTAPPE, form(), 'USER').ok).toBe(true);
    expect(addTbUser(asCo, 'lotte', HERSTAPPE, form(), 'CoLB')).toEqual({ ok: false, errors: { form: 'notAllowed' } });
    expect(addTbUser(world, 'lotte', HERSTAPPE, form(), 'USER')).toEqual({ ok: false, errors: { form: 'notAllowed' } });
    expect(addTbUser(world, 'ann', HERSTAPPE, form(), 'CoLB').ok).toBe(true);
  });
});

describe('bulk actions', () => {
  it('blocks: the user cannot log in for that enterprise, the open session ends; unblocking restores it', () => {
    const opened = openPrimawebSession(initialWorld(), 'pieter', HERSTAPPE, 'socialeAgent', 'nl');
    if (!opened.ok) throw new Error();
    const blocked = must(blockTbUsers(opened.world, 'ann', HERSTAPPE, [PIETER]));
    expect(blocked.session).toBeNull();
    expect(entitiesFor(blocked, 'pieter')).toEqual([]);
    expect(primawebRolesAt(blocked, 'pieter', HERSTAPPE)).toEqual([]);
    const back = must(unblockTbUsers(blocked, 'ann', HERSTAPPE, [PIETER]));
    expect(entitiesFor(back, 'pieter').map((e) => e.kbo)).toEqual([HERSTAPPE]);
  });

  it('removes users with their PrimaWeb profiles', () => {
    const world = initialWorld();
    expect(world.assignments.some((a) => a.personId === 'lotte')).toBe(true);
    const removed = must(removeTbUsers(world, 'ann', HERSTAPPE, ['88031412464', ELS]));
    expect(accountOf(removed, 'lotte', HERSTAPPE)).toBeUndefined();
    expect(removed.assignments.some((a) => a.personId === 'lotte')).toBe(false);
    expect(tbUsersAt(removed, HERSTAPPE)).toHaveLength(tbUsersAt(world, HERSTAPPE).length - 2);
  });

  it('refuses an empty selection, the LB, oneself, and users without the right', () => {
    const world = initialWorld();
    expect(removeTbUsers(world, 'ann', HERSTAPPE, [])).toEqual({ ok: false, errors: { form: 'noneSelected' } });
    expect(blockTbUsers(world, 'ann', HERSTAPPE, [ANN])).toEqual({ ok: false, errors: { form: 'managerInSelection' } });
    const annCo = must(changeLb(world, 'ann', HERSTAPPE, ELS, null));
    expect(blockTbUsers(annCo, 'ann', HERSTAPPE, [ANN])).toEqual({ ok: false, errors: { form: 'selfInSelection' } });
    expect(removeTbUsers(world, 'lotte', HERSTAPPE, [WIM])).toEqual({ ok: false, errors: { form: 'notAllowed' } });
    expect(removeTbUsers(world, 'ann', HERSTAPPE, ['85073003328'])).toEqual({ ok: false, errors: { form: 'unknownUser' } });
  });

  it('adds and removes applications, refusing an empty choice', () => {
    const world = initialWorld();
    const added = must(addApplications(world, 'ann', HERSTAPPE, [PIETER], ['ocmwConfiguratie', 'chaman']));
    expect(accountOf(added, 'pieter', HERSTAPPE)?.applications).toEqual(['socialeAgent', 'ocmwConfiguratie', 'chaman']);
    expect(primawebRolesAt(added, 'pieter', HERSTAPPE)).toEqual(['socialeAgent', 'primawebBeheer']);
    const removed = must(removeApplications(added, 'ann', HERSTAPPE, [PIETER], ['socialeAgent']));
    expect(primawebRolesAt(removed, 'pieter', HERSTAPPE)).toEqual(['primawebBeheer']);
    expect(addApplications(world, 'ann', HERSTAPPE, [PIETER], [])).toEqual({ ok: false, errors: { form: 'noApplications' } });
  });
});

describe('changing the Lokale beheerder', () => {
  it('promotes an existing user; the former LB stays as user', () => {
    const world = must(changeLb(initialWorld(), 'ann', HERSTAPPE, ELS, null));
    expect(tbUsersAt(world, HERSTAPPE).filter((u) => u.type === 'LB').map((u) => u.insz)).toEqual([ELS]);
    expect(accountOf(world, 'ann', HERSTAPPE)?.type).toBe('USER');
  });

  it('creates a new LB account from the form, and only the (co-)HTB may', () => {
    const world = must(changeLb(initialWorld(), 'ann', HERSTAPPE, BRAM, form({ applications: [] })));
    expect(accountOf(world, 'bram', HERSTAPPE)?.type).toBe('LB');
    expect(changeLb(initialWorld(), 'lotte', HERSTAPPE, BRAM, form())).toEqual({ ok: false, errors: { form: 'notAllowed' } });
    expect(changeLb(initialWorld(), 'ann', HERSTAPPE, BRAM, null)).toEqual({ ok: false, errors: { form: 'unknownUser' } });
  });
});

describe('invariants under any sequence of commands (property)', () => {
  const INSZ = [BRAM, PIETER, WIM, ANN, ELS, '88031412464', '82071706433'];
  const apps = fc.subarray([...TB_APPLICATIONS] as TbApplication[]);
  const actor = fc.constantFrom('ann', 'lotte', 'pieter', 'bram');
  const some = fc.subarray(INSZ);
  const command = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), actor, insz: fc.constantFrom(...INSZ), type: fc.constantFrom('USER' as const, 'CoLB' as const), apps }),
    fc.record({ kind: fc.constant('remove' as const), actor, insz: some }),
    fc.record({ kind: fc.constant('block' as const), actor, insz: some }),
    fc.record({ kind: fc.constant('unblock' as const), actor, insz: some }),
    fc.record({ kind: fc.constant('addApps' as const), actor, insz: some, apps }),
    fc.record({ kind: fc.constant('removeApps' as const), actor, insz: some, apps }),
    fc.record({ kind: fc.constant('lb' as const), actor, insz: fc.constantFrom(...INSZ) }),
    fc.record({ kind: fc.constant('login' as const), actor }),
  );

  it('keeps the world valid: one LB at most, removed users hold no profiles, blocked users cannot log in', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let world = initialWorld();
        for (const c of commands) {
          const r: TbResult | { ok: false } = (() => {
            switch (c.kind) {
              case 'add':
                return addTbUser(world, c.actor, HERSTAPPE, form({ insz: c.insz, usernameFirst: `u${c.insz}`, usernameConfirm: `u${c.insz}`, applications: c.apps }), c.type);
              case 'remove':
                return removeTbUsers(world, c.actor, HERSTAPPE, c.insz);
              case 'block':
                return blockTbUsers(world, c.actor, HERSTAPPE, c.insz);
              case 'unblock':
                return unblockTbUsers(world, c.actor, HERSTAPPE, c.insz);
              case 'addApps':
                return addApplications(world, c.actor, HERSTAPPE, c.insz, c.apps);
              case 'removeApps':
                return removeApplications(world, c.actor, HERSTAPPE, c.insz, c.apps);
              case 'lb':
                return changeLb(world, c.actor, HERSTAPPE, c.insz, form({ insz: c.insz, usernameFirst: `lb${c.insz}`, usernameConfirm: `lb${c.insz}` }));
              case 'login': {
                const roles = primawebRolesAt(world, c.actor, HERSTAPPE);
                const o = roles[0] ? openPrimawebSession(world, c.actor, HERSTAPPE, roles[0], 'nl') : { ok: false as const };
                return o.ok ? { ok: true as const, world: o.world } : { ok: false as const };
              }
            }
          })();
          if (r.ok) world = r.world;
          expect(validateWorld(world).ok).toBe(true);
          for (const person of world.people) {
            const account = accountOf(world, person.id, HERSTAPPE);
            if (!account) expect(world.assignments.some((a) => a.personId === person.id && a.kbo === HERSTAPPE)).toBe(false);
            if (!account || account.status === 'geblokkeerd') {
              expect(primawebRolesAt(world, person.id, HERSTAPPE)).toEqual([]);
              expect(entitiesFor(world, person.id).some((e) => e.kbo === HERSTAPPE)).toBe(false);
              expect(world.session?.personId === person.id && world.session.kbo === HERSTAPPE).toBe(false);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('searchTbUsers', () => {
  const none = { lastName: '', firstName: '', username: '', type: '', insz: '', status: '', application: '' };

  it('lists the LB first, then the co-LBs, then the users by name', () => {
    const types = searchTbUsers(initialWorld(), HERSTAPPE, none).map((u) => u.type);
    expect(types[0]).toBe('LB');
    expect(types.lastIndexOf('CoLB')).toBeLessThan(types.indexOf('USER'));
  });

  it('filters on every criterion, ignoring case and accents, the INSZ with or without separators', () => {
    const world = initialWorld();
    expect(searchTbUsers(world, HERSTAPPE, { ...none, lastName: 'CLAES' }).map((u) => u.username)).toEqual(['pclaes']);
    expect(searchTbUsers(world, HERSTAPPE, { ...none, insz: '79.05.22-087.74' }).map((u) => u.username)).toEqual(['pclaes']);
    expect(searchTbUsers(world, HERSTAPPE, { ...none, status: 'geblokkeerd' }).map((u) => u.username)).toEqual(['waerts']);
    expect(searchTbUsers(world, HERSTAPPE, { ...none, type: 'CoLB' })).toHaveLength(2);
    expect(searchTbUsers(world, HERSTAPPE, { ...none, application: 'chaman' }).map((u) => u.username)).toEqual(['kjacobs']);
    expect(searchTbUsers(world, HERSTAPPE, { ...none, firstName: 'ïnge' }).map((u) => u.username)).toEqual(['iverstraeten']);
  });
});
