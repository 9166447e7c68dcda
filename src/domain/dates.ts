/**
 * Calendar dates as the simulator stores them (ISO "yyyy-mm-dd", no time, no time zone) and as
 * PrimaWeb shows them ("dd/mm/jjjj"). Month arithmetic is date-fns's, never hand-rolled. Reading
 * and writing the two fixed formats is done here by hand: date-fns's `parse` and `format` carry
 * every token of every pattern (43 kB of the first screen's 380 kB, measured with npm run bench)
 * for two patterns of three numbers each.
 */
import { addDays, addMonths, addYears, differenceInCalendarDays } from 'date-fns';

/** An ISO calendar date, "2015-01-31". */
export type IsoDate = string;

export type DateInputError = 'empty' | 'format' | 'impossible';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A local calendar day from its three numbers, or null when they name no day (31/02, month 13). */
function dayOf(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  // Years 0–99 would be read as 1900–1999 by the Date constructor.
  date.setFullYear(year);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(iso: IsoDate): Date {
  const parts = ISO_PATTERN.exec(iso);
  return (parts && dayOf(Number(parts[1]), Number(parts[2]), Number(parts[3]))) || new Date(Number.NaN);
}

const toIso = (date: Date) => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;

/** Reads "dd/mm/jjjj" as typed by a learner; "31/02/2025" is impossible, "1/2/25" is a format error. */
export function parseDisplayDate(input: string): { ok: true; date: IsoDate } | { ok: false; error: DateInputError } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const parts = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!parts) return { ok: false, error: 'format' };
  // 31/02 does not roll over to 03/03: a day that does not exist is refused.
  const date = dayOf(Number(parts[3]), Number(parts[2]), Number(parts[1]));
  if (!date) return { ok: false, error: 'impossible' };
  return { ok: true, date: toIso(date) };
}

export function isIsoDate(value: string): boolean {
  const parts = ISO_PATTERN.exec(value);
  return parts !== null && dayOf(Number(parts[1]), Number(parts[2]), Number(parts[3])) !== null;
}

/** The real date of the learner's computer (the simulated date lives in the world). */
export const realToday = (): IsoDate => toIso(new Date());

/** "2015-01-31" → "31/01/2015". */
export function displayDate(iso: IsoDate): string {
  const date = toDate(iso);
  // Not a date (never in a validated world): shown as it is rather than as "NaN/NaN/NaN".
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate(), 2)}/${pad(date.getMonth() + 1, 2)}/${pad(date.getFullYear(), 4)}`;
}

export const plusDays = (iso: IsoDate, days: number): IsoDate => toIso(addDays(toDate(iso), days));
export const plusMonths = (iso: IsoDate, months: number): IsoDate => toIso(addMonths(toDate(iso), months));
export const plusYears = (iso: IsoDate, years: number): IsoDate => toIso(addYears(toDate(iso), years));

/** Days from a to b (b − a), counting calendar days. */
export const daysBetween = (a: IsoDate, b: IsoDate): number => differenceInCalendarDays(toDate(b), toDate(a));

/** The last day of the date's calendar year. */
export const endOfYear = (iso: IsoDate): IsoDate => `${iso.slice(0, 4)}-12-31`;

/** ISO dates compare correctly as strings. */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
