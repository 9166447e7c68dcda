/**
 * The titles of the course's scenarios and tests, as the course home, the scenario panel and the
 * reports show them. One source: the scenario and test definitions take their title from here,
 * and the course home (the first screen, pre-rendered at build time) lists them without loading
 * the scenarios' narrations (issue 13.4).
 */
import type { Localised } from '../world/types';

export const TITLES = {
  'aanmelden-primaweb': { nl: 'Aanmelden in PrimaWeb', fr: 'Se connecter à PrimaWeb' },
  'mijn-toegangen': { nl: 'Mijn toegangen raadplegen', fr: 'Consulter mes accès' },
  'profiel-creeren': { nl: 'Een profiel creëren met een voorgedefinieerd profiel', fr: 'Créer un profil à partir d\'un profil prédéfini' },
  'profiel-toekennen': { nl: 'Een profiel toekennen aan een gebruiker', fr: 'Attribuer un profil à un utilisateur' },
  'profiel-verwijderen': { nl: 'Een profiel verwijderen', fr: 'Supprimer un profil' },
  'gebruiker-deactiveren': { nl: 'Een gebruiker deactiveren en reactiveren', fr: 'Désactiver et réactiver un utilisateur' },
  'gezinslid-integreren': { nl: 'Een gezinslid manueel integreren', fr: 'Intégrer manuellement un membre du ménage' },
  'desintegreren-deel': { nl: 'Een persoon desintegreren voor een deel van de periode', fr: 'Désintégrer une personne pour une partie de la période' },
  'integraties-raadplegen': { nl: 'De integraties raadplegen', fr: 'Consulter les intégrations' },
  'formulier-b': { nl: 'Automatische integratie bij het verzenden van formulier B', fr: 'Intégration automatique à l\'envoi du formulaire B' },
  'formulier-c': { nl: 'Formulier C: manueel desintegreren', fr: 'Formulaire C : désintégrer manuellement' },
  'toegangsbeheer-gebruiker-toevoegen': { nl: 'Een gebruiker toevoegen in Toegangsbeheer', fr: 'Ajouter un utilisateur dans la Gestion des accès' },
  'chaman-ftp-account': { nl: 'Een FTP-account aanmaken in ChaMan', fr: 'Créer un compte FTP dans ChaMan' },
  'chaman-rest-account': { nl: 'Een REST-account voor OCMW Online aanmaken', fr: 'Créer un compte REST pour CPAS Online' },
  'ocmw-configuratie-mutaties': { nl: 'Mutaties selecteren', fr: 'Sélectionner les mutations' },
  'ocmw-configuratie-ocmw-online': { nl: 'OCMW Online-meldingen instellen', fr: 'Paramétrer les notifications CPAS Online' },
  'fusie-integraties': { nl: 'Fusie: integraties overzetten (scenario 1)', fr: 'Fusion : transférer les intégrations (scénario 1)' },
  'fusie-integraties-2': { nl: 'Fusie: integraties overzetten (scenario 2)', fr: 'Fusion : transférer les intégrations (scénario 2)' },
  'fusie-integraties-3': { nl: 'Fusie: integraties overzetten (scenario 3)', fr: 'Fusion : transférer les intégrations (scénario 3)' },
  'fusie-chaman': { nl: 'Fusie: FTP- en REST-account voor het nieuwe KBO-nummer', fr: 'Fusion : comptes FTP et REST pour le nouveau numéro BCE' },
  'fusie-ocmw-configuratie': { nl: 'Fusie: OCMW-configuratie voor het nieuwe KBO-nummer', fr: 'Fusion : Configuration CPAS pour le nouveau numéro BCE' },
  'fusie-toegangsbeheer': { nl: 'Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen', fr: 'Fusion : désigner le gestionnaire d\'accès du nouveau CPAS' },
  'fusie-toegangsbeheer-updaten-2': { nl: 'Fusie: huidig Toegangsbeheer "updaten" (scenario 2)', fr: 'Fusion : « mettre à jour » la Gestion des accès actuelle (scénario 2)' },
  'fusie-toegangsbeheer-opkuisen-3': { nl: 'Fusie: huidig Toegangsbeheer "opkuisen" (scenario 3)', fr: 'Fusion : « nettoyer » la Gestion des accès actuelle (scénario 3)' },
  'toets-aanmelden': { nl: 'Toets: aanmelden', fr: 'Test : connexion' },
  'toets-profielen': { nl: 'Toets: beheer van de profielen', fr: 'Test : gestion des profils' },
  'toets-integraties': { nl: 'Toets: integraties', fr: 'Test : intégrations' },
  'toets-toepassingen': { nl: 'Toets: Toegangsbeheer, ChaMan en OCMW-configuratie', fr: 'Test : Gestion des accès, ChaMan et Configuration CPAS' },
  'toets-fusies-2025': { nl: 'Toets: fusies 2025', fr: 'Test : fusions 2025' },
  'toets-fusies-2025-scenario-2': { nl: 'Toets: fusiescenario 2', fr: 'Test : scénario de fusion 2' },
  'toets-fusies-2025-scenario-3': { nl: 'Toets: fusiescenario 3', fr: 'Test : scénario de fusion 3' },
} as const satisfies Record<string, Localised>;

export type TitledId = keyof typeof TITLES;

/** The title of a scenario or test of the course, or undefined for an id the course does not know. */
export const titleOf = (id: string): Localised | undefined => (TITLES as Record<string, Localised>)[id];
