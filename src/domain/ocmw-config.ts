/**
 * OCMW-configuratie (guidelines 004): the mutation types an OCMW may receive, the lists of technical
 * service providers, and the checks of "Contactgegevens". The Dutch texts of the lists are the
 * document's own; they are names, so they are not translated.
 */
import { checkEmail, type EmailError } from './email';

/** A row of the table "Mutaties | Selectie": a type, or a group heading whose sub-types follow. */
export type MutationRow = { kind: 'type'; code: string; label: string } | { kind: 'group'; code: string };

/** The table of 004, in its order. Group headings (MURA, MUPS) have no checkbox of their own. */
export const MUTATION_ROWS: readonly MutationRow[] = [
  { kind: 'type', code: 'MURG', label: 'MURG Rijksregister, Wachtregister en Verblijfsvergunningen (Vervangt de MURN, MURA en MUPS)' },
  { kind: 'type', code: 'MUFC', label: 'MUFC Rijksregister - informaties specifiek aan de gezinssamenstelling' },
  { kind: 'type', code: 'MUSE', label: 'MUSE Activiteiten van zelfstandige (Vervangt de MUIA)' },
  { kind: 'type', code: 'MURN', label: 'MURN Rijksregister' },
  { kind: 'type', code: 'MUIA', label: 'MUIA Activiteiten van zelfstandigen' },
  { kind: 'type', code: 'MUPF', label: 'MUPF Personeelsbestand' },
  { kind: 'type', code: 'MUPK', label: 'MUPK Pensioenkadaster' },
  { kind: 'group', code: 'MURA' },
  { kind: 'type', code: 'H205', label: '-H205 Hoedanigheid van een persoon ingeschreven in het wachtregister (vluchteling, huwelijkspartner, kind) en van de datum van de aanvraag.' },
  { kind: 'type', code: 'H206', label: '-H206 Situatie van een persoon ingeschreven in het wachtregister en historiek.' },
  { kind: 'type', code: 'H207', label: "-H207 OCMW's of opvangcentra die een persoon, ingeschreven in het wachtregister, te laste hebben." },
  { kind: 'type', code: 'H210', label: '-H210 Soort register waarin een persoon ingeschreven is' },
  { kind: 'type', code: 'H211', label: '-H211 Soort document gebruikt om de identiteit van een persoon op te maken voor haar inschrijving in een register.' },
  { kind: 'type', code: 'H212', label: '-H212 Verblijfplaats gekozen door een persoon' },
  { kind: 'type', code: 'H213', label: '-H213 Alias - andere namen en voornamen van een persoon' },
  { kind: 'group', code: 'MUPS' },
  { kind: 'type', code: 'T1195', label: '-T1195 Verblijfsvergunning van een vreemdeling - identiteitsbewijs' },
  { kind: 'type', code: 'T1197', label: '-T1197 Verblijfsvergunning van een vreemdeling - beroepskaart' },
  { kind: 'type', code: 'T1198', label: '-T1198 Verblijfsvergunning van een vreemdeling - arbeidskaart' },
  { kind: 'type', code: 'T1202', label: '-T1202 Verblijfsvergunning van een vreemdeling - speciale informaties' },
];

export const MUTATION_CODES: readonly string[] = MUTATION_ROWS.flatMap((r) => (r.kind === 'type' ? [r.code] : []));

/** "Wie is uw netwerkprovider?" (the document's "Ciral" is read as Cipal, its other lists' spelling). */
export const NETWORK_PROVIDERS = ['Cipal', 'Irisnet', 'Publilink', 'Publiwin', 'Schaubroeck', 'Telenet', 'Vera', 'Win', 'Andere'] as const;

/** "Wie is (zijn) uw sociale softwareleverancier(s)?" */
export const SOFTWARE_VENDORS = ['Cevi - Logins', 'Cipal - Schaubroeck', 'Civadis', 'OCMW van Charleroi', 'Digipolis', 'POD-MI / Smals', 'Andere'] as const;

