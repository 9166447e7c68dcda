/**
 * What 004 asks of an OCMW per merger scenario and per application ("Overzicht verschillende
 * scenario's"), as checklist items. The texts are in the messages (namespace "mergers", key
 * `mg.item.<id>`); an item the simulator can rehearse names the scenario (exercise) that does.
 */
import type { MergerScenario } from './mergers';

export const MERGER_APPS = ['integraties', 'toegangsbeheer', 'chaman', 'ocmwConfig', 'ebox', 'uniekVerslag', 'ocmwOnline'] as const;
export type MergerApp = (typeof MERGER_APPS)[number];

export interface ChecklistItem {
  id: string;
  /** The id of the scenario that rehearses this item, if any. */
  exercise?: string;
}

export const CHECKLISTS: Record<MergerScenario, Record<MergerApp, readonly ChecklistItem[]>> = {
  1: {
    integraties: [{ id: 's1.integraties.1', exercise: 'fusie-integraties' }, { id: 's1.integraties.2', exercise: 'fusie-integraties' }, { id: 's1.integraties.3' }],
    toegangsbeheer: [{ id: 's1.toegangsbeheer.1', exercise: 'fusie-toegangsbeheer' }, { id: 's1.toegangsbeheer.2', exercise: 'fusie-toegangsbeheer' }, { id: 's1.toegangsbeheer.3' }, { id: 's1.toegangsbeheer.4' }],
    chaman: [{ id: 's1.chaman.1', exercise: 'fusie-chaman' }, { id: 's1.chaman.2', exercise: 'fusie-chaman' }, { id: 's1.chaman.3', exercise: 'fusie-chaman' }, { id: 's1.chaman.4', exercise: 'fusie-chaman' }, { id: 's1.chaman.5' }, { id: 's1.chaman.6' }],
    ocmwConfig: [{ id: 's1.ocmwConfig.1', exercise: 'fusie-ocmw-configuratie' }, { id: 's1.ocmwConfig.2', exercise: 'fusie-ocmw-configuratie' }, { id: 's1.ocmwConfig.3', exercise: 'fusie-ocmw-configuratie' }, { id: 's1.ocmwConfig.4', exercise: 'fusie-ocmw-configuratie' }, { id: 's1.ocmwConfig.5' }],
    ebox: [{ id: 's1.ebox.1' }, { id: 's1.ebox.2' }],
    uniekVerslag: [{ id: 's1.uniekVerslag.1' }],
    ocmwOnline: [{ id: 's1.ocmwOnline.1' }],
  },
  2: {
    integraties: [{ id: 's2.integraties.1', exercise: 'fusie-integraties-2' }, { id: 's2.integraties.2', exercise: 'fusie-integraties-2' }, { id: 's2.integraties.3' }],
    toegangsbeheer: [{ id: 's2.toegangsbeheer.1', exercise: 'toegangsbeheer-gebruiker-toevoegen' }, { id: 's2.toegangsbeheer.2' }, { id: 's2.toegangsbeheer.3' }, { id: 's2.toegangsbeheer.4' }],
    chaman: [{ id: 's2.chaman.1' }, { id: 's2.chaman.2' }],
    ocmwConfig: [{ id: 's2.ocmwConfig.1' }, { id: 's2.ocmwConfig.2' }],
    ebox: [{ id: 's2.ebox.1' }, { id: 's2.ebox.2' }],
    uniekVerslag: [{ id: 's2.uniekVerslag.1' }, { id: 's2.uniekVerslag.2' }, { id: 's2.uniekVerslag.3' }],
    ocmwOnline: [{ id: 's2.ocmwOnline.1' }],
  },
  3: {
    integraties: [{ id: 's3.integraties.1', exercise: 'fusie-integraties-3' }, { id: 's3.integraties.2', exercise: 'fusie-integraties-3' }, { id: 's3.integraties.3' }],
    toegangsbeheer: [{ id: 's3.toegangsbeheer.1', exercise: 'toegangsbeheer-gebruiker-toevoegen' }, { id: 's3.toegangsbeheer.2' }, { id: 's3.toegangsbeheer.3' }, { id: 's3.toegangsbeheer.4' }],
    chaman: [{ id: 's3.chaman.1' }, { id: 's3.chaman.2' }],
    ocmwConfig: [{ id: 's3.ocmwConfig.1' }, { id: 's3.ocmwConfig.2' }],
    ebox: [{ id: 's3.ebox.1' }, { id: 's3.ebox.2' }],
    uniekVerslag: [{ id: 's3.uniekVerslag.1' }, { id: 's3.uniekVerslag.2' }, { id: 's3.uniekVerslag.3' }],
    ocmwOnline: [{ id: 's3.ocmwOnline.1' }],
  },
};

export const checklistItems = (scenario: MergerScenario): ChecklistItem[] => MERGER_APPS.flatMap((app) => [...CHECKLISTS[scenario][app]]);

/** Ticked items per scenario, as the learner's own record keeps them. */
export type ChecklistTicks = Partial<Record<`${MergerScenario}`, string[]>>;

/** Ticks or unticks an item; unknown items are ignored, so a stale save cannot grow the list. */
export function toggleTick(ticks: ChecklistTicks, scenario: MergerScenario, itemId: string): ChecklistTicks {
  if (!checklistItems(scenario).some((i) => i.id === itemId)) return ticks;
  const key = `${scenario}` as const;
  const now = ticks[key] ?? [];
  const next = now.includes(itemId) ? now.filter((i) => i !== itemId) : [...now, itemId];
  return { ...ticks, [key]: next };
}
