/**
 * What 004 asks of an OCMW per merger scenario and per application, as checklist items: the
 * bullets of "Overzicht verschillende scenario's" and, marked `detail`, every dated instruction and
 * rule of the scenario's own section and of "Aanmelden in de overgangsfase". The texts are in the
 * messages (namespace "mergers", key `mg.item.<id>`, verbatim from 004); an item the simulator can
 * rehearse names the scenario (exercise) that does, in that scenario's own OCMW.
 */
import type { MergerScenario } from './mergers';

export const MERGER_APPS = ['integraties', 'toegangsbeheer', 'chaman', 'ocmwConfig', 'ebox', 'uniekVerslag', 'ocmwOnline'] as const;
export type MergerApp = (typeof MERGER_APPS)[number];
/** The checklist's groups: "Aanmelden in de overgangsfase" (for all scenarios) and the seven applications. */
export const CHECKLIST_GROUPS = ['aanmelden', ...MERGER_APPS] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

export interface ChecklistItem {
  /** Stable: the learner's ticks are stored by id (new items get new ids, none is renumbered). */
  id: string;
  /** The message (`mg.item.<text>`) when items share one; by default the id. */
  text?: string;
  /**
   * The message the checklist shows instead (`mg.item.<checklistText>`), verbatim from the scenario's
   * own section, where the overview's bullet does not fit the scenario; the overview keeps its own.
   */
  checklistText?: string;
  /** The id of the scenario that rehearses this item, if any. */
  exercise?: string;
  /**
   * From the scenario's own section of 004 (its dates and rules), not from "Overzicht verschillende
   * scenario's": shown in the checklist, not in the overview.
   */
  detail?: true;
}

const d = (id: string, exercise?: string): ChecklistItem => (exercise ? { id, detail: true, exercise } : { id, detail: true });
/** "Aanmelden in de overgangsfase" (l.201–211): "Dit geldt voor alle applicaties ... en voor alle scenario's." */
const transition = (s: MergerScenario, exercise: string): ChecklistItem[] => [
  { id: `s${s}.aanmelden.1`, text: 'aanmelden.1', detail: true },
  { id: `s${s}.aanmelden.2`, text: 'aanmelden.2', detail: true, exercise },
  { id: `s${s}.aanmelden.3`, text: 'aanmelden.3', detail: true },
];

