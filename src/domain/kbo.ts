/**
 * KBO / ondernemingsnummer: 10 digits 0XXX.XXX.XXX, first digit 0 or 1,
 * check = 97 − (first 8 digits mod 97). Old 9-digit numbers get a leading 0.
 */

export type KboError = 'empty' | 'length' | 'characters' | 'firstDigit' | 'checksum';

export interface KboCheck {
  valid: boolean;
  error?: KboError;
  /** The normalised 10 digits, when the input had the right shape. */
  digits?: string;
}

export function kboDigits(input: string): string {
  const d = input.replace(/[\s.\-/]/g, '');
  return /^\d{9}$/.test(d) ? '0' + d : d;
}

export function checkKbo(input: string): KboCheck {
  const trimmed = input.trim().replace(/^BE\s?/i, '');
  if (trimmed === '') return { valid: false, error: 'empty' };
  const digits = kboDigits(trimmed);
  if (!/^\d+$/.test(digits)) return { valid: false, error: 'characters' };
  if (digits.length !== 10) return { valid: false, error: 'length' };
  if (digits[0] !== '0' && digits[0] !== '1') return { valid: false, error: 'firstDigit', digits };
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  if (Number(digits.slice(8)) !== expected) return { valid: false, error: 'checksum', digits };
  return { valid: true, digits };
}

export function isValidKbo(input: string): boolean {
  return checkKbo(input).valid;
}

/** "212333592" or "0212333592" → "0212.333.592". */
export function formatKbo(input: string): string {
  const d = kboDigits(input);
  if (!/^\d{10}$/.test(d)) return input;
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** The 9-digit form without leading zero that the portal's enterprise choice shows ("212333592"). */
export function shortKbo(input: string): string {
  const d = kboDigits(input);
  return d.startsWith('0') ? d.slice(1) : d;
}

/** Builds a valid KBO number from its first 8 digits, for fictional data and property tests. */
export function makeKbo(first8: string): string {
  const cc = String(97 - (Number(first8) % 97)).padStart(2, '0');
  return first8 + cc;
}
