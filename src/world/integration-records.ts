/**
 * How integrations are kept: per client, institution and capacity code, a normalised set of
 * periods. Every command that changes the repertory goes through these helpers.
 */
import { union, type Period } from '../domain/periods';
import type { IntegrationRecord, World } from './types';

/** This OCMW's integrations are filed under "ocmw:<kbo>"; other institutions under their own id. */
export const ownInstitution = (kbo: string) => `ocmw:${kbo}`;

export function recordOf(world: World, clientId: string, institution: string, code: string): IntegrationRecord | undefined {
  return world.integrations.find((i) => i.clientId === clientId && i.institution === institution && i.code === code);
}

/** Replaces the record's periods; a record left without periods disappears. */
export function withPeriods(world: World, clientId: string, institution: string, code: string, periods: Period[]): World {
  const existing = recordOf(world, clientId, institution, code);
  const others = world.integrations.filter((i) => i !== existing);
  return { ...world, integrations: periods.length ? [...others, { clientId, institution, code, periods }] : others };
}

/** Integrates: the period joins the record's periods (merged where they touch). */
export function addPeriod(world: World, clientId: string, institution: string, code: string, period: Period): World {
  return withPeriods(world, clientId, institution, code, union(recordOf(world, clientId, institution, code)?.periods ?? [], period));
}

/** A person's integrations by this OCMW, per capacity code: what the basic rules are checked on. */
export function ownPeriodsByCode(world: World, clientId: string, kbo: string): Record<string, Period[]> {
  const own = ownInstitution(kbo);
  return Object.fromEntries(world.integrations.filter((i) => i.clientId === clientId && i.institution === own).map((i) => [i.code, i.periods]));
}
