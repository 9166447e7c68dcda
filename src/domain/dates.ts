/**
 * Calendar dates as the simulator stores them (ISO "yyyy-mm-dd", no time, no time zone) and as
 * PrimaWeb shows them ("dd/mm/jjjj"). Month arithmetic is date-fns's, never hand-rolled.
 */
import { addDays, addMonths, addYears, differenceInCalendarDays, format, isValid, parse, parseISO } from 'date-fns';

/** An ISO calendar date, "2015-01-31". */
export type IsoDate = string;

export type DateInputError = 'empty' | 'format' | 'impossible';

const DISPLAY = 'dd/MM/yyyy';
const ISO = 'yyyy-MM-dd';

const toDate = (iso: IsoDate) => parseISO(iso);
const toIso = (date: Date) => format(date, ISO);

/** Reads "dd/mm/jjjj" as typed by a learner; "31/02/2025" is impossible, "1/2/25" is a format error. */
export function parseDisplayDate(input: string): { ok: true; date: IsoDate } | { ok: false; error: DateInputError } {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const parts = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!parts) return { ok: false, error: 'format' };
  const date = parse(text, DISPLAY, new Date(2000, 0, 1));
  // date-fns rejects 31/02 (it does not roll over), and we check the parts came back unchanged.
  if (!isValid(date) || format(date, DISPLAY) !== text) return { ok: false, error: 'impossible' };
  return { ok: true, date: toIso(date) };
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(toDate(value)) && toIso(toDate(value)) === value;
}

/** The real date of the learner's computer (the simulated date lives in the world). */
export const realToday = (): IsoDate => toIso(new Date());

/** "2015-01-31" → "31/01/2015". */
export function displayDate(iso: IsoDate): string {
  return format(toDate(iso), DISPLAY);
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
