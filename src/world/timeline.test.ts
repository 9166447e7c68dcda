import { describe, expect, it } from 'vitest';
import { HERSTAPPE, initialWorld } from './seed';
import { LOKEREN, MELLE, MERELBEKE, MERELBEKE_MELLE, MOERBEKE } from './seed-mergers';
import { mergedPredecessors, timelineAxis, timelineLines } from './timeline';

describe('the timeline of a file (Tijdlijn)', () => {
  const world = initialWorld();

  it('an OCMW new or kept in a merger sees the OCMWs that disappeared into it; others see none', () => {
    expect(mergedPredecessors(world, MERELBEKE_MELLE).map((e) => e.kbo).sort()).toEqual([MELLE, MERELBEKE].sort());
    expect(mergedPredecessors(world, LOKEREN).map((e) => e.kbo)).toEqual([MOERBEKE]);
    expect(mergedPredecessors(world, MELLE)).toEqual([]);
    expect(mergedPredecessors(world, HERSTAPPE)).toEqual([]);
  });

  it("draws the integration under the disappearing OCMW beside the new one's, named", () => {
    const stopped = { ...world, integrations: [...world.integrations, { clientId: 'emma', institution: `ocmw:${MERELBEKE_MELLE}`, code: '02', periods: [{ start: '2025-01-01', end: null }] }] };
    const lines = timelineLines(stopped, 'melle-1', MERELBEKE_MELLE);
    expect(lines.map((l) => [l.client.id, l.code, l.predecessor?.kbo ?? null])).toEqual([
      ['emma', '02', null],
      ['emma', '02', MELLE],
    ]);
    expect(timelineLines(stopped, 'melle-1', HERSTAPPE)).toEqual([]);
    expect(timelineLines(stopped, 'no-such-request', MERELBEKE_MELLE)).toEqual([]);
  });

  it('the axis runs from the earliest start (six months to two years back) to a year after today', () => {
    const line = (start: string) => ({ client: world.clients[0]!, code: '02', periods: [{ start, end: null }], predecessor: null });
    expect(timelineAxis([], '2025-06-15')).toEqual({ start: '2024-12-15', end: '2026-06-15' });
    expect(timelineAxis([line('2024-03-01')], '2025-06-15')).toEqual({ start: '2024-03-01', end: '2026-06-15' });
    expect(timelineAxis([line('2019-01-01')], '2025-06-15')).toEqual({ start: '2023-06-15', end: '2026-06-15' });
  });
});
