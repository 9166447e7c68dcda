/**
 * PrimaWeb function catalog (manual 000, annex): functions grouped in blocks. A profile is a set of
 * function ids; the PrimaWeb home page shows a section for every block the user has a function in.
 * Labels live in the message catalogs under `fn.<id>` and `block.<block>`.
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
}

export const FUNCTIONS: readonly PrimawebFunction[] = [
  { id: 'mutaties.rijksregister.raadplegen', block: 'mutaties' },
  { id: 'mutaties.rijksregister.gelezen', block: 'mutaties' },
  { id: 'dossiers.opzoeken', block: 'dossiers' },
  { id: 'dossiersSchulden.raadplegen', block: 'dossiersSchulden' },
  { id: 'terugvorderingsdossiers.raadplegen', block: 'terugvorderingsdossiers' },
  { id: 'hulpaanvragen.lijst', block: 'hulpaanvragen' },
  { id: 'sociaalOnderzoek.kszStromen', block: 'sociaalOnderzoek' },
];

export const ALL_FUNCTION_IDS: readonly string[] = FUNCTIONS.map((f) => f.id);

/** The blocks, in catalog order, in which at least one of the given functions lies. */
export function blocksOf(functionIds: Iterable<string>): FunctionBlock[] {
  const held = new Set(functionIds);
  return FUNCTION_BLOCKS.filter((block) => FUNCTIONS.some((f) => f.block === block && held.has(f.id)));
}
