/**
 * Manual integration and disintegration in the KSZ repertory (manual 003, 2), and its
 * consultation (3). Each person gets their own outcome, as the screen shows a green dot or a red
 * mark per person; a refused person changes nothing.
 */
import { capacityCode, maxEnd } from '../domain/capacity-codes';
import type { IsoDate } from '../domain/dates';
import { overlaps, subtract, type Period } from '../domain/periods';
import { requestById } from './clients';
import { addPeriod, ownInstitution, recordOf, withPeriods } from './integration-records';
import type { World } from './types';
import { refuse, type Command, type FormRefusal } from './result';

export type PeriodError = 'unknownCode' | 'notManual' | 'ownManual' | 'endBeforeStart' | 'tooLong';
export type PersonError = PeriodError | 'notInHousehold' | 'notIntegrated';

export type PersonOutcome = { clientId: string; ok: true; period: Period } | { clientId: string; ok: false; error: PersonError };

export interface IntegrationInput {
  requestId: string;
  clientIds: readonly string[];
  code: string;
  start: IsoDate;
  /** null: the code's maximum period (integration) or everything from the start (disintegration). */
  end: IsoDate | null;
}

/** Refused as a whole for an unknown request or no person ticked; otherwise each person has their outcome. */
export type CommandResult = Command<FormRefusal<'unknownRequest' | 'noPersons'>, { outcomes: PersonOutcome[] }>;

/** The period asked for, or why it cannot be integrated under this code. */
export function integrationPeriod(code: string, start: IsoDate, end: IsoDate | null): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  const capacity = capacityCode(code);
  if (!capacity) return { ok: false, error: 'unknownCode' };
  if (!capacity.manual) return { ok: false, error: 'notManual' };
  if (capacity.ownManual) return { ok: false, error: 'ownManual' };
  if (end !== null && end < start) return { ok: false, error: 'endBeforeStart' };
  const limit = maxEnd(capacity, start);
  if (end !== null && limit !== null && end > limit) return { ok: false, error: 'tooLong' };
  return { ok: true, period: { start, end: end ?? limit } };
}

function run(world: World, input: IntegrationInput, apply: (world: World, clientId: string) => PersonOutcome & { world?: World }): CommandResult {
  const request = requestById(world, input.requestId);
  if (!request) return refuse('unknownRequest');
  if (input.clientIds.length === 0) return refuse('noPersons');
  let next = world;
  const outcomes: PersonOutcome[] = [];
  for (const clientId of input.clientIds) {
    if (!request.household.some((m) => m.clientId === clientId)) {
      outcomes.push({ clientId, ok: false, error: 'notInHousehold' });
      continue;
    }
    const { world: changed, ...outcome } = apply(next, clientId);
    if (changed) next = changed;
    outcomes.push(outcome as PersonOutcome);
  }
  return { ok: true, world: next, outcomes };
}

/** "Integreren": the selected household members, under the code, for the period (003, 2.1). */
export function integrate(world: World, input: IntegrationInput): CommandResult {
  const request = requestById(world, input.requestId);
  const asked = integrationPeriod(input.code, input.start, input.end);
  const institution = ownInstitution(request?.kbo ?? '');
  return run(world, input, (now, clientId) => {
    if (!asked.ok) return { clientId, ok: false, error: asked.error };
    return { clientId, ok: true, period: asked.period, world: addPeriod(now, clientId, institution, input.code, asked.period) };
  });
}

/**
 * "Desintegreren": cuts the period out of the selected persons' integrations under the code; with
 * no end date, everything from the start (003, 2.2).
 */
export function disintegrate(world: World, input: IntegrationInput): CommandResult {
  const request = requestById(world, input.requestId);
  const institution = ownInstitution(request?.kbo ?? '');
  const cut: Period = { start: input.start, end: input.end };
  const known = capacityCode(input.code);
  return run(world, input, (now, clientId) => {
    if (!known) return { clientId, ok: false, error: 'unknownCode' };
    if (cut.end !== null && cut.end < cut.start) return { clientId, ok: false, error: 'endBeforeStart' };
    const current = recordOf(now, clientId, institution, input.code)?.periods ?? [];
    if (!current.some((p) => overlaps(p, cut))) return { clientId, ok: false, error: 'notIntegrated' };
    return { clientId, ok: true, period: cut, world: withPeriods(now, clientId, institution, input.code, subtract(current, cut)) };
  });
}

export interface RepertoryRow {
  institution: string;
  code: string;
  period: Period;
}

/**
 * "Raadplegen": every integration of the person, by any institution, with a day in common with
 * the consultation period; sorted by institution (this OCMW first), code and start.
 */
export function consultRepertory(world: World, clientId: string, period: Period, kbo: string): RepertoryRow[] {
  const own = ownInstitution(kbo);
  return world.integrations
    .filter((i) => i.clientId === clientId)
    .flatMap((i) => i.periods.filter((p) => overlaps(p, period)).map((p) => ({ institution: i.institution, code: i.code, period: p })))
    .sort(
      (a, b) =>
        Number(b.institution === own) - Number(a.institution === own) ||
        a.institution.localeCompare(b.institution) ||
        a.code.localeCompare(b.code) ||
        a.period.start.localeCompare(b.period.start),
    );
}

/** This OCMW's integrations of a person, per code: what the magnifier in column "Integraties" shows. */
export function ownIntegrations(world: World, clientId: string, kbo: string): { code: string; periods: Period[] }[] {
  const own = ownInstitution(kbo);
  return world.integrations
    .filter((i) => i.clientId === clientId && i.institution === own)
    .map((i) => ({ code: i.code, periods: i.periods }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
