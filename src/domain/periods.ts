/**
 * Periods of integration: inclusive ranges of calendar days. Integrating adds a period (merged
 * with what touches it), disintegrating cuts one out (which may split a period in two, as in the
 * manual's example), and the basic rules ask whether a day is covered or two periods share a day.
 */
import { maxDate, minDate, plusDays, type IsoDate } from './dates';

export interface Period {
  start: IsoDate;
  /** Inclusive; null = open-ended (unlimited code, or a disintegration "from" a date). */
  end: IsoDate | null;
}

const after = (a: IsoDate | null, b: IsoDate | null) => (a === null ? b !== null : b !== null && a > b);
const endMax = (a: IsoDate | null, b: IsoDate | null) => (a === null || b === null ? null : maxDate(a, b));

export function contains(period: Period, day: IsoDate): boolean {
  return period.start <= day && (period.end === null || day <= period.end);
}

/** At least one day in common. */
export function overlaps(a: Period, b: Period): boolean {
  return (a.end === null || b.start <= a.end) && (b.end === null || a.start <= b.end);
}

/** Sorted, with overlapping or adjacent periods merged: the canonical form of a set of days. */
export function normalise(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && (last.end === null || p.start <= plusDays(last.end, 1))) {
      out[out.length - 1] = { start: last.start, end: endMax(last.end, p.end) };
    } else {
      out.push({ ...p });
    }
  }
  return out;
}

/** Adds a period to a set. */
export function union(periods: readonly Period[], added: Period): Period[] {
  return normalise([...periods, added]);
}

/** Removes a period's days from a set; what remains on either side stays (the split). */
export function subtract(periods: readonly Period[], cut: Period): Period[] {
  const out: Period[] = [];
  for (const p of normalise(periods)) {
    if (!overlaps(p, cut)) {
      out.push(p);
      continue;
    }
    if (p.start < cut.start) out.push({ start: p.start, end: plusDays(cut.start, -1) });
    if (cut.end !== null && after(p.end, cut.end)) out.push({ start: plusDays(cut.end, 1), end: p.end });
  }
  return out;
}

/** The days two sets have in common. */
export function intersection(a: readonly Period[], b: readonly Period[]): Period[] {
  const out: Period[] = [];
  for (const x of normalise(a)) {
    for (const y of normalise(b)) {
      if (!overlaps(x, y)) continue;
      const end = x.end === null ? y.end : y.end === null ? x.end : minDate(x.end, y.end);
      out.push({ start: maxDate(x.start, y.start), end });
    }
  }
  return normalise(out);
}

/** Whether the set covers every day of the period. */
export function covers(periods: readonly Period[], period: Period): boolean {
  return periods.reduce<Period[]>((rest, cut) => subtract(rest, cut), [period]).length === 0;
}
