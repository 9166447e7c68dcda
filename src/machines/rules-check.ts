/**
 * PrimaWeb's "Basisregels" page (beyond the real application, for learning): for a person of the
 * file and a typed date or period, whether a KSZ consultation, a form or a multifunctional attest
 * would pass the basic rules of manual 003 given the person's integrations by this OCMW, and which
 * rule decides. The page's typed fields are read here as the files' other forms are
 * (readPeriod); the page's "Nakijken" is an intent (`dossier.checkRules`), so guided mode
 * sees it, and its answer is the machine's.
 */
import { checkRule, type Rule, type RuleFailure } from '../domain/basic-rules';
import type { Period } from '../domain/periods';
import { ownPeriodsByCode } from '../world/integration-records';
import type { World } from '../world/types';
import { readPeriod } from './dossier.fields';
import type { FieldErrors } from './dossier.machine';

export const RULE_KINDS = ['ksz', 'kszCommonDay', 'leefloon', 'wet65', 'heating', 'attest'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A rule on a period (a common day in a consultation period, an attest's validity) asks for an end date too. */
export const needsPeriod = (kind: RuleKind) => kind === 'kszCommonDay' || kind === 'attest';

export interface RulesQuestion {
  clientId: string;
  kind: RuleKind;
  /** The day (consultation, effective date, delivery) or the period's start, as typed. */
  from: string;
  /** The period's end, as typed (rules on a period only). */
  to: string;
}

export type RulesAnswer =
  | { ok: false; error: NonNullable<FieldErrors[keyof FieldErrors]> }
  | { ok: true; allowed: boolean; failures: RuleFailure[]; rule: RuleKind };

export function checkBasicRules(world: World, kbo: string, q: RulesQuestion): RulesAnswer {
  if (!q.clientId) return { ok: false, error: 'missing' };
  const period = needsPeriod(q.kind);
  const read = readPeriod(q.from, period ? q.to : '', { start: 'start', end: 'end' }, period);
  const first = Object.values(read.errors)[0];
  if (first || !read.start) return { ok: false, error: first ?? 'empty' };
  const day = read.start;
  const span: Period = { start: day, end: read.end };
  const today = world.today;
  const rule: Rule =
    q.kind === 'ksz'
      ? { kind: q.kind, day }
      : q.kind === 'kszCommonDay'
        ? { kind: q.kind, period: span }
        : q.kind === 'heating'
          ? { kind: q.kind, sendingDay: today, deliveryYear: Number(day.slice(0, 4)) }
          : q.kind === 'attest'
            ? { kind: q.kind, validity: span }
            : { kind: q.kind, sendingDay: today, effective: day };
  return { ok: true, ...checkRule(rule, ownPeriodsByCode(world, q.clientId, kbo)), rule: q.kind };
}
