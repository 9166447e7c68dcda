/**
 * The files' typed fields read as the rules of 003 ask: dates as dd/mm/jjjj, a period's start
 * mandatory and its end not before it, a form's effective date and aid. Used by the controller
 * (before a command), the connect (what the overview shows) and the basic rules' check.
 */
import { parseDisplayDate, type IsoDate } from '../domain/dates';
import { AIDS, type Aid } from '../world/forms';
import type { DossierContext, FieldErrors } from './dossier.machine';

/** Reads the typed period: start mandatory, end optional, end not before start. */
export function readPeriod(
  startText: string,
  endText: string,
  fields: { start: 'start' | 'consultStart'; end: 'end' | 'consultEnd' },
  endRequired = false,
): { errors: FieldErrors; start?: IsoDate; end: IsoDate | null } {
  const errors: FieldErrors = {};
  const start = parseDisplayDate(startText);
  if (!start.ok) errors[fields.start] = start.error;
  let end: IsoDate | null = null;
  if (endText.trim() !== '' || endRequired) {
    const parsed = parseDisplayDate(endText);
    if (!parsed.ok) errors[fields.end] = parsed.error;
    else end = parsed.date;
  }
  if (start.ok && end !== null && end < start.date) errors[fields.end] = 'endBeforeStart';
  return { errors, start: start.ok ? start.date : undefined, end };
}

/** The typed form, checked: the effective date always, the aid for forms B. */
export function readForm(ctx: DossierContext): { errors: FieldErrors; effective?: IsoDate; aid?: Aid } {
  const errors: FieldErrors = {};
  const effective = parseDisplayDate(ctx.effective);
  if (!effective.ok) errors.effective = effective.error;
  const aid = (AIDS as readonly string[]).includes(ctx.aid) ? (ctx.aid as Aid) : undefined;
  if (ctx.formType !== 'C' && !aid) errors.aid = 'missing';
  return { errors, effective: effective.ok ? effective.date : undefined, aid };
}
