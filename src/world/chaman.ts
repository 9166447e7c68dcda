/**
 * ChaMan's back end (004, "ChaMan"): an OCMW as sender, its contact person, its FTP/SFTP accounts,
 * its REST accounts and the delegation requests to software vendors. Every rule of the document is
 * checked before anything is saved; a refused command changes nothing. Passwords are checked, never kept.
 */
import {
  checkCertificate,
  checkPassword,
  checkUsername,
  isSoftwareVendor,
  MAX_ACCOUNTS_PER_TYPE,
  type CertificateDescription,
  type CertificateRule,
  type FtpPermission,
  type PasswordRule,
  type RestPermission,
  type UsernameRule,
  type Vendor,
} from '../domain/chaman';
import { plusDays } from '../domain/dates';
import { checkEmail, type EmailError } from '../domain/email';
import { mayUseChaman } from '../domain/toegangsbeheer';
import { accountOf } from './toegangsbeheer';
import type { ChamanContact, ChamanSender, DelegationRequest, FtpAccount, RestAccount, World } from './types';
import { done, refuse, type Command, type FormRefusal } from './result';

/** The certificate files on the simulated PC, as the learner can "upload" them (a description, not a file). */
export const PC_CERTIFICATES: readonly CertificateDescription[] = [
  { fileName: 'ocmw-herstappe-ftp.cer', keyType: 'RSA-2048', signature: 'SHA-256', selfSigned: false, keyUsage: ['digitalSignature', 'keyEncipherment'] },
  { fileName: 'ocmw-herstappe-ocmw-online.cer', keyType: 'P-384', signature: 'SHA-384', selfSigned: true, keyUsage: ['digitalSignature'] },
  { fileName: 'ocmw-herstappe.pfx', keyType: 'RSA-2048', signature: 'SHA-256', selfSigned: false, keyUsage: ['digitalSignature'] },
  { fileName: 'oud-certificaat-2015.cer', keyType: 'RSA-1024', signature: 'SHA-1', selfSigned: false, keyUsage: ['digitalSignature'] },
  { fileName: 'zelfgemaakt-zonder-sleutelgebruik.cer', keyType: 'RSA-2048', signature: 'SHA-256', selfSigned: true, keyUsage: [] },
];

export const pcCertificate = (fileName: string): CertificateDescription | undefined => PC_CERTIFICATES.find((c) => c.fileName === fileName);

/** "Uw verzendernummer": fixed per OCMW (derived from the KBO number so it is stable and fictional). */
const senderNumberOf = (kbo: string) => `1${kbo.slice(-5)}`;

export function senderOf(world: World, kbo: string): ChamanSender {
  return world.chaman.find((s) => s.kbo === kbo) ?? { kbo, senderNumber: senderNumberOf(kbo), contact: null, ftp: [], rest: [], delegations: [] };
}

function withSender(world: World, sender: ChamanSender): World {
  return { ...world, chaman: [...world.chaman.filter((s) => s.kbo !== sender.kbo), sender] };
}

/** 004: the (co-)Toegangsbeheerder of the capacity, or a user with "ChaMan - Technisch kanaalbeheer". */
export function mayManageChannels(world: World, personId: string, kbo: string): boolean {
  const account = accountOf(world, personId, kbo);
  return !!account && account.status === 'actief' && mayUseChaman(account.type, account.applications);
}

