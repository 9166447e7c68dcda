import { describe, expect, it } from 'vitest';
import { HERSTAPPE, initialWorld } from './seed';
import {
  addFtpAccount,
  addRestAccount,
  answerDelegation,
  answerDueDelegations,
  deleteFtpAccount,
  deleteRestAccount,
  ftpEditForm,
  mayManageChannels,
  saveChamanContact,
  senderOf,
  updateFtpAccount,
  updateRestAccount,
  withdrawDelegation,
} from './chaman';
import { validateWorld } from './validate';
import { EXAMPLE_FTP, EXAMPLE_REST } from './examples';
import type { World } from './types';

const world = initialWorld();
const ftp = EXAMPLE_FTP;
const rest = EXAMPLE_REST;
const must = (r: { ok: true; world: World } | { ok: false; errors: unknown }): World => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.world;
};

describe('access', () => {
  it('is for the (co-)TB of the capacity and users with "ChaMan - Technisch kanaalbeheer"', () => {
    expect(mayManageChannels(world, 'ann', HERSTAPPE)).toBe(true);
    expect(mayManageChannels(world, 'lotte', HERSTAPPE)).toBe(false);
    expect(mayManageChannels(world, 'bram', HERSTAPPE)).toBe(false);
  });
});

describe('contact details', () => {
  it('are asked at the first visit and checked', () => {
    expect(senderOf(world, HERSTAPPE).contact).toBeNull();
    const refused = saveChamanContact(world, HERSTAPPE, { name: '', phoneCode: '32', phone: '12', email: 'x', language: 'nl' });
    expect(refused).toEqual({ ok: false, errors: { name: 'empty', phoneCode: 'format', phone: 'format', email: 'format' } });
    const saved = must(saveChamanContact(world, HERSTAPPE, { name: 'Ann Wouters', phoneCode: '+32', phone: '456 98 65 32', email: 'ann@ocmw.be', language: 'nl' }));
    expect(senderOf(saved, HERSTAPPE).contact?.name).toBe('Ann Wouters');
  });
});

describe('FTP accounts', () => {
  it('creates an FTP account without keeping the password; one FTP channel per capacity', () => {
    const saved = must(addFtpAccount(world, HERSTAPPE, ftp));
    const account = senderOf(saved, HERSTAPPE).ftp[0]!;
    expect(account).toMatchObject({ type: 'FTP', name: 'EXPOCMWHERSTAPPE', username: 'ocmwhrst1' });
    expect(JSON.stringify(saved)).not.toContain('Oefen;2025!');
    expect(validateWorld(saved).ok).toBe(true);
    expect(addFtpAccount(saved, HERSTAPPE, ftp)).toMatchObject({ ok: false, errors: { type: 'exists' } });
    expect(addFtpAccount(saved, HERSTAPPE, { ...ftp, type: 'SFTP' }).ok).toBe(true);
  });

  it('names every broken rule: permission, certificate, username, password', () => {
    const r = addFtpAccount(world, HERSTAPPE, {
      ...ftp,
      type: '',
      name: ' ',
      permissions: [],
      certificateFile: 'ocmw-herstappe.pfx',
      certificateName: '',
      username: 'ocmw herstappe',
      password: 'geheim',
    });
    expect(r).toEqual({
      ok: false,
      errors: {
        type: 'empty',
        name: 'empty',
        permissions: 'none',
        certificateFile: ['pfx'],
        certificateName: 'empty',
        username: ['spaces', 'tooLong'],
        password: ['tooFewSpecial'],
      },
    });
  });

  it('refuses a self-signed certificate for FTP, and an old key and signature', () => {
    expect(addFtpAccount(world, HERSTAPPE, { ...ftp, certificateFile: 'ocmw-herstappe-ocmw-online.cer' })).toMatchObject({ errors: { certificateFile: ['selfSignedFtp'] } });
    expect(addFtpAccount(world, HERSTAPPE, { ...ftp, certificateFile: 'oud-certificaat-2015.cer' })).toMatchObject({ errors: { certificateFile: ['keySize', 'signature'] } });
    expect(addFtpAccount(world, HERSTAPPE, { ...ftp, certificateFile: '' })).toMatchObject({ errors: { certificateFile: 'empty' } });
  });
});

