/**
 * The basic rules of manual 003 ("Opfrissing van enkele basisregels"): when may the OCMW consult
 * the KSZ, send a form or a multifunctional attest, given a person's integrations. Pure: the
 * caller passes each person's periods per capacity code.
 */
import { covers, intersection, type Period } from './periods';
import type { IsoDate } from './dates';

/** A person's integrations by this OCMW, per capacity code. */
export type PeriodsByCode = Record<string, Period[]>;

export type Rule =
  | { kind: 'ksz'; day: IsoDate }
  | { kind: 'kszCommonDay'; period: Period }
  | { kind: 'leefloon'; sendingDay: IsoDate; effective: IsoDate }
  | { kind: 'wet65'; sendingDay: IsoDate; effective: IsoDate }
  | { kind: 'heating'; sendingDay: IsoDate; deliveryYear: number }
  | { kind: 'attest'; validity: Period };

export type RuleFailure =
  | { check: 'code01OnDay'; day: IsoDate }
  | { check: 'code01CommonDay'; period: Period }
  | { check: 'code02or03Whole'; period: Period };

export interface RuleVerdict {
  allowed: boolean;
  /** What is missing; empty when allowed. */
  failures: RuleFailure[];
}

const onDay = (byCode: PeriodsByCode, code: string, day: IsoDate) => covers(byCode[code] ?? [], { start: day, end: day });
const commonDay = (byCode: PeriodsByCode, code: string, period: Period) => intersection(byCode[code] ?? [], [period]).length > 0;

/** Checks one person against a rule (for forms, every person concerned must pass). */
export function checkRule(rule: Rule, byCode: PeriodsByCode): RuleVerdict {
  const failures: RuleFailure[] = [];
  const needDay = (day: IsoDate) => {
    if (!onDay(byCode, '01', day)) failures.push({ check: 'code01OnDay', day });
  };
  switch (rule.kind) {
    case 'ksz':
      needDay(rule.day);
      break;
    case 'kszCommonDay':
      if (!commonDay(byCode, '01', rule.period)) failures.push({ check: 'code01CommonDay', period: rule.period });
      break;
    case 'leefloon':
    case 'wet65':
      needDay(rule.sendingDay);
      if (rule.effective !== rule.sendingDay) needDay(rule.effective);
      break;
    case 'heating': {
      needDay(rule.sendingDay);
      const year = { start: `${rule.deliveryYear}-01-01`, end: `${rule.deliveryYear}-12-31` };
      if (!commonDay(byCode, '01', year)) failures.push({ check: 'code01CommonDay', period: year });
      break;
    }
    case 'attest': {
      const whole = covers([...(byCode['02'] ?? []), ...(byCode['03'] ?? [])], rule.validity);
      if (!whole) failures.push({ check: 'code02or03Whole', period: rule.validity });
      break;
    }
  }
  return { allowed: failures.length === 0, failures };
}
