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
  /**
   * Other names the finder knows: the document's own spelling where it differs ("Kortesseem") and
   * the French name ("Anvers", as the transition-phase login shows "CPAS Anvers").
   */
  aliases?: readonly string[];
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
  /** The line of "Welk scenario geldt voor uw OCMW?", verbatim. */
  line: string;
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
    line: 'Beveren, Kruibeke en Zwijndrecht → Beveren - Kruibeke - Zwijndrecht',
  },
  {
    id: 'pajottegem',
    scenario: 1,
    municipalities: [
      { name: 'Galmaarden', nis: '23023', aliases: ['Gammerages'] },
      { name: 'Gooik', nis: '23024' },
      { name: 'Herne', nis: '23032', aliases: ['Hérinnes'] },
    ],
    result: 'Pajottegem',
    nis: '23106',
    line: 'Galmaarden, Gooik en Herne → Pajottegem',
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
    line: 'De Pinte en Nazareth → Nazareth - De Pinte',
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
    line: 'Melle en Merelbeke → Merelbeke – Melle',
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
    line: 'Bilzen en Hoeselt → Bilzen - Hoeselt',
  },
  {
    id: 'tongeren-borgloon',
    scenario: 2,
    municipalities: [
      { name: 'Tongeren', nis: '73083', aliases: ['Tongres'] },
      { name: 'Borgloon', nis: '73009', aliases: ['Looz'] },
    ],
    result: 'Tongeren - Borgloon',
    nis: '73111',
    line: 'Tongeren en Borgloon → Tongeren – Borgloon',
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
    line: 'Tessenderlo en Ham → Tessenderlo – Ham',
  },
  {
    id: 'hasselt',
    scenario: 2,
    municipalities: [
      { name: 'Hasselt', nis: '71022' },
      // The document writes "Kortesseem"; the municipality is Kortessem: the finder knows both.
      { name: 'Kortessem', nis: '73040', aliases: ['Kortesseem'] },
    ],
    result: 'Hasselt',
    nis: '71072',
    line: 'Hasselt en Kortesseem → Hasselt',
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
    line: 'Lochristi en Wachtebeke → Lochristi',
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
    line: 'Lokeren en Moerbeke → Lokeren',
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
    line: 'Meulebeke en Tielt → Tielt',
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
    line: 'Ruiselede en Wingene → Wingene',
  },
  {
    id: 'antwerpen',
    scenario: 3,
    municipalities: [
      { name: 'Antwerpen', nis: '11002', aliases: ['Anvers'] },
      { name: 'Borsbeek', nis: '11007' },
    ],
    result: 'Antwerpen',
    nis: '11002',
    line: 'Antwerpen-Borsbeek → Antwerpen',
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
  /** The other name that matched ("Anvers", "Kortesseem"), or null when the name itself did. */
  alias: string | null;
}

/** "OCMW", "CPAS" and what follows them ("van", "de", "d'") are not part of the name. */
const withoutInstitution = (q: string) => q.replace(/^(ocmw|cpas)( (van|de|d|du))?( |$)/, '').trim();

/**
 * "Welk scenario geldt voor uw OCMW?": the mergers whose merging or resulting municipality starts
 * with the text typed (any word of the name, or of its other names, accents and case ignored; "OCMW"
 * or "CPAS" before it is ignored, so "CPAS Anvers" finds Antwerpen), or whose old or new NIS code
 * starts with the digits typed.
 */
export function findMergers(query: string): MergerMatch[] {
  const q = withoutInstitution(fold(query));
  if (q === '') return [];
  const digits = /^\d+$/.test(q);
  const nameMatches = (name: string) => {
    const f = fold(name);
    return f.startsWith(q) || f.split(' ').some((word) => word.startsWith(q));
  };
  const matches: MergerMatch[] = [];
  for (const merger of MERGERS) {
    if (digits) {
      const municipality = merger.municipalities.find((m) => m.nis.startsWith(q)) ?? null;
      if (municipality || merger.nis.startsWith(q)) matches.push({ merger, municipality, alias: null });
      continue;
    }
    const byName = merger.municipalities.find((m) => nameMatches(m.name));
    if (byName) {
      matches.push({ merger, municipality: byName, alias: null });
      continue;
    }
    const byAlias = merger.municipalities.find((m) => m.aliases?.some(nameMatches));
    if (byAlias) {
      matches.push({ merger, municipality: byAlias, alias: byAlias.aliases?.find(nameMatches) ?? null });
      continue;
    }
    if (nameMatches(merger.result)) matches.push({ merger, municipality: null, alias: null });
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
