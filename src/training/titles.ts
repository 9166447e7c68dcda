/**
 * The titles of the course's scenarios and tests, as the course home, the scenario panel and the
 * reports show them. One source: the scenario and test definitions take their title from here,
 * and the course home (the first screen, pre-rendered at build time) lists them without loading
 * the scenarios' narrations (issue 13.4). The words are in the core catalogs (`title.<id>`), so a
 * language's titles load with that language only (issue 15).
 */
import { text, type Text } from '../i18n/text';

const IDS = [
  'aanmelden-primaweb',
  'mijn-toegangen',
  'profiel-creeren',
  'profiel-toekennen',
  'profiel-verwijderen',
  'gebruiker-deactiveren',
  'gezinslid-integreren',
  'desintegreren-deel',
  'integraties-raadplegen',
  'formulier-b',
  'formulier-c',
  'toegangsbeheer-gebruiker-toevoegen',
  'chaman-ftp-account',
  'chaman-rest-account',
  'ocmw-configuratie-mutaties',
  'ocmw-configuratie-ocmw-online',
  'fusie-integraties',
  'fusie-integraties-2',
  'fusie-integraties-3',
  'fusie-chaman',
  'fusie-ocmw-configuratie',
  'fusie-toegangsbeheer',
  'fusie-toegangsbeheer-updaten-2',
  'fusie-toegangsbeheer-opkuisen-3',
  'toets-aanmelden',
  'toets-profielen',
  'toets-integraties',
  'toets-toepassingen',
  'toets-fusies-2025',
  'toets-fusies-2025-scenario-2',
  'toets-fusies-2025-scenario-3',
] as const;

export type TitledId = (typeof IDS)[number];

export const TITLES = Object.fromEntries(IDS.map((id) => [id, text(`title.${id}`)])) as Record<TitledId, Text>;

/** The title of a scenario or test of the course, or undefined for an id the course does not know. */
export const titleOf = (id: string): Text | undefined => (TITLES as Record<string, Text>)[id];
