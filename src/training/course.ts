/**
 * The course: one module per source document, in the order of issue 12 (Aanmelden, Beheer van de
 * profielen, Integraties, Toegangsbeheer/ChaMan/OCMW-configuratie, Fusies 2025). A module lists
 * the practice scenarios of its manual and its test(s). Pure data: the course home (views/course)
 * and the LMS packages (module ids) read it; progress and results come from the learner's records.
 */
import { text, type Text } from '../i18n/text';

export type ModuleId = 'aanmelden' | 'profielen' | 'integraties' | 'toepassingen' | 'fusies-2025';

export interface CourseModule {
  id: ModuleId;
  title: Text;
  /** The manual the module follows, as the learner has it beside the simulator. */
  manual: Text;
  /** Its practice scenarios, in the panel's order. */
  scenarios: readonly string[];
  /**
   * Its tests ("Toets: …"). One for most modules; "Fusies 2025" has one per merger scenario (the
   * learner takes the one of their own OCMW's scenario).
   */
  tests: readonly string[];
}

/** A module's title and manual, in the core catalogs (`module.<id>.title`, `module.<id>.manual`). */
const words = (id: ModuleId) => ({ title: text(`module.${id}.title`), manual: text(`module.${id}.manual`) });

export const MODULES: readonly CourseModule[] = [
  {
    id: 'aanmelden',
    ...words('aanmelden'),
    scenarios: ['aanmelden-primaweb'],
    tests: ['toets-aanmelden'],
  },
  {
    id: 'profielen',
    ...words('profielen'),
    scenarios: ['mijn-toegangen', 'profiel-creeren', 'profiel-toekennen', 'profiel-verwijderen', 'gebruiker-deactiveren'],
    tests: ['toets-profielen'],
  },
  {
    id: 'integraties',
    ...words('integraties'),
    scenarios: ['gezinslid-integreren', 'desintegreren-deel', 'integraties-raadplegen', 'formulier-b', 'formulier-c'],
    tests: ['toets-integraties'],
  },
  {
    id: 'toepassingen',
    ...words('toepassingen'),
    scenarios: ['toegangsbeheer-gebruiker-toevoegen', 'chaman-ftp-account', 'chaman-rest-account', 'ocmw-configuratie-mutaties', 'ocmw-configuratie-ocmw-online'],
    tests: ['toets-toepassingen'],
  },
  {
    id: 'fusies-2025',
    ...words('fusies-2025'),
    scenarios: [
      'fusie-integraties',
      'fusie-integraties-2',
      'fusie-integraties-3',
      'fusie-chaman',
      'fusie-ocmw-configuratie',
      'fusie-toegangsbeheer',
      'fusie-toegangsbeheer-updaten-2',
      'fusie-toegangsbeheer-opkuisen-3',
    ],
    tests: ['toets-fusies-2025', 'toets-fusies-2025-scenario-2', 'toets-fusies-2025-scenario-3'],
  },
];

export const moduleOf = (id: string): CourseModule | undefined => MODULES.find((m) => m.id === id);

/** The module a scenario or test belongs to. */
export const moduleOfItem = (itemId: string): CourseModule | undefined => MODULES.find((m) => m.scenarios.includes(itemId) || m.tests.includes(itemId));
