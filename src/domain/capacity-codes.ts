/**
 * Capacity codes (hoedanigheidscodes) of integrations, with their maximum periods (manual 003,
 * section 1). Labels are in the message catalogs under `code.<code>`.
 */
import { endOfYear, plusDays, plusMonths, plusYears, type IsoDate } from './dates';

export type MaxPeriod =
  | { kind: 'months'; months: number }
  | { kind: 'years'; years: number }
  | { kind: 'unlimited' }
  | { kind: 'calendarYear' };

export interface CapacityCode {
  code: string;
  max: MaxPeriod;
  /** Codes 11 and 12: "De manuele integratie voor deze code is niet mogelijk." */
  manual: boolean;
  /** Codes 30 and 31 are integrated from their own screens (own manuals). */
  ownManual?: boolean;
}

export const CAPACITY_CODES: readonly CapacityCode[] = [
  { code: '01', max: { kind: 'months', months: 2 }, manual: true },
  { code: '02', max: { kind: 'years', years: 1 }, manual: true },
  { code: '03', max: { kind: 'years', years: 1 }, manual: true },
  { code: '04', max: { kind: 'years', years: 1 }, manual: true },
  { code: '05', max: { kind: 'years', years: 1 }, manual: true },
  { code: '06', max: { kind: 'years', years: 1 }, manual: true },
  { code: '07', max: { kind: 'years', years: 5 }, manual: true },
  { code: '08', max: { kind: 'years', years: 5 }, manual: true },
  { code: '09', max: { kind: 'years', years: 5 }, manual: true },
  { code: '11', max: { kind: 'unlimited' }, manual: false },
  { code: '12', max: { kind: 'years', years: 1 }, manual: false },
  { code: '30', max: { kind: 'years', years: 1 }, manual: true, ownManual: true },
  { code: '31', max: { kind: 'months', months: 1 }, manual: true, ownManual: true },
  { code: '40', max: { kind: 'calendarYear' }, manual: true },
];

const BY_CODE = new Map(CAPACITY_CODES.map((c) => [c.code, c]));

export function capacityCode(code: string): CapacityCode | undefined {
  return BY_CODE.get(code);
}

/** A new request integrates its main beneficiary in code 01 for 30 days (003, basic rules). */
export const AUTOMATIC_REQUEST_DAYS = 30;

/**
 * The last day a period starting on `start` may last: the day before the same date N months or
 * years later, so "max 2 maanden" from 01/12/2014 ends on 31/01/2015 (the manual's example);
 * code 40 runs to 31/12 of its year; null when unlimited.
 */
export function maxEnd(code: CapacityCode, start: IsoDate): IsoDate | null {
  switch (code.max.kind) {
    case 'months':
      return plusDays(plusMonths(start, code.max.months), -1);
    case 'years':
      return plusDays(plusYears(start, code.max.years), -1);
    case 'calendarYear':
      return endOfYear(start);
    case 'unlimited':
      return null;
  }
}
