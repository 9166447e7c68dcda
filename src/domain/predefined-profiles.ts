/**
 * The predefined profiles of 000 ("Secretaris", "Administratieve medewerker", "Maatschappelijk
 * werker", "Financiële beheerder / Ontvanger"): choosing one ticks a useful subset of functions,
 * which the administrator may then change. The subsets are plausible choices for each job, made
 * consistent with the dependencies of the catalog.
 */
import { ALL_FUNCTION_IDS, MUTATION_TYPES, SEARCH_FILE, withDependencies } from './functions';

export const PREDEFINED_PROFILES = ['secretaris', 'administratiefMedewerker', 'maatschappelijkWerker', 'financieelBeheerder'] as const;
export type PredefinedProfile = (typeof PREDEFINED_PROFILES)[number];

const byPrefix = (...prefixes: string[]) => ALL_FUNCTION_IDS.filter((id) => prefixes.some((p) => id.startsWith(p)));
const consult = (...types: (typeof MUTATION_TYPES)[number][]) => types.map((t) => `mutaties.${t}.raadplegen`);

const SUBSETS: Record<PredefinedProfile, string[]> = {
  secretaris: [
    ...consult(...MUTATION_TYPES),
    SEARCH_FILE,
    'hulpaanvragen.lijst',
    'hulpaanvragen.voorstelVerslag',
    'hulpaanvragen.beslissingen',
    'terugvorderingsdossiers.raadplegen',
  ],
  administratiefMedewerker: [
    ...byPrefix('mutaties.rijksregister', 'mutaties.wachtregister', 'mutaties.verblijfsvergunningen'),
    ...byPrefix('dossiers.'),
    'hulpaanvragen.lijst',
    'hulpaanvragen.algemeneGegevens',
    'sociaalOnderzoek.adressen',
    'sociaalOnderzoek.gezinssamenstelling',
  ],
  maatschappelijkWerker: [
    ...byPrefix('mutaties.rijksregister', 'mutaties.mediprima'),
    SEARCH_FILE,
    ...byPrefix('hulpaanvragen.', 'sociaalOnderzoek.'),
  ],
  financieelBeheerder: [
    ...consult('personeelsbestand', 'pensioenkadaster'),
    SEARCH_FILE,
    ...byPrefix('dossiersSchulden.', 'terugvorderingsdossiers.'),
  ],
};

export function predefinedFunctions(profile: PredefinedProfile): string[] {
  return withDependencies(SUBSETS[profile]);
}
