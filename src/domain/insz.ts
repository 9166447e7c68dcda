/**
 * INSZ (rijksregisternummer / BIS-nummer): 11 digits YYMMDD SSS CC, shown YY.MM.DD-SSS.CC.
 * CC = 97 − (YYMMDDSSS mod 97); for births from 2000 on, the check is computed on "2" + YYMMDDSSS.
 * We cannot tell the century from the number, so a number is valid when either variant matches.
 */

export type InszError = 'empty' | 'length' | 'characters' | 'checksum' | 'date';

export interface InszCheck {
  valid: boolean;
  error?: InszError;
  /** The 11 digits without separators, when the input had the right shape. */
  digits?: string;
}

const SEPARATORS = /[\s.\-/]/g;

export function inszDigits(input: string): string {
  return input.replace(SEPARATORS, '');
}

function checkDigits(base9: string, born2000: boolean): number {
  const n = BigInt((born2000 ? '2' : '') + base9);
  return 97 - Number(n % 97n);
}

/** Month part of the birth date: BIS numbers add 20 (sex unknown) or 40 (sex known). */
function plausibleDate(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const realMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  // Month and day 00 are legal: people whose birth date is (partly) unknown.
  return realMonth <= 12 && day <= 31;
}

export function checkInsz(input: string): InszCheck {
  const trimmed = input.trim();
  if (trimmed === '') return { valid: false, error: 'empty' };
  const digits = inszDigits(trimmed);
  if (!/^\d+$/.test(digits)) return { valid: false, error: 'characters' };
  if (digits.length !== 11) return { valid: false, error: 'length' };
  if (!plausibleDate(digits)) return { valid: false, error: 'date', digits };
  const base = digits.slice(0, 9);
  const check = Number(digits.slice(9));
  if (check !== checkDigits(base, false) && check !== checkDigits(base, true)) {
    return { valid: false, error: 'checksum', digits };
  }
  return { valid: true, digits };
}

export function isValidInsz(input: string): boolean {
  return checkInsz(input).valid;
}

/** "85073003328" → "85.07.30-033.28". Input that is not 11 digits is returned unchanged. */
export function formatInsz(input: string): string {
  const d = inszDigits(input);
  if (!/^\d{11}$/.test(d)) return input;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/** Builds a valid INSZ from its parts, for fictional data and property tests. */
export function makeInsz(yymmdd: string, serial: number, born2000: boolean): string {
  const base = yymmdd + String(serial).padStart(3, '0');
  const cc = String(checkDigits(base, born2000)).padStart(2, '0');
  return base + cc;
}
