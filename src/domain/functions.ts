/**
 * PrimaWeb function catalog (manual 000, "Bijlages"): functions grouped in blocks. A profile is a
 * set of function ids; the PrimaWeb home page shows a section for every block the user holds a
 * function of. Labels and details are in the message catalogs under `fn.<id>` and
 * `fn.<id>.details`, block names under `block.<block>`.
 */

export const FUNCTION_BLOCKS = [
  'mutaties',
  'dossiers',
  'dossiersSchulden',
  'terugvorderingsdossiers',
  'hulpaanvragen',
  'sociaalOnderzoek',
] as const;

export type FunctionBlock = (typeof FUNCTION_BLOCKS)[number];

export interface PrimawebFunction {
  id: string;
  block: FunctionBlock;
  /** Functions without which this one is useless (000: Hulpaanvragen needs "Opzoeken van een dossier"). */
  requires: readonly string[];
}

/** The mutation types of the annex: each can be "raadplegen" and "aanduiden als gelezen". */
export const MUTATION_TYPES = [
  'rijksregister',
  'personeelsbestand',
  'wachtregister',
  'zelfstandigen',
  'verblijfsvergunningen',
  'mediprima',
  'pensioenkadaster',
] as const;

export const SEARCH_FILE = 'dossiers.opzoeken';

const fn = (id: string, block: FunctionBlock, requires: readonly string[] = []): PrimawebFunction => ({ id, block, requires });

export const FUNCTIONS: readonly PrimawebFunction[] = [
  ...MUTATION_TYPES.flatMap((type) => [fn(`mutaties.${type}.raadplegen`, 'mutaties'), fn(`mutaties.${type}.gelezen`, 'mutaties', [`mutaties.${type}.raadplegen`])]),
  fn(SEARCH_FILE, 'dossiers'),
  fn('dossiers.aanmaken', 'dossiers', [SEARCH_FILE]),
  fn('dossiers.persoonsgegevens', 'dossiers', [SEARCH_FILE]),
  fn('dossiersSchulden.raadplegen', 'dossiersSchulden'),
  fn('dossiersSchulden.beheren', 'dossiersSchulden', ['dossiersSchulden.raadplegen']),
  fn('dossiersSchulden.kszStromen', 'dossiersSchulden', ['dossiersSchulden.raadplegen']),
  fn('terugvorderingsdossiers.raadplegen', 'terugvorderingsdossiers'),
  fn('terugvorderingsdossiers.beheren', 'terugvorderingsdossiers', ['terugvorderingsdossiers.raadplegen']),
  fn('hulpaanvragen.lijst', 'hulpaanvragen', [SEARCH_FILE]),
  fn('hulpaanvragen.handelingen', 'hulpaanvragen', [SEARCH_FILE]),
  fn('hulpaanvragen.algemeneGegevens', 'hulpaanvragen', [SEARCH_FILE]),
  fn('hulpaanvragen.integratie', 'hulpaanvragen', [SEARCH_FILE]),
  fn('hulpaanvragen.sociaalOnderzoek', 'hulpaanvragen', [SEARCH_FILE]),
  fn('hulpaanvragen.voorstelVerslag', 'hulpaanvragen', [SEARCH_FILE]),
  fn('hulpaanvragen.beslissingen', 'hulpaanvragen', [SEARCH_FILE]),
  fn('sociaalOnderzoek.kszStromen', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.gezinssamenstelling', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.inkomens', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.adressen', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.formulierenRmi', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.formulierenWet65', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.formulierenVerwarming', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.formulierenMediprima', 'sociaalOnderzoek'),
  fn('sociaalOnderzoek.formulierenOrganiekeWet', 'sociaalOnderzoek'),
];

export const ALL_FUNCTION_IDS: readonly string[] = FUNCTIONS.map((f) => f.id);

const BY_ID = new Map(FUNCTIONS.map((f) => [f.id, f]));

export function functionById(id: string): PrimawebFunction | undefined {
  return BY_ID.get(id);
}

export function isFunctionId(id: string): boolean {
  return BY_ID.has(id);
}

export function functionsOfBlock(block: FunctionBlock): PrimawebFunction[] {
  return FUNCTIONS.filter((f) => f.block === block);
}

/** The blocks, in catalog order, in which at least one of the given functions lies. */
export function blocksOf(functionIds: Iterable<string>): FunctionBlock[] {
  const held = new Set(functionIds);
  return FUNCTION_BLOCKS.filter((block) => FUNCTIONS.some((f) => f.block === block && held.has(f.id)));
}

export interface MissingDependency {
  functionId: string;
  missing: string[];
}

/** Functions in the set whose required functions are not in it (the manual's warning). */
export function missingDependencies(functionIds: Iterable<string>): MissingDependency[] {
  const held = new Set(functionIds);
  return FUNCTIONS.filter((f) => held.has(f.id))
    .map((f) => ({ functionId: f.id, missing: f.requires.filter((r) => !held.has(r)) }))
    .filter((d) => d.missing.length > 0);
}

/** The set completed with every required function, as the "fix in one click" does. */
export function withDependencies(functionIds: Iterable<string>): string[] {
  const held = new Set(functionIds);
  let added = true;
  while (added) {
    added = false;
    for (const id of [...held]) {
      for (const r of BY_ID.get(id)?.requires ?? []) {
        if (!held.has(r)) {
          held.add(r);
          added = true;
        }
      }
    }
  }
  return ALL_FUNCTION_IDS.filter((id) => held.has(id));
}
