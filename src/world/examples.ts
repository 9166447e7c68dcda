/**
 * Example entries with the values the guidelines (004) use or suggest, filled in by the scenarios'
 * demos and by the tests: one valid form per application, so both speak of the same thing.
 */
import { REST_PERMISSIONS } from '../domain/chaman';
import type { TbUserForm } from '../domain/toegangsbeheer';
import type { FtpForm, RestForm } from './chaman';
import type { ContactDetails } from '../domain/ocmw-config';
import type { ChamanContact } from './types';

/** Bram Peeters, the new colleague, added in Toegangsbeheer with "Sociale Agent". */
export const EXAMPLE_NEW_USER: TbUserForm = {
  usernameFirst: 'bpeeters',
  usernameConfirm: 'bpeeters',
  passwordFirst: 'Oefenen!2025',
  passwordConfirm: 'Oefenen!2025',
  lastName: 'Peeters',
  firstName: 'Bram',
  title: 'deHeer',
  insz: '86.04.12-057.59',
  language: 'nl',
  email: 'bram.peeters@ocmw-herstappe.be',
  localEmail: '',
  applications: ['socialeAgent'],
};

/** ChaMan's "Contactgegevens" at the first visit (004 shows +32 and a mobile number). */
export const EXAMPLE_CONTACT: ChamanContact = { name: 'Ann Wouters', phoneCode: '+32', phone: '456986532', email: 'ann.wouters@ocmw-herstappe.be', language: 'nl' };

/** An FTP account that keeps every rule: a global signed .cer, a 9-character username, 2 specials. */
export const EXAMPLE_FTP: FtpForm = {
  type: 'FTP',
  name: 'EXPOCMWHERSTAPPE',
  permissions: ['mutatiesRijksregister'],
  certificateFile: 'ocmw-herstappe-ftp.cer',
  certificateName: 'OCMW Herstappe FTP',
  username: 'ocmwhrst1',
  password: 'Oefen;2025!',
};

/** The REST account 004 asks for: "OCMW Online", the four permissions, managed by the software vendor. */
export const EXAMPLE_REST: RestForm = { name: 'OCMW Online', permissions: [...REST_PERMISSIONS], management: 'extern', certificateFile: '', vendor: 'Cevi - Logins' };

/** OCMW-configuratie's "Contactgegevens" of Herstappe, the same in the three languages. */
export const EXAMPLE_ADDRESS: ContactDetails = {
  street: { nl: 'Dorpsstraat', fr: 'Dorpsstraat', de: 'Dorpsstraat' },
  number: '1',
  box: '',
  postcode: '4042',
  city: { nl: 'Herstappe', fr: 'Herstappe', de: 'Herstappe' },
  phone: '012 34 56 78',
  email: '',
};
