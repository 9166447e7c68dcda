/**
 * Forms sent to the POD MI and their effect on the repertory (manual 003, 4): sending form B, B1
 * or B2 integrates the people of the form automatically, in code 02, 03, 04 or 06 according to the
 * aid granted; sending form C (stop or refusal) does not disintegrate: that is left to the OCMW.
 * The basic rules decide whether a form may be sent at all.
 */
import { checkRule, type RuleFailure } from '../domain/basic-rules';
import { capacityCode, maxEnd } from '../domain/capacity-codes';
import type { IsoDate } from '../domain/dates';
import type { Period } from '../domain/periods';
import { requestById } from './clients';
import { addPeriod, ownInstitution, ownPeriodsByCode } from './integration-records';
import type { HouseholdRole, SentForm, World } from './types';
import { refuse, refused, type Command, type FormRefusal } from './result';

export const AIDS = ['leefloon', 'equivalentLeefloon', 'andereHulp', 'art60'] as const;
export type Aid = (typeof AIDS)[number];

export const CODE_OF_AID: Record<Aid, string> = { leefloon: '02', equivalentLeefloon: '03', andereHulp: '04', art60: '06' };

export interface FormBInput {
  requestId: string;
  type: 'B' | 'B1' | 'B2';
  aid: Aid;
  effective: IsoDate;
  /** Other beneficiaries besides the main beneficiary and the partner (who are always concerned). */
  others: readonly string[];
}

export interface PlannedIntegration {
  clientId: string;
  role: HouseholdRole;
  code: string;
  period: Period;
}

/** What the overview of the form shows at the bottom: the integrations PrimaWeb will request. */
export function plannedIntegrations(world: World, input: FormBInput): PlannedIntegration[] {
  const request = requestById(world, input.requestId);
  if (!request) return [];
  const code = CODE_OF_AID[input.aid];
  const period = { start: input.effective, end: maxEnd(capacityCode(code)!, input.effective) };
  return request.household
    .filter((m) => m.role === 'hoofdbegunstigde' || m.role === 'partner' || input.others.includes(m.clientId))
    .map((m) => ({ clientId: m.clientId, role: m.role, code, period }));
}

/** Refused as a whole for an unknown request, or by the basic rules: the persons (rows of the form) and the rules they break. */
export type FormErrors = FormRefusal<'unknownRequest'> | { readonly rules: { clientId: string; failures: RuleFailure[] }[] };

function recordForm(world: World, form: Omit<SentForm, 'id' | 'sentOn'>): World {
  return { ...world, forms: [...world.forms, { ...form, id: `formulier-${world.forms.length + 1}`, sentOn: world.today }] };
}

/**
 * "Verzenden" of form B/B1/B2: refused unless the basic rules hold (leefloon and art. 60: main
 * beneficiary and partner in code 01 on the sending day and the effective date; equivalent
 * leefloon and other aid under Wet 65: everyone on the form); then the form is recorded and the
 * planned integrations are performed.
 */
export function sendFormB(world: World, input: FormBInput): Command<FormErrors, { integrated: PlannedIntegration[] }> {
  const request = requestById(world, input.requestId);
  if (!request) return refuse('unknownRequest');
  const planned = plannedIntegrations(world, input);
  const wet65 = input.aid === 'equivalentLeefloon' || input.aid === 'andereHulp';
  const checked = planned.filter((p) => wet65 || p.role === 'hoofdbegunstigde' || p.role === 'partner');
  const rule = { kind: wet65 ? ('wet65' as const) : ('leefloon' as const), sendingDay: world.today, effective: input.effective };
  const failures = checked
    .map((p) => ({ clientId: p.clientId, failures: checkRule(rule, ownPeriodsByCode(world, p.clientId, request.kbo)).failures }))
    .filter((f) => f.failures.length > 0);
  if (failures.length > 0) return refused({ rules: failures });
  const institution = ownInstitution(request.kbo);
  let next = recordForm(world, { requestId: request.id, type: input.type, aid: input.aid, effective: input.effective });
  for (const p of planned) next = addPeriod(next, p.clientId, institution, p.code, p.period);
  return { ok: true, world: next, integrated: planned };
}

/** "Verzenden" of form C (stop or refusal): recorded; the repertory is left as it is (003, 4). */
export function sendFormC(world: World, requestId: string, effective: IsoDate): Command<FormErrors> {
  if (!requestById(world, requestId)) return refuse('unknownRequest');
  return { ok: true, world: recordForm(world, { requestId, type: 'C', aid: null, effective }) };
}
