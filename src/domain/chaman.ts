/**
 * ChaMan's rules (guidelines 004, "Regels omtrent de gebruikersnaam / het wachtwoord / certificaten").
 * Each check returns every rule the input breaks, so that each gets its own message.
 */

export type UsernameRule = 'empty' | 'characters' | 'tooLong' | 'spaces';
export type PasswordRule = 'empty' | 'tooLong' | 'spaces' | 'tooFewSpecial' | 'forbiddenCharacter';
export type CertificateRule = 'pfx' | 'format' | 'keySize' | 'signature' | 'selfSignedFtp' | 'keyUsage';

export const USERNAME_MAX = 10;
export const PASSWORD_MAX = 15;
export const PASSWORD_MIN_SPECIAL = 2;
/**
 * "Alleen de volgende speciale tekens zijn toegestaan : ,;:=?./+*$%<>&@#'(!)}-_". The document's
 * text shows "\$": taken as an escaped "$" from its conversion, so the backslash is not allowed.
 */
export const PASSWORD_SPECIALS = ",;:=?./+*$%<>&@#'(!)}-_";

/** "Alleen cijfers (0-9) en letters van het alfabet", "Maximale lengte : 10 tekens", "Spaties zijn niet toegestaan". */
export function checkUsername(username: string): UsernameRule[] {
  if (username === '') return ['empty'];
  const broken: UsernameRule[] = [];
  if (/\s/.test(username)) broken.push('spaces');
  if (/[^0-9A-Za-z\s]/.test(username)) broken.push('characters');
  if ([...username].length > USERNAME_MAX) broken.push('tooLong');
  return broken;
}

/** The characters of a password that are neither letters, digits nor allowed specials. */
export function forbiddenCharacters(password: string): string[] {
  return [...new Set([...password].filter((c) => !/[0-9A-Za-z\s]/.test(c) && !PASSWORD_SPECIALS.includes(c)))];
}

/** "Maximale lengte : 15 tekens", no spaces, "Minstens 2 niet-alfanumerieke tekens", only the listed specials. Case-sensitive. */
export function checkPassword(password: string): PasswordRule[] {
  if (password === '') return ['empty'];
  const broken: PasswordRule[] = [];
  if ([...password].length > PASSWORD_MAX) broken.push('tooLong');
  if (/\s/.test(password)) broken.push('spaces');
  const specials = [...password].filter((c) => !/[0-9A-Za-z\s]/.test(c)).length;
  if (specials < PASSWORD_MIN_SPECIAL) broken.push('tooFewSpecial');
  if (forbiddenCharacters(password).length > 0) broken.push('forbiddenCharacter');
  return broken;
}

export const KEY_TYPES = ['RSA-2048', 'RSA-3072', 'RSA-4096', 'P-384', 'P-521'] as const;
export const SIGNATURES = ['SHA-256', 'SHA-384', 'SHA-512'] as const;

/** What the simulator knows of an uploaded certificate (a description, not a real file). */
export interface CertificateDescription {
  fileName: string;
  keyType: string;
  signature: string;
  selfSigned: boolean;
  /** e.g. ['digitalSignature'] */
  keyUsage: readonly string[];
}

/**
 * Certificate rules: key RSA-2048/3072/4096, P-384, P-521; signature SHA-256/384/512; global signed,
 * or self-signed for REST accounts only, with key usage "digital signature"; format .cer (.pfx is
 * not compatible).
 */
export function checkCertificate(cert: CertificateDescription, account: 'ftp' | 'rest'): CertificateRule[] {
  const broken: CertificateRule[] = [];
  const name = cert.fileName.trim().toLowerCase();
  if (name.endsWith('.pfx')) broken.push('pfx');
  else if (!name.endsWith('.cer')) broken.push('format');
  if (!(KEY_TYPES as readonly string[]).includes(cert.keyType)) broken.push('keySize');
  if (!(SIGNATURES as readonly string[]).includes(cert.signature)) broken.push('signature');
  if (cert.selfSigned && account === 'ftp') broken.push('selfSignedFtp');
  if (cert.selfSigned && !cert.keyUsage.includes('digitalSignature')) broken.push('keyUsage');
  return broken;
}

/** "Beveiligde machtigingen" of an FTP account (004: "Selecteer ten minste een beveiligde machtiging"). */
export const FTP_PERMISSIONS = ['knipperlichten', 'mutatiesRijksregister', 'mediprimaAfrekening', 'novaprimaWaarschuwingen'] as const;
export type FtpPermission = (typeof FTP_PERMISSIONS)[number];

/** The four OCMW Online permissions of a REST account. */
export const REST_PERMISSIONS = ['ocmwOnlineAdministratie', 'ocmwOnlineProces', 'signaletiekBewerken', 'signaletiekRaadplegen'] as const;
export type RestPermission = (typeof REST_PERMISSIONS)[number];

/** "Ondernemingsnummer van de externe onderneming": the list of 004. */
export const VENDORS = ['Cevi - Logins', 'Cipal - Schaubroeck', 'Civadis', 'Sociabili (CPAS de Charleroi)', 'Digipolis Antwerpen', 'Smals'] as const;
export type Vendor = (typeof VENDORS)[number];

/** 004: "Kies de juiste onderneming, uw softwareleverancier (niet Smals)". */
export const isSoftwareVendor = (vendor: Vendor): boolean => vendor !== 'Smals';

/** 004, "Per hoedanigheid": 1 FTP channel and 1 SFTP channel, unlimited REST accounts. */
export const MAX_ACCOUNTS_PER_TYPE = 1;

/** The account name 004 recommends for the REST account of OCMW Online. */
export const SUGGESTED_REST_NAME = 'OCMW Online';
