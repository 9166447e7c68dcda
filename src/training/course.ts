/**
 * The course: one module per source document, in the order of issue 12 (Aanmelden, Beheer van de
 * profielen, Integraties, Toegangsbeheer/ChaMan/OCMW-configuratie, Fusies 2025). A module lists
 * the practice scenarios of its manual and its test(s). Pure data: the course home (views/course)
 * and the LMS packages (module ids) read it; progress and results come from the learner's records.
 */
import type { Localised } from '../i18n/locales';

export type ModuleId = 'aanmelden' | 'profielen' | 'integraties' | 'toepassingen' | 'fusies-2025';

export interface CourseModule {
  id: ModuleId;
  title: Localised;
  /** The manual the module follows, as the learner has it beside the simulator. */
  manual: Localised;
  /** Its practice scenarios, in the panel's order. */
  scenarios: readonly string[];
  /**
   * Its tests ("Toets: …"). One for most modules; "Fusies 2025" has one per merger scenario (the
   * learner takes the one of their own OCMW's scenario).
   */
  tests: readonly string[];
}

export const MODULES: readonly CourseModule[] = [
  {
    id: 'aanmelden',
    title: { nl: 'Aanmelden', fr: 'Connexion', de: 'Anmeldung', en: 'Logging in' },
    manual: {
      nl: 'eLearning "Aanmelden in PrimaWeb" (001/002)',
      fr: 'eLearning « Se connecter à PrimaWeb » (001/002)',
      de: 'E-Learning „Se connecter à PrimaWeb“ (001/002, auf Französisch)',
      en: 'eLearning "Aanmelden in PrimaWeb" (001/002, in Dutch)',
    },
    scenarios: ['aanmelden-primaweb'],
    tests: ['toets-aanmelden'],
  },
  {
    id: 'profielen',
    title: { nl: 'Beheer van de profielen', fr: 'Gestion des profils', de: 'Verwaltung der Profile', en: 'Managing profiles' },
    manual: {
      nl: 'Handleiding PrimaWeb "Beheer van de profielen" (000)',
      fr: 'Manuel PrimaWeb « Gestion des profils » (000)',
      de: 'Handbuch PrimaWeb „Gestion des profils“ (000, auf Französisch)',
      en: 'PrimaWeb manual "Beheer van de profielen" (000, in Dutch)',
    },
    scenarios: ['mijn-toegangen', 'profiel-creeren', 'profiel-toekennen', 'profiel-verwijderen', 'gebruiker-deactiveren'],
    tests: ['toets-profielen'],
  },
  {
    id: 'integraties',
    title: { nl: 'Integraties', fr: 'Intégrations', de: 'Integrationen', en: 'Integrations' },
    manual: {
      nl: 'Handleiding PrimaWeb "Integraties" (003)',
      fr: 'Manuel PrimaWeb « Intégrations » (003)',
      de: 'Handbuch PrimaWeb „Intégrations“ (003, auf Französisch)',
      en: 'PrimaWeb manual "Integraties" (003, in Dutch)',
    },
    scenarios: ['gezinslid-integreren', 'desintegreren-deel', 'integraties-raadplegen', 'formulier-b', 'formulier-c'],
    tests: ['toets-integraties'],
  },
  {
    id: 'toepassingen',
    title: {
      nl: 'Toegangsbeheer, ChaMan en OCMW-configuratie',
      fr: 'Gestion des accès, ChaMan et Configuration CPAS',
      de: 'Gestion des accès, ChaMan und Configuration CPAS',
      en: 'Toegangsbeheer, ChaMan and OCMW-configuratie',
    },
    manual: {
      nl: "Richtlijnen \"Fusies Gemeenten en OCMW's 2025\" (004): Toegangsbeheer, ChaMan, OCMW-configuratie",
      fr: 'Directives « Fusions de communes et CPAS 2025 » (004) : Gestion des accès, ChaMan, Configuration CPAS',
      de: 'Richtlinien „Fusions de communes et CPAS 2025“ (004, auf Französisch): Gestion des accès, ChaMan, Configuration CPAS',
      en: "Guidelines \"Fusies Gemeenten en OCMW's 2025\" (004, in Dutch): Toegangsbeheer, ChaMan, OCMW-configuratie",
    },
    scenarios: ['toegangsbeheer-gebruiker-toevoegen', 'chaman-ftp-account', 'chaman-rest-account', 'ocmw-configuratie-mutaties', 'ocmw-configuratie-ocmw-online'],
    tests: ['toets-toepassingen'],
  },
  {
    id: 'fusies-2025',
    title: { nl: 'Fusies 2025', fr: 'Fusions 2025', de: 'Fusionen 2025', en: 'Mergers 2025' },
    manual: {
      nl: "Richtlijnen \"Fusies Gemeenten en OCMW's 2025\" (004)",
      fr: 'Directives « Fusions de communes et CPAS 2025 » (004)',
      de: 'Richtlinien „Fusions de communes et CPAS 2025“ (004, auf Französisch)',
      en: "Guidelines \"Fusies Gemeenten en OCMW's 2025\" (004, in Dutch)",
    },
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