describe('changing and deleting an FTP account', () => {
  const saved = must(addFtpAccount(world, HERSTAPPE, ftp));
  const account = senderOf(saved, HERSTAPPE).ftp[0]!;

  it('keeps the type, the certificate and the password when they are left as they are', () => {
    const changed = must(updateFtpAccount(saved, HERSTAPPE, account.id, { ...ftpEditForm(account), type: 'SFTP', name: 'EXPNIEUW', permissions: ['mediprimaAfrekening'] }));
    expect(senderOf(changed, HERSTAPPE).ftp).toEqual([{ ...account, name: 'EXPNIEUW', permissions: ['mediprimaAfrekening'] }]);
    expect(validateWorld(changed).ok).toBe(true);
  });

  it('applies the rules of creation to what is entered', () => {
    const r = updateFtpAccount(saved, HERSTAPPE, account.id, {
      ...ftpEditForm(account),
      name: '',
      permissions: [],
      certificateFile: 'ocmw-herstappe-ocmw-online.cer',
      certificateName: ' ',
      username: 'te lange naam',
      password: 'geheim',
    });
    expect(r).toEqual({
      ok: false,
      errors: { name: 'empty', permissions: 'none', certificateFile: ['selfSignedFtp'], certificateName: 'empty', username: ['spaces', 'tooLong'], password: ['tooFewSpecial'] },
    });
    const changed = must(updateFtpAccount(saved, HERSTAPPE, account.id, { ...ftpEditForm(account), certificateFile: 'ocmw-herstappe-ftp.cer', certificateName: 'Nieuw', password: 'Nieuw;2025!' }));
    expect(senderOf(changed, HERSTAPPE).ftp[0]!.certificate).toBe('Nieuw');
    expect(JSON.stringify(changed)).not.toContain('Nieuw;2025!');
    expect(updateFtpAccount(saved, HERSTAPPE, 'ftp-9', ftpEditForm(account)).ok).toBe(false);
  });

  it('deletes it; then a new FTP channel can be made', () => {
    const deleted = must(deleteFtpAccount(saved, HERSTAPPE, account.id));
    expect(senderOf(deleted, HERSTAPPE).ftp).toEqual([]);
    expect(deleteFtpAccount(deleted, HERSTAPPE, account.id)).toMatchObject({ ok: false, errors: { form: 'unknown' } });
    expect(addFtpAccount(deleted, HERSTAPPE, ftp).ok).toBe(true);
  });
});