/** "Welk(e) programma(s) gebruikt uw centrum ?" */
export const PROGRAMS = [
  'Acropole Dossiers sociaux',
  'KnutspuntBank',
  'CPAS2000',
  'EDS',
  'Neptunus',
  'NewHorizon(NH)',
  'Pegasus sociale',
  'PrimaWeb',
  'Sierra 2.0',
  'Sociabili',
] as const;

/** The three languages of the address: "U moet de straat en de stad van het OCMW in alle drie de talen invoeren." */
export const ADDRESS_LANGUAGES = ['nl', 'fr', 'de'] as const;
export type AddressLanguage = (typeof ADDRESS_LANGUAGES)[number];
export type Trilingual = Record<AddressLanguage, string>;

export interface ContactDetails {
  street: Trilingual;
  number: string;
  box: string;
  postcode: string;
  city: Trilingual;
  phone: string;
  email: string;
}

export type ContactField = `street.${AddressLanguage}` | `city.${AddressLanguage}` | 'number' | 'postcode' | 'phone' | 'email';
export type ContactError = 'empty' | 'postcode' | 'phone' | EmailError;

/** "stel deze waarde in voor alle talen": the value of one language copied to the other two. */
export const forAllLanguages = (values: Trilingual, from: AddressLanguage): Trilingual => ({ nl: values[from], fr: values[from], de: values[from] });

/**
 * Fields marked * are required (street and city in the three languages, number, postcode, the
 * reception's phone number); a Belgian postcode has four digits; the e-mail is optional but must
 * be an address when given.
 */
export function checkContactDetails(c: ContactDetails): Partial<Record<ContactField, ContactError>> {
  const errors: Partial<Record<ContactField, ContactError>> = {};
  for (const lang of ADDRESS_LANGUAGES) {
    if (c.street[lang].trim() === '') errors[`street.${lang}`] = 'empty';
    if (c.city[lang].trim() === '') errors[`city.${lang}`] = 'empty';
  }
  if (c.number.trim() === '') errors.number = 'empty';
  const postcode = c.postcode.trim();
  if (postcode === '') errors.postcode = 'empty';
  else if (!/^[1-9]\d{3}$/.test(postcode)) errors.postcode = 'postcode';
  const phone = c.phone.trim();
  if (phone === '') errors.phone = 'empty';
  else if (!/^\+?[\d\s./()-]{8,20}$/.test(phone) || phone.replace(/\D/g, '').length < 8) errors.phone = 'phone';
  if (c.email.trim() !== '') {
    const email = checkEmail(c.email);
    if (email) errors.email = email;
  }
  return errors;
}

/** "Technische dienstverleners": a contact person (all fields optional; an e-mail, when given, must be one). */
export interface ContactPerson {
  lastName: string;
  firstName: string;
  email: string;
  phone: string;
}

export interface TechnicalProviders {
  network: string;
  networkOther: string;
  vendors: string[];
  programs: string[];
  programsNote: string;
  technicalContact: ContactPerson;
  testContact: ContactPerson;
  remarks: string;
}

export type ProvidersField = 'networkOther' | 'technicalContact.email' | 'testContact.email';

/** "Andere" asks for the name of the other provider; contact e-mails must be addresses. */
export function checkProviders(p: TechnicalProviders): Partial<Record<ProvidersField, 'empty' | EmailError>> {
  const errors: Partial<Record<ProvidersField, 'empty' | EmailError>> = {};
  if (p.network === 'Andere' && p.networkOther.trim() === '') errors.networkOther = 'empty';
  for (const who of ['technicalContact', 'testContact'] as const) {
    if (p[who].email.trim() !== '') {
      const email = checkEmail(p[who].email);
      if (email) errors[`${who}.email`] = email;
    }
  }
  return errors;
}
