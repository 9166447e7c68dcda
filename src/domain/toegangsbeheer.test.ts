import { describe, expect, it } from 'vitest';
import { checkTbUserForm, mayUseChaman, pageOfList, mayUseOcmwConfiguratie, primawebRolesFor, tbRights, type TbUserForm } from './toegangsbeheer';

const valid: TbUserForm = {
  usernameFirst: 'bpeeters',
  usernameConfirm: 'bpeeters',
  passwordFirst: 'Geheim!2025',
  passwordConfirm: 'Geheim!2025',
  lastName: 'Peeters',
  firstName: 'Bram',
  title: 'deHeer',
  insz: '85.07.30-033.28',
  language: 'nl',
  email: 'bram.peeters@ocmw-herstappe.be',
  localEmail: '',
  applications: ['socialeAgent'],
};

const fields = (form: Partial<TbUserForm>, taken: string[] = []) => checkTbUserForm({ ...valid, ...form }, taken);

describe('checkTbUserForm', () => {
  it('accepts a complete form', () => {
    expect(fields({})).toEqual([]);
  });

  it('names every empty required field ("De velden met een * moeten verplicht worden ingevuld")', () => {
    const empty = fields({ usernameFirst: '', usernameConfirm: '', passwordFirst: '', passwordConfirm: '', lastName: ' ', firstName: '', email: '' });
    expect(empty.map((e) => `${e.field}:${e.error}`)).toEqual([
      'usernameFirst:empty',
      'usernameConfirm:empty',
      'passwordFirst:empty',
      'passwordConfirm:empty',
      'lastName:empty',
      'firstName:empty',
      'email:empty',
    ]);
  });

  it('refuses confirmations that differ ("Voer twee keer ... in")', () => {
    expect(fields({ usernameConfirm: 'bpeeter' })).toEqual([{ field: 'usernameConfirm', error: 'mismatch' }]);
    expect(fields({ passwordConfirm: 'geheim!2025' })).toEqual([{ field: 'passwordConfirm', error: 'mismatch' }]);
  });

  it('refuses a username in use in the capacity, whatever its case, and one with spaces', () => {
    expect(fields({}, ['BPeeters'])).toEqual([{ field: 'usernameFirst', error: 'taken' }]);
    expect(fields({ usernameFirst: 'b peeters', usernameConfirm: 'b peeters' })).toEqual([{ field: 'usernameFirst', error: 'spaces' }]);
  });

  it('refuses a short password', () => {
    expect(fields({ passwordFirst: 'kort', passwordConfirm: 'kort' })).toEqual([{ field: 'passwordFirst', error: 'tooShort' }]);
  });

  it('refuses an invalid INSZ and invalid e-mail addresses; the local address is optional', () => {
    expect(fields({ insz: '85.07.30-033.29' })).toEqual([{ field: 'insz', error: 'checksum' }]);
    expect(fields({ insz: '' })).toEqual([{ field: 'insz', error: 'empty' }]);
    expect(fields({ email: 'bram@' })).toEqual([{ field: 'email', error: 'format' }]);
    expect(fields({ localEmail: 'geen adres' })).toEqual([{ field: 'localEmail', error: 'format' }]);
    expect(fields({ localEmail: 'bram@ocmw.be' })).toEqual([]);
  });
});

describe('tbRights', () => {
  it('lets the (co-)HTB appoint the TB and do everything else', () => {
    expect(tbRights({ htb: true, type: null, blocked: false })).toEqual({
      appointLb: true,
      addCoLb: true,
      addUser: true,
      removeUsers: true,
      blockUsers: true,
      changeApplications: true,
    });
  });

  it('lets the TB add and remove co-TBs and users, not appoint a TB', () => {
    const lb = tbRights({ htb: false, type: 'LB', blocked: false });
    expect(lb.appointLb).toBe(false);
    expect(lb.addCoLb && lb.addUser && lb.removeUsers && lb.blockUsers).toBe(true);
  });

  it('lets a co-TB add users and change applications only', () => {
    expect(tbRights({ htb: false, type: 'CoLB', blocked: false })).toEqual({
      appointLb: false,
      addCoLb: false,
      addUser: true,
      removeUsers: false,
      blockUsers: false,
      changeApplications: true,
    });
  });

  it('gives users and blocked managers nothing', () => {
    for (const actor of [
      { htb: false, type: 'USER' as const, blocked: false },
      { htb: false, type: null, blocked: false },
      { htb: false, type: 'LB' as const, blocked: true },
    ]) {
      expect(Object.values(tbRights(actor)).some(Boolean)).toBe(false);
    }
  });
});

describe('roles an account grants', () => {
  it('maps "Sociale Agent" and "OCMW-configuratie" to the PrimaWeb roles', () => {
    expect(primawebRolesFor('USER', ['socialeAgent'])).toEqual(['socialeAgent']);
    expect(primawebRolesFor('USER', ['socialeAgent', 'ocmwConfiguratie'])).toEqual(['socialeAgent', 'primawebBeheer']);
    expect(primawebRolesFor('USER', ['handiweb'])).toEqual([]);
  });

  it('gives (co-)Lokale beheerders PrimaWeb beheer, OCMW-configuratie and ChaMan', () => {
    expect(primawebRolesFor('CoLB', [])).toEqual(['primawebBeheer']);
    expect(mayUseOcmwConfiguratie('LB', [])).toBe(true);
    expect(mayUseChaman('CoLB', [])).toBe(true);
  });

  it('gives users OCMW-configuratie and ChaMan only through their applications', () => {
    expect(mayUseOcmwConfiguratie('USER', ['socialeAgent'])).toBe(false);
    expect(mayUseOcmwConfiguratie('USER', ['ocmwConfiguratie'])).toBe(true);
    expect(mayUseChaman('USER', ['socialeAgent'])).toBe(false);
    expect(mayUseChaman('USER', ['chaman'])).toBe(true);
  });
});

describe('pageOfList ("Gebruikers", ten a page)', () => {
  const users = Array.from({ length: 23 }, (_, i) => i);
  it('shows the page asked for, within the pages there are', () => {
    expect(pageOfList(users, 2)).toEqual({ page: 2, pages: 3, shown: users.slice(10, 20) });
    expect(pageOfList(users, 3).shown).toEqual([20, 21, 22]);
    expect(pageOfList(users, 9).page).toBe(3);
    expect(pageOfList(users, 0).page).toBe(1);
    expect(pageOfList(users, Number.NaN).page).toBe(1);
  });
  it('an empty list has one empty page', () => {
    expect(pageOfList([], 4)).toEqual({ page: 1, pages: 1, shown: [] });
  });
});
