import { describe, expect, it } from 'vitest';
import { checklistItems } from '../domain/merger-checklist';
import { findMergers, MERGERS } from '../domain/mergers';
import { MERGER_ASSESSMENTS } from './assessments';
import { connectMergerGuide } from './merger-guide';

describe('the guide "Fusies 2025"', () => {
  it('before a search and a choice: no matches, no checklist, the test of scenario 1', () => {
    expect(connectMergerGuide('', null, {})).toEqual({ matches: [], scenario: null, items: [], ticks: [], done: 0, test: MERGER_ASSESSMENTS[1] });
  });

  it('finds the mergers of what was searched', () => {
    const view = connectMergerGuide('Kruibeke', null, {});
    expect(view.matches).toEqual(findMergers('Kruibeke'));
    expect(view.matches.length).toBeGreaterThan(0);
  });

  it("once a merger is chosen: its scenario's checklist, the ticks of that scenario only, how many are done, its test", () => {
    for (const merger of MERGERS) {
      const items = checklistItems(merger.scenario);
      const ticked = [items[0]!.id, 'not-an-item'];
      const other = merger.scenario === 1 ? '2' : '1';
      const view = connectMergerGuide('', merger, { [`${merger.scenario}`]: ticked, [other]: items.map((i) => i.id) });
      expect(view.scenario).toBe(merger.scenario);
      expect(view.items).toEqual(items);
      expect(view.ticks).toEqual(ticked);
      expect(view.done).toBe(1);
      expect(view.test).toBe(MERGER_ASSESSMENTS[merger.scenario]);
    }
  });
});