const nextId = (prefix: string, taken: readonly { id: string }[]) => {
  let n = taken.length + 1;
  while (taken.some((t) => t.id === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
};

/** Refused because the account or request the command names is not (or no longer) there. */
export type Missing = FormRefusal<'unknown'>;

// --- Contactgegevens ("Contactgegevens aanmaken (Eerste aanmelding als verzender)") ---

export type ContactErrors = Partial<Record<'name' | 'phoneCode' | 'phone' | 'email', 'empty' | 'format' | EmailError>>;

export function checkChamanContact(c: ChamanContact): ContactErrors {
  const errors: ContactErrors = {};
  if (c.name.trim() === '') errors.name = 'empty';
  const code = c.phoneCode.trim();
  if (code === '') errors.phoneCode = 'empty';
  else if (!/^\+\d{1,4}$/.test(code)) errors.phoneCode = 'format';
  const phone = c.phone.replace(/[\s./-]/g, '');
  if (phone === '') errors.phone = 'empty';
  else if (!/^\d{8,10}$/.test(phone)) errors.phone = 'format';
  const email = checkEmail(c.email);
  if (email) errors.email = email;
  return errors;
}

export function saveChamanContact(world: World, kbo: string, c: ChamanContact): Command<ContactErrors> {
  const errors = checkChamanContact(c);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const contact = { name: c.name.trim(), phoneCode: c.phoneCode.trim(), phone: c.phone.trim(), email: c.email.trim(), language: c.language };
  return { ok: true, world: withSender(world, { ...senderOf(world, kbo), contact }) };
}

// --- FTP / SFTP accounts ---

export interface FtpForm {
  type: 'FTP' | 'SFTP' | '';
  name: string;
  permissions: FtpPermission[];
  /** File name of a certificate on the simulated PC, '' when none was chosen. */
  certificateFile: string;
  certificateName: string;
  username: string;
  password: string;
}

export interface FtpErrors {
  type?: 'empty' | 'exists';
  name?: 'empty';
  permissions?: 'none';
  certificateFile?: 'empty' | CertificateRule[];
  certificateName?: 'empty';
  username?: UsernameRule[];
  password?: PasswordRule[];
}

/**
 * The rules of "Een FTP- of sFTP-account toevoegen". When an account is changed (`exceptId`), the
 * same rules apply to what is entered; its type stays, and an empty certificate or password keeps
 * the current one (a password is never kept, so it cannot be shown again).
 */
export function checkFtpForm(world: World, kbo: string, f: FtpForm, exceptId: string | null = null): FtpErrors {
  const errors: FtpErrors = {};
  const editing = exceptId !== null;
  if (f.type === '') errors.type = 'empty';
  else if (senderOf(world, kbo).ftp.filter((a) => a.id !== exceptId && a.type === f.type).length >= MAX_ACCOUNTS_PER_TYPE) errors.type = 'exists';
  if (f.name.trim() === '') errors.name = 'empty';
  // "Selecteer ten minste een beveiligde machtiging waarvoor je toegang verleent tot het kanaal FTP"
  if (f.permissions.length === 0) errors.permissions = 'none';
  const cert = pcCertificate(f.certificateFile);
  if (!cert) {
    if (!editing || f.certificateFile !== '') errors.certificateFile = 'empty';
  } else {
    const broken = checkCertificate(cert, 'ftp');
    if (broken.length > 0) errors.certificateFile = broken;
  }
  if (f.certificateName.trim() === '') errors.certificateName = 'empty';
  const username = checkUsername(f.username);
  if (username.length > 0) errors.username = username;
  if (!editing || f.password !== '') {
    const password = checkPassword(f.password);
    if (password.length > 0) errors.password = password;
  }
  return errors;
}

export function addFtpAccount(world: World, kbo: string, f: FtpForm): Command<FtpErrors> {
  const errors = checkFtpForm(world, kbo, f);
  if (Object.keys(errors).length > 0 || f.type === '') return { ok: false, errors };
  const sender = senderOf(world, kbo);
  const account: FtpAccount = {
    id: nextId('ftp', sender.ftp),
    type: f.type,
    name: f.name.trim(),
    permissions: [...new Set(f.permissions)],
    certificate: f.certificateName.trim(),
    username: f.username,
  };
  return { ok: true, world: withSender(world, { ...sender, ftp: [...sender.ftp, account] }) };
}

/** The form of a change, filled in with the account as it is (certificate and password left empty: kept). */
export function ftpEditForm(account: FtpAccount): FtpForm {
  return { type: account.type, name: account.name, permissions: [...account.permissions], certificateFile: '', certificateName: account.certificate, username: account.username, password: '' };
}

/** "wijzigingen aanbrengen" to an FTP/SFTP account, with the rules of its creation; the type stays. */
export function updateFtpAccount(world: World, kbo: string, id: string, f: FtpForm): Command<FtpErrors> {
  const sender = senderOf(world, kbo);
  const current = sender.ftp.find((a) => a.id === id);
  if (!current) return { ok: false, errors: { name: 'empty' } };
  const form = { ...f, type: current.type };
  const errors = checkFtpForm(world, kbo, form, id);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const changed: FtpAccount = { ...current, name: f.name.trim(), permissions: [...new Set(f.permissions)], certificate: f.certificateName.trim(), username: f.username };
  return { ok: true, world: withSender(world, { ...sender, ftp: sender.ftp.map((a) => (a.id === id ? changed : a)) }) };
}

export function deleteFtpAccount(world: World, kbo: string, id: string): Command<Missing> {
  const sender = senderOf(world, kbo);
  if (!sender.ftp.some((a) => a.id === id)) return refuse('unknown');
  return done(withSender(world, { ...sender, ftp: sender.ftp.filter((a) => a.id !== id) }));
}

// --- REST accounts and delegation requests ---

export interface RestForm {
  name: string;
  permissions: RestPermission[];
  management: 'intern' | 'extern' | '';
  certificateFile: string;
  vendor: Vendor | '';
}

export interface RestErrors {
  name?: 'empty' | 'exists';
  permissions?: 'none';
  management?: 'empty';
  certificateFile?: 'empty' | CertificateRule[];
  vendor?: 'empty' | 'notSoftwareVendor';
}

export function checkRestForm(world: World, kbo: string, f: RestForm, exceptId: string | null = null): RestErrors {
  const errors: RestErrors = {};
  const sender = senderOf(world, kbo);
  const name = f.name.trim();
  if (name === '') errors.name = 'empty';
  else if (
    sender.rest.some((a) => a.id !== exceptId && a.name.toLowerCase() === name.toLowerCase()) ||
    (exceptId === null && sender.delegations.some((d) => d.status === 'pending' && d.accountName.toLowerCase() === name.toLowerCase()))
  )
    errors.name = 'exists';
  if (f.permissions.length === 0) errors.permissions = 'none';
  if (exceptId !== null) return errors;
  if (f.management === '') errors.management = 'empty';
  if (f.management === 'intern') {
    const cert = pcCertificate(f.certificateFile);
    if (!cert) errors.certificateFile = 'empty';
    else {
      const broken = checkCertificate(cert, 'rest');
      if (broken.length > 0) errors.certificateFile = broken;
    }
  }
  if (f.management === 'extern') {
    if (f.vendor === '') errors.vendor = 'empty';
    else if (!isSoftwareVendor(f.vendor)) errors.vendor = 'notSoftwareVendor';
  }
  return errors;
}

/**
 * "Een Webservice account toevoegen" of type REST. Internal management loads the certificate and
 * creates the account; external management sends a delegation request to the software vendor, which
 * stays "In afwachting van antwoord van de technische tussenpersoon" until the vendor answers.
 */
export function addRestAccount(world: World, kbo: string, f: RestForm): Command<RestErrors> {
  const errors = checkRestForm(world, kbo, f);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const sender = senderOf(world, kbo);
  const permissions = [...new Set(f.permissions)];
  if (f.management === 'extern' && f.vendor !== '') {
    const request: DelegationRequest = {
      id: nextId('delegatie', sender.delegations),
      accountName: f.name.trim(),
      permissions,
      vendor: f.vendor,
      status: 'pending',
      requestedOn: world.today,
    };
    return { ok: true, world: withSender(world, { ...sender, delegations: [...sender.delegations, request] }) };
  }
  const account: RestAccount = { id: nextId('rest', sender.rest), name: f.name.trim(), permissions, management: 'intern', vendor: null, certificate: f.certificateFile };
  return { ok: true, world: withSender(world, { ...sender, rest: [...sender.rest, account] }) };
}

export const pendingDelegations = (world: World): { kbo: string; request: DelegationRequest }[] =>
  world.chaman.flatMap((s) => s.delegations.filter((d) => d.status === 'pending').map((request) => ({ kbo: s.kbo, request })));

/**
 * The software vendor's answer (simulated: the trainer's tools, or the simulated date moving on).
 * Accepted: "de softwareleverancier [zal] het certificaat opladen" and the REST account appears.
 */
export function answerDelegation(world: World, kbo: string, id: string, accept: boolean): Command<Missing> {
  const sender = senderOf(world, kbo);
  const request = sender.delegations.find((d) => d.id === id && d.status === 'pending');
  if (!request) return refuse('unknown');
  const delegations = sender.delegations.map((d) => (d.id === id ? { ...d, status: accept ? ('accepted' as const) : ('refused' as const) } : d));
  const rest: RestAccount[] = accept
    ? [
        ...sender.rest,
        {
          id: nextId('rest', sender.rest),
          name: request.accountName,
          permissions: [...request.permissions],
          management: 'extern',
          vendor: request.vendor,
          certificate: `${request.vendor} (technische tussenpersoon)`,
        },
      ]
    : sender.rest;
  return done(withSender(world, { ...sender, delegations, rest }));
}

/**
 * The OCMW withdraws a request the vendor has not answered yet: it leaves the list, the vendor no
 * longer sees it, and no REST account will come of it. An answered request stays as it is.
 */
export function withdrawDelegation(world: World, kbo: string, id: string): Command<Missing> {
  const sender = senderOf(world, kbo);
  if (!sender.delegations.some((d) => d.id === id && d.status === 'pending')) return refuse('unknown');
  return done(withSender(world, { ...sender, delegations: sender.delegations.filter((d) => d.id !== id) }));
}

/** Vendors answer within two days: moving the simulated date on that far accepts what is pending. */
export const VENDOR_ANSWER_DAYS = 2;

export function answerDueDelegations(world: World): World {
  let next = world;
  for (const { kbo, request } of pendingDelegations(world)) {
    if (world.today < plusDays(request.requestedOn, VENDOR_ANSWER_DAYS)) continue;
    const answered = answerDelegation(next, kbo, request.id, true);
    if (answered.ok) next = answered.world;
  }
  return next;
}

/** "wijzigingen aanbrengen": the name and the permissions of a REST account. */
export function updateRestAccount(world: World, kbo: string, id: string, f: Pick<RestForm, 'name' | 'permissions'>): Command<RestErrors> {
  const sender = senderOf(world, kbo);
  if (!sender.rest.some((a) => a.id === id)) return { ok: false, errors: { name: 'empty' } };
  const errors = checkRestForm(world, kbo, { ...f, management: '', certificateFile: '', vendor: '' }, id);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const rest = sender.rest.map((a) => (a.id === id ? { ...a, name: f.name.trim(), permissions: [...new Set(f.permissions)] } : a));
  return { ok: true, world: withSender(world, { ...sender, rest }) };
}

export function deleteRestAccount(world: World, kbo: string, id: string): Command<Missing> {
  const sender = senderOf(world, kbo);
  if (!sender.rest.some((a) => a.id === id)) return refuse('unknown');
  return done(withSender(world, { ...sender, rest: sender.rest.filter((a) => a.id !== id) }));
}
