/**
 * The municipality mergers of 1 January 2025 (guidelines 004, "Welk scenario geldt voor uw OCMW?",
 * and the NIS codes of Statbel in domain.md). Three scenarios:
 * 1. nieuw KBO & nieuw NIS: the merging OCMWs get one new KBO number and one new NIS code;
 * 2. behoud KBO & nieuw NIS: one KBO number is kept, with a new NIS code;
 * 3. behoud KBO & NIS: the KBO number and NIS code of one OCMW are kept.
 */
import { foldText } from './text';

export type MergerScenario = 1 | 2 | 3;

export interface Municipality {
  name: string;
  /** NIS code (Statbel) before the merger. */
  nis: string;
}

export interface Merger {
  id: string;
  scenario: MergerScenario;
  /** As the document lists them ("Melle en Merelbeke"). */
  municipalities: readonly Municipality[];
  /** The resulting municipality, written as the document writes it. */
  result: string;
  /** Its NIS code from 1 January 2025. */
  nis: string;
}

export const MERGERS: readonly Merger[] = [
  {
    id: 'beveren-kruibeke-zwijndrecht',
    scenario: 1,
    municipalities: [
      { name: 'Beveren', nis: '46003' },
      { name: 'Kruibeke', nis: '46013' },
      { name: 'Zwijndrecht', nis: '11056' },
    ],
    result: 'Beveren - Kruibeke - Zwijndrecht',
    nis: '46030',
  },
  {
    id: 'pajottegem',
    scenario: 1,
    municipalities: [
      { name: 'Galmaarden', nis: '23023' },
      { name: 'Gooik', nis: '23024' },
      { name: 'Herne', nis: '23032' },
    ],
    result: 'Pajottegem',
    nis: '23106',
  },
  {
    id: 'nazareth-de-pinte',
    scenario: 1,
    municipalities: [
      { name: 'De Pinte', nis: '44012' },
      { name: 'Nazareth', nis: '44048' },
    ],
    result: 'Nazareth - De Pinte',
    nis: '44086',
  },
  {
    id: 'merelbeke-melle',
    scenario: 1,
    municipalities: [
      { name: 'Melle', nis: '44040' },
      { name: 'Merelbeke', nis: '44043' },
    ],
    result: 'Merelbeke - Melle',
    nis: '44088',
  },
  {
    id: 'bilzen-hoeselt',
    scenario: 2,
    municipalities: [
      { name: 'Bilzen', nis: '73006' },
      { name: 'Hoeselt', nis: '73032' },
    ],
    result: 'Bilzen - Hoeselt',
    nis: '73110',
  },
  {
    id: 'tongeren-borgloon',
    scenario: 2,
    municipalities: [
      { name: 'Tongeren', nis: '73083' },
      { name: 'Borgloon', nis: '73009' },
    ],
    result: 'Tongeren - Borgloon',
    nis: '73111',
  },
  {
    id: 'tessenderlo-ham',
    scenario: 2,
    municipalities: [
      { name: 'Tessenderlo', nis: '71057' },
      { name: 'Ham', nis: '71069' },
    ],
    result: 'Tessenderlo - Ham',
    nis: '71071',
  },
  {
    id: 'hasselt',
    scenario: 2,
    municipalities: [
      { name: 'Hasselt', nis: '71022' },
      // The document writes "Kortesseem"; the municipality is Kortessem.
      { name: 'Kortessem', nis: '73040' },
    ],
    result: 'Hasselt',
    nis: '71072',
  },
  {
    id: 'lochristi',
    scenario: 2,
    municipalities: [
      { name: 'Lochristi', nis: '44034' },
      { name: 'Wachtebeke', nis: '44073' },
    ],
    result: 'Lochristi',
    nis: '44087',
  },
  {
    id: 'lokeren',
    scenario: 2,
    municipalities: [
      { name: 'Lokeren', nis: '46014' },
      { name: 'Moerbeke', nis: '44045' },
    ],
    result: 'Lokeren',
    nis: '46029',
  },
  {
    id: 'tielt',
    scenario: 2,
    municipalities: [
      { name: 'Meulebeke', nis: '37007' },
      { name: 'Tielt', nis: '37015' },
    ],
    result: 'Tielt',
    nis: '37022',
  },
  {
    id: 'wingene',
    scenario: 2,
    municipalities: [
      { name: 'Ruiselede', nis: '37012' },
      { name: 'Wingene', nis: '37018' },
    ],
    result: 'Wingene',
    nis: '37021',
  },
  {
    id: 'antwerpen',
    scenario: 3,
    municipalities: [
      { name: 'Antwerpen', nis: '11002' },
      { name: 'Borsbeek', nis: '11007' },
    ],
    result: 'Antwerpen',
    nis: '11002',
  },
];

/** Folded, with every run of other characters as one space: "Merelbeke – Melle" is "merelbeke melle". */
const fold = (s: string) =>
  foldText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface MergerMatch {
  merger: Merger;
  /** The merging municipality that matched, or null when the resulting one did. */
  municipality: Municipality | null;
}

/**
 * "Welk scenario geldt voor uw OCMW?": the mergers whose merging or resulting municipality starts
 * with the text typed (any word of the name, accents and case ignored), or whose old or new NIS
 * code starts with the digits typed.
 */
export function findMergers(query: string): MergerMatch[] {
  const q = fold(query);
  if (q === '') return [];
  const digits = /^\d+$/.test(q);
  const nameMatches = (name: string) => {
    const f = fold(name);
    return f.startsWith(q) || f.split(' ').some((word) => word.startsWith(q));
  };
  const matches: MergerMatch[] = [];
  for (const merger of MERGERS) {
    const municipality = merger.municipalities.find((m) => (digits ? m.nis.startsWith(q) : nameMatches(m.name))) ?? null;
    if (municipality) matches.push({ merger, municipality });
    else if (digits ? merger.nis.startsWith(q) : nameMatches(merger.result)) matches.push({ merger, municipality: null });
  }
  return matches;
}

/** Every merging municipality, alphabetically: for the list to choose from. */
export const MERGING_MUNICIPALITIES: readonly { municipality: Municipality; merger: Merger }[] = MERGERS.flatMap((merger) =>
  merger.municipalities.map((municipality) => ({ municipality, merger })),
).sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));

/** The dates of the guidelines: forms stop on 31/12/2024 and start again on 01/01/2025. */
export const MERGER_STOP_DATE = '2024-12-31';
export const MERGER_START_DATE = '2025-01-01';
