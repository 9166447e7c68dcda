/**
 * What PrimaWeb's "Tijdlijn" draws for a file: each household member's integrations by this OCMW,
 * per capacity code, and, after a merger of 2025, those under the OCMWs that disappeared into it
 * (004: the stop on 31/12/2024 under the old number and the new start on 01/01/2025 side by side).
 * Also the time axis: from the earliest start, at most two years back, to a year after the
 * simulated date.
 */
import { plusMonths, type IsoDate } from '../domain/dates';
import type { Period } from '../domain/periods';
import { clientById, requestById } from './clients';
import { ownIntegrations } from './integrations';
import type { Client, Enterprise, World } from './types';

/** The OCMWs whose integrations the OCMW `kbo` sees beside its own: those that disappeared into it in a merger. */
export function mergedPredecessors(world: World, kbo: string): Enterprise[] {
  const merger = world.enterprises.find((e) => e.kbo === kbo)?.merger ?? null;
  if (!merger || merger.role === 'disappearing') return [];
  return world.enterprises.filter((e) => e.merger?.id === merger.id && e.merger.role === 'disappearing');
}

export interface TimelineLine {
  client: Client;
  code: string;
  periods: Period[];
  /** The predecessor OCMW the line is under; null for the OCMW's own. */
  predecessor: Enterprise | null;
}

/** The lines of a request's household: per member, the OCMW's own integrations first, then its predecessors'. */
export function timelineLines(world: World, requestId: string, kbo: string): TimelineLine[] {
  const request = requestById(world, requestId);
  const ocmws = [null, ...mergedPredecessors(world, kbo)];
  return (request?.household ?? []).flatMap((member) => {
    const client = clientById(world, member.clientId);
    if (!client) return [];
    return ocmws.flatMap((predecessor) =>
      ownIntegrations(world, client.id, predecessor?.kbo ?? kbo).map((r) => ({ client, code: r.code, periods: r.periods, predecessor })),
    );
  });
}

/** The axis of the drawing: from the earliest start (at least six months, at most two years back) to a year after today. */
export function timelineAxis(lines: readonly TimelineLine[], today: IsoDate): { start: IsoDate; end: IsoDate } {
  const earliest = lines.flatMap((l) => l.periods.map((p) => p.start)).reduce((a, b) => (a < b ? a : b), plusMonths(today, -6));
  const limit = plusMonths(today, -24);
  return { start: earliest < limit ? limit : earliest, end: plusMonths(today, 12) };
}