export const CHECKLISTS: Record<MergerScenario, Record<ChecklistGroup, readonly ChecklistItem[]>> = {
  1: {
    aanmelden: transition(1, 'fusie-integraties'),
    integraties: [
      { id: 's1.integraties.1', exercise: 'fusie-integraties' },
      { id: 's1.integraties.2', exercise: 'fusie-integraties' },
      { id: 's1.integraties.3' },
      d('s1.integraties.4'),
      d('s1.integraties.5'),
      d('s1.integraties.6'),
    ],
    toegangsbeheer: [
      { id: 's1.toegangsbeheer.1', exercise: 'fusie-toegangsbeheer' },
      { id: 's1.toegangsbeheer.2', exercise: 'fusie-toegangsbeheer' },
      { id: 's1.toegangsbeheer.3' },
      { id: 's1.toegangsbeheer.4' },
      d('s1.toegangsbeheer.5'),
      d('s1.toegangsbeheer.6'),
      d('s1.toegangsbeheer.7'),
      d('s1.toegangsbeheer.8'),
      d('s1.toegangsbeheer.9', 'fusie-toegangsbeheer'),
      d('s1.toegangsbeheer.10', 'fusie-toegangsbeheer'),
      d('s1.toegangsbeheer.11'),
      d('s1.toegangsbeheer.12', 'fusie-toegangsbeheer'),
      d('s1.toegangsbeheer.13'),
      d('s1.toegangsbeheer.14'),
    ],
    chaman: [
      { id: 's1.chaman.1', exercise: 'fusie-chaman' },
      { id: 's1.chaman.2', exercise: 'fusie-chaman' },
      { id: 's1.chaman.3', exercise: 'fusie-chaman' },
      { id: 's1.chaman.4', exercise: 'fusie-chaman' },
      { id: 's1.chaman.5' },
      { id: 's1.chaman.6' },
      d('s1.chaman.7', 'fusie-chaman'),
      d('s1.chaman.8'),
      d('s1.chaman.9'),
      d('s1.chaman.10'),
      d('s1.chaman.11'),
      d('s1.chaman.12'),
      d('s1.chaman.13'),
      d('s1.chaman.14'),
    ],
    ocmwConfig: [
      { id: 's1.ocmwConfig.1', exercise: 'fusie-ocmw-configuratie' },
      { id: 's1.ocmwConfig.2', exercise: 'fusie-ocmw-configuratie' },
      { id: 's1.ocmwConfig.3', exercise: 'fusie-ocmw-configuratie' },
      { id: 's1.ocmwConfig.4', exercise: 'fusie-ocmw-configuratie' },
      { id: 's1.ocmwConfig.5' },
      d('s1.ocmwConfig.6'),
      d('s1.ocmwConfig.7'),
      d('s1.ocmwConfig.8', 'fusie-ocmw-configuratie'),
      d('s1.ocmwConfig.9'),
      d('s1.ocmwConfig.10', 'fusie-ocmw-configuratie'),
      d('s1.ocmwConfig.11', 'fusie-ocmw-configuratie'),
      d('s1.ocmwConfig.12', 'fusie-ocmw-configuratie'),
      d('s1.ocmwConfig.13', 'fusie-ocmw-configuratie'),
    ],
    ebox: [{ id: 's1.ebox.1' }, { id: 's1.ebox.2' }, d('s1.ebox.3'), d('s1.ebox.4')],
    uniekVerslag: [{ id: 's1.uniekVerslag.1' }, d('s1.uniekVerslag.4'), d('s1.uniekVerslag.2'), d('s1.uniekVerslag.3')],
    ocmwOnline: [{ id: 's1.ocmwOnline.1' }, d('s1.ocmwOnline.2'), d('s1.ocmwOnline.4'), d('s1.ocmwOnline.3')],
  },
  2: {
    aanmelden: transition(2, 'fusie-integraties-2'),
    integraties: [
      { id: 's2.integraties.1', exercise: 'fusie-integraties-2' },
      { id: 's2.integraties.2', exercise: 'fusie-integraties-2' },
      { id: 's2.integraties.3' },
      d('s2.integraties.7'),
      d('s2.integraties.4'),
      d('s2.integraties.5'),
      d('s2.integraties.6'),
    ],
    toegangsbeheer: [
      { id: 's2.toegangsbeheer.1', exercise: 'fusie-toegangsbeheer-updaten-2' },
      { id: 's2.toegangsbeheer.2' },
      { id: 's2.toegangsbeheer.3' },
      { id: 's2.toegangsbeheer.4' },
      d('s2.toegangsbeheer.5'),
      d('s2.toegangsbeheer.6', 'fusie-toegangsbeheer-updaten-2'),
      d('s2.toegangsbeheer.7'),
      d('s2.toegangsbeheer.8'),
      d('s2.toegangsbeheer.9'),
      d('s2.toegangsbeheer.10', 'fusie-toegangsbeheer-updaten-2'),
      d('s2.toegangsbeheer.11', 'fusie-toegangsbeheer-updaten-2'),
      d('s2.toegangsbeheer.12'),
      d('s2.toegangsbeheer.13'),
      d('s2.toegangsbeheer.14'),
    ],
    chaman: [{ id: 's2.chaman.1' }, { id: 's2.chaman.2' }, d('s2.chaman.3')],
    ocmwConfig: [{ id: 's2.ocmwConfig.1' }, { id: 's2.ocmwConfig.2' }, d('s2.ocmwConfig.3')],
    ebox: [{ id: 's2.ebox.1' }, { id: 's2.ebox.2' }, d('s2.ebox.3'), d('s2.ebox.4')],
    uniekVerslag: [{ id: 's2.uniekVerslag.1' }, { id: 's2.uniekVerslag.2' }, { id: 's2.uniekVerslag.3' }, d('s2.uniekVerslag.6'), d('s2.uniekVerslag.4'), d('s2.uniekVerslag.5')],
    ocmwOnline: [{ id: 's2.ocmwOnline.1' }, d('s2.ocmwOnline.2'), d('s2.ocmwOnline.4'), d('s2.ocmwOnline.3')],
  },
  3: {
    aanmelden: transition(3, 'fusie-integraties-3'),
    integraties: [
      { id: 's3.integraties.1', exercise: 'fusie-integraties-3' },
      // The overview's bullet says "voor het nieuwe KBO-nummer", which scenario 3 has not: its checklist
      // shows the section's sentence (l.2642) for the same step.
      { id: 's3.integraties.2', exercise: 'fusie-integraties-3', checklistText: 's3.integraties.2.section' },
      { id: 's3.integraties.3' },
      d('s3.integraties.8'),
      d('s3.integraties.4'),
      d('s3.integraties.5'),
      d('s3.integraties.6'),
      d('s3.integraties.7'),
    ],
    toegangsbeheer: [
      { id: 's3.toegangsbeheer.1', exercise: 'fusie-toegangsbeheer-opkuisen-3' },
      { id: 's3.toegangsbeheer.2' },
      { id: 's3.toegangsbeheer.3' },
      { id: 's3.toegangsbeheer.4' },
      d('s3.toegangsbeheer.5'),
      d('s3.toegangsbeheer.6', 'fusie-toegangsbeheer-opkuisen-3'),
      d('s3.toegangsbeheer.7'),
      d('s3.toegangsbeheer.8'),
      d('s3.toegangsbeheer.9'),
      d('s3.toegangsbeheer.10'),
      d('s3.toegangsbeheer.11'),
      d('s3.toegangsbeheer.12', 'fusie-toegangsbeheer-opkuisen-3'),
      d('s3.toegangsbeheer.13'),
      d('s3.toegangsbeheer.14'),
      d('s3.toegangsbeheer.15'),
    ],
    chaman: [{ id: 's3.chaman.1' }, { id: 's3.chaman.2' }, d('s3.chaman.3')],
    ocmwConfig: [{ id: 's3.ocmwConfig.1' }, { id: 's3.ocmwConfig.2' }, d('s3.ocmwConfig.3')],
    ebox: [{ id: 's3.ebox.1' }, { id: 's3.ebox.2' }, d('s3.ebox.3'), d('s3.ebox.4')],
    uniekVerslag: [{ id: 's3.uniekVerslag.1' }, { id: 's3.uniekVerslag.2' }, { id: 's3.uniekVerslag.3' }, d('s3.uniekVerslag.6'), d('s3.uniekVerslag.4'), d('s3.uniekVerslag.5')],
    ocmwOnline: [{ id: 's3.ocmwOnline.1' }, d('s3.ocmwOnline.2'), d('s3.ocmwOnline.4'), d('s3.ocmwOnline.3')],
  },
};

/** The message key of an item's text (as the overview shows it). */
export const itemText = (item: ChecklistItem): string => `mg.item.${item.text ?? item.id}`;

/** The message key of an item's text as the scenario's checklist shows it. */
export const checklistText = (item: ChecklistItem): string => (item.checklistText ? `mg.item.${item.checklistText}` : itemText(item));

/** What "Overzicht verschillende scenario's" says of a scenario, per application (no section details). */
export const overviewItems = (scenario: MergerScenario, app: MergerApp): ChecklistItem[] => CHECKLISTS[scenario][app].filter((i) => !i.detail);

export const checklistItems = (scenario: MergerScenario): ChecklistItem[] => CHECKLIST_GROUPS.flatMap((group) => [...CHECKLISTS[scenario][group]]);

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