describe('REST accounts', () => {
  it('external management creates a delegation request; the vendor accepting creates the account', () => {
    const requested = must(addRestAccount(world, HERSTAPPE, rest));
    const sender = senderOf(requested, HERSTAPPE);
    expect(sender.rest).toEqual([]);
    expect(sender.delegations).toMatchObject([{ accountName: 'OCMW Online', vendor: 'Cevi - Logins', status: 'pending', requestedOn: world.today }]);
    expect(addRestAccount(requested, HERSTAPPE, rest)).toMatchObject({ ok: false, errors: { name: 'exists' } });
    const accepted = must(answerDelegation(requested, HERSTAPPE, sender.delegations[0]!.id, true));
    expect(senderOf(accepted, HERSTAPPE).rest).toMatchObject([{ name: 'OCMW Online', management: 'extern', vendor: 'Cevi - Logins' }]);
    expect(senderOf(accepted, HERSTAPPE).delegations[0]!.status).toBe('accepted');
    expect(answerDelegation(accepted, HERSTAPPE, sender.delegations[0]!.id, true)).toMatchObject({ ok: false, errors: { form: 'unknown' } });
  });

  it('a refused delegation creates nothing', () => {
    const requested = must(addRestAccount(world, HERSTAPPE, rest));
    const refused = must(answerDelegation(requested, HERSTAPPE, senderOf(requested, HERSTAPPE).delegations[0]!.id, false));
    expect(senderOf(refused, HERSTAPPE).rest).toEqual([]);
    expect(senderOf(refused, HERSTAPPE).delegations[0]!.status).toBe('refused');
  });

  it('a pending request can be withdrawn: the vendor never answers it and no REST account comes of it', () => {
    const requested = must(addRestAccount(world, HERSTAPPE, rest));
    const id = senderOf(requested, HERSTAPPE).delegations[0]!.id;
    const withdrawn = must(withdrawDelegation(requested, HERSTAPPE, id));
    expect(senderOf(withdrawn, HERSTAPPE).delegations).toEqual([]);
    expect(validateWorld(withdrawn).ok).toBe(true);
    expect(answerDelegation(withdrawn, HERSTAPPE, id, true)).toMatchObject({ ok: false, errors: { form: 'unknown' } });
    expect(senderOf(answerDueDelegations({ ...withdrawn, today: '2025-03-01' }), HERSTAPPE).rest).toEqual([]);
    expect(withdrawDelegation(withdrawn, HERSTAPPE, id)).toMatchObject({ ok: false, errors: { form: 'unknown' } });
    // The name is free again for a new request.
    expect(addRestAccount(withdrawn, HERSTAPPE, rest).ok).toBe(true);
    // An answered request is not withdrawn.
    expect(withdrawDelegation(must(answerDelegation(requested, HERSTAPPE, id, false)), HERSTAPPE, id)).toMatchObject({ ok: false, errors: { form: 'unknown' } });
  });

  it('the vendor answers once the simulated date has moved two days on', () => {
    const requested = must(addRestAccount(world, HERSTAPPE, rest));
    expect(answerDueDelegations({ ...requested, today: '2025-02-04' })).toEqual({ ...requested, today: '2025-02-04' });
    expect(senderOf(answerDueDelegations({ ...requested, today: '2025-02-05' }), HERSTAPPE).rest).toHaveLength(1);
  });

  it('refuses Smals as software vendor, a missing choice, and checks an internal certificate (self-signed allowed for REST)', () => {
    expect(addRestAccount(world, HERSTAPPE, { ...rest, vendor: 'Smals' })).toMatchObject({ errors: { vendor: 'notSoftwareVendor' } });
    expect(addRestAccount(world, HERSTAPPE, { ...rest, management: '', permissions: [] })).toMatchObject({ errors: { management: 'empty', permissions: 'none' } });
    const intern = must(addRestAccount(world, HERSTAPPE, { ...rest, management: 'intern', certificateFile: 'ocmw-herstappe-ocmw-online.cer' }));
    expect(senderOf(intern, HERSTAPPE).rest).toMatchObject([{ management: 'intern', certificate: 'ocmw-herstappe-ocmw-online.cer' }]);
    expect(addRestAccount(world, HERSTAPPE, { ...rest, management: 'intern', certificateFile: 'zelfgemaakt-zonder-sleutelgebruik.cer' })).toMatchObject({
      errors: { certificateFile: ['keyUsage'] },
    });
  });

  it('changes and deletes a REST account', () => {
    const intern = must(addRestAccount(world, HERSTAPPE, { ...rest, management: 'intern', certificateFile: 'ocmw-herstappe-ftp.cer' }));
    const id = senderOf(intern, HERSTAPPE).rest[0]!.id;
    const changed = must(updateRestAccount(intern, HERSTAPPE, id, { name: 'CPAS Online', permissions: ['signaletiekRaadplegen'] }));
    expect(senderOf(changed, HERSTAPPE).rest[0]).toMatchObject({ name: 'CPAS Online', permissions: ['signaletiekRaadplegen'] });
    expect(updateRestAccount(intern, HERSTAPPE, id, { name: '', permissions: [] })).toMatchObject({ errors: { name: 'empty', permissions: 'none' } });
    expect(senderOf(must(deleteRestAccount(changed, HERSTAPPE, id)), HERSTAPPE).rest).toEqual([]);
    expect(deleteRestAccount(changed, HERSTAPPE, 'rest-9')).toMatchObject({ ok: false, errors: { form: 'unknown' } });
  });
});
