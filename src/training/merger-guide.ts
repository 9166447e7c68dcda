/**
 * What the guide "Fusies 2025" shows (issue 14.2: the views draw, they do not decide): the mergers
 * the finder found for what was searched, the checklist of the chosen merger's scenario with the
 * learner's ticks, and the test that goes with it (scenario 1's before a merger is chosen).
 */
import { checklistItems, type ChecklistItem, type ChecklistTicks } from '../domain/merger-checklist';
import { findMergers, type Merger, type MergerMatch, type MergerScenario } from '../domain/mergers';
import { MERGER_ASSESSMENTS, type AssessmentDefinition } from './assessments';

export interface MergerGuideView {
  /** What "Zoeken" found for the searched text (nothing before a search). */
  matches: MergerMatch[];
  scenario: MergerScenario | null;
  /** The chosen scenario's checklist, the ids ticked in it, and how many of its items are. */
  items: readonly ChecklistItem[];
  ticks: readonly string[];
  done: number;
  /** "Test uzelf": the test of the scenario shown. */
  test: AssessmentDefinition;
}

export function connectMergerGuide(searched: string, chosen: Merger | null, checklist: ChecklistTicks): MergerGuideView {
  const scenario = chosen?.scenario ?? null;
  const items = scenario ? checklistItems(scenario) : [];
  const ticks = scenario ? (checklist[`${scenario}`] ?? []) : [];
  return {
    matches: findMergers(searched),
    scenario,
    items,
    ticks,
    done: items.filter((i) => ticks.includes(i.id)).length,
    test: MERGER_ASSESSMENTS[scenario ?? 1],
  };
}
