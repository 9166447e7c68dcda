/**
 * The titles of the course's scenarios and tests, as the course home, the scenario panel and the
 * reports show them. One source: the scenario and test definitions take their title from here,
 * and the course home (the first screen, pre-rendered at build time) lists them without loading
 * the scenarios' narrations (issue 13.4).
 */
import type { Localised } from '../i18n/locales';

export const TITLES = {
  'aanmelden-primaweb': { nl: 'Aanmelden in PrimaWeb', fr: 'Se connecter à PrimaWeb', de: 'Bei PrimaWeb anmelden', en: 'Logging in to PrimaWeb' },
  'mijn-toegangen': { nl: 'Mijn toegangen raadplegen', fr: 'Consulter mes accès', de: 'Meine Zugriffe einsehen', en: 'Viewing my access rights' },
  'profiel-creeren': { nl: 'Een profiel creëren met een voorgedefinieerd profiel', fr: 'Créer un profil à partir d\'un profil prédéfini', de: 'Ein Profil aus einem vordefinierten Profil erstellen', en: 'Creating a profile from a predefined profile' },
  'profiel-toekennen': { nl: 'Een profiel toekennen aan een gebruiker', fr: 'Attribuer un profil à un utilisateur', de: 'Einem Benutzer ein Profil zuweisen', en: 'Assigning a profile to a user' },
  'profiel-verwijderen': { nl: 'Een profiel verwijderen', fr: 'Supprimer un profil', de: 'Ein Profil löschen', en: 'Deleting a profile' },
  'gebruiker-deactiveren': { nl: 'Een gebruiker deactiveren en reactiveren', fr: 'Désactiver et réactiver un utilisateur', de: 'Einen Benutzer deaktivieren und reaktivieren', en: 'Deactivating and reactivating a user' },
  'gezinslid-integreren': { nl: 'Een gezinslid manueel integreren', fr: 'Intégrer manuellement un membre du ménage', de: 'Ein Haushaltsmitglied manuell integrieren', en: 'Integrating a household member manually' },
  'desintegreren-deel': { nl: 'Een persoon desintegreren voor een deel van de periode', fr: 'Désintégrer une personne pour une partie de la période', de: 'Eine Person für einen Teil des Zeitraums desintegrieren', en: 'Disintegrating a person for part of the period' },
  'integraties-raadplegen': { nl: 'De integraties raadplegen', fr: 'Consulter les intégrations', de: 'Die Integrationen einsehen', en: 'Consulting the integrations' },
  'formulier-b': { nl: 'Automatische integratie bij het verzenden van formulier B', fr: 'Intégration automatique à l\'envoi du formulaire B', de: 'Automatische Integration beim Versand von Formular B', en: 'Automatic integration when sending form B' },
  'formulier-c': { nl: 'Formulier C: manueel desintegreren', fr: 'Formulaire C : désintégrer manuellement', de: 'Formular C: manuell desintegrieren', en: 'Form C: disintegrating manually' },
  'toegangsbeheer-gebruiker-toevoegen': { nl: 'Een gebruiker toevoegen in Toegangsbeheer', fr: 'Ajouter un utilisateur dans la Gestion des accès', de: 'Einen Benutzer in der „Gestion des accès“ hinzufügen', en: 'Adding a user in Toegangsbeheer' },
  'chaman-ftp-account': { nl: 'Een FTP-account aanmaken in ChaMan', fr: 'Créer un compte FTP dans ChaMan', de: 'Ein FTP-Konto in ChaMan anlegen', en: 'Creating an FTP account in ChaMan' },
  'chaman-rest-account': { nl: 'Een REST-account voor OCMW Online aanmaken', fr: 'Créer un compte REST pour CPAS Online', de: 'Ein REST-Konto für CPAS Online anlegen', en: 'Creating a REST account for OCMW Online' },
  'ocmw-configuratie-mutaties': { nl: 'Mutaties selecteren', fr: 'Sélectionner les mutations', de: 'Mutationen auswählen', en: 'Selecting mutations' },
  'ocmw-configuratie-ocmw-online': { nl: 'OCMW Online-meldingen instellen', fr: 'Paramétrer les notifications CPAS Online', de: 'Meldungen von CPAS Online einstellen', en: 'Setting up OCMW Online notifications' },
  'fusie-integraties': { nl: 'Fusie: integraties overzetten (scenario 1)', fr: 'Fusion : transférer les intégrations (scénario 1)', de: 'Fusion: Integrationen übertragen (Szenario 1)', en: 'Merger: transferring the integrations (scenario 1)' },
  'fusie-integraties-2': { nl: 'Fusie: integraties overzetten (scenario 2)', fr: 'Fusion : transférer les intégrations (scénario 2)', de: 'Fusion: Integrationen übertragen (Szenario 2)', en: 'Merger: transferring the integrations (scenario 2)' },
  'fusie-integraties-3': { nl: 'Fusie: integraties overzetten (scenario 3)', fr: 'Fusion : transférer les intégrations (scénario 3)', de: 'Fusion: Integrationen übertragen (Szenario 3)', en: 'Merger: transferring the integrations (scenario 3)' },
  'fusie-chaman': { nl: 'Fusie: FTP- en REST-account voor het nieuwe KBO-nummer', fr: 'Fusion : comptes FTP et REST pour le nouveau numéro BCE', de: 'Fusion: FTP- und REST-Konto für die neue ZDU-Nummer', en: 'Merger: FTP and REST accounts for the new CBE number' },
  'fusie-ocmw-configuratie': { nl: 'Fusie: OCMW-configuratie voor het nieuwe KBO-nummer', fr: 'Fusion : Configuration CPAS pour le nouveau numéro BCE', de: 'Fusion: „Configuration CPAS“ für die neue ZDU-Nummer', en: 'Merger: OCMW-configuratie for the new CBE number' },
  'fusie-toegangsbeheer': { nl: 'Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen', fr: 'Fusion : désigner le gestionnaire d\'accès du nouveau CPAS', de: 'Fusion: den Zugriffsverwalter des neuen ÖSHZ bestellen', en: 'Merger: appointing the access manager of the new PCSW' },
  'fusie-toegangsbeheer-updaten-2': { nl: 'Fusie: huidig Toegangsbeheer "updaten" (scenario 2)', fr: 'Fusion : « mettre à jour » la Gestion des accès actuelle (scénario 2)', de: 'Fusion: die bestehende „Gestion des accès“ aktualisieren (Szenario 2)', en: 'Merger: “updating” the current Toegangsbeheer (scenario 2)' },
  'fusie-toegangsbeheer-opkuisen-3': { nl: 'Fusie: huidig Toegangsbeheer "opkuisen" (scenario 3)', fr: 'Fusion : « nettoyer » la Gestion des accès actuelle (scénario 3)', de: 'Fusion: die bestehende „Gestion des accès“ bereinigen (Szenario 3)', en: 'Merger: “cleaning up” the current Toegangsbeheer (scenario 3)' },
  'toets-aanmelden': { nl: 'Toets: aanmelden', fr: 'Test : connexion', de: 'Test: Anmeldung', en: 'Test: logging in' },
  'toets-profielen': { nl: 'Toets: beheer van de profielen', fr: 'Test : gestion des profils', de: 'Test: Verwaltung der Profile', en: 'Test: managing profiles' },
  'toets-integraties': { nl: 'Toets: integraties', fr: 'Test : intégrations', de: 'Test: Integrationen', en: 'Test: integrations' },
  'toets-toepassingen': { nl: 'Toets: Toegangsbeheer, ChaMan en OCMW-configuratie', fr: 'Test : Gestion des accès, ChaMan et Configuration CPAS', de: 'Test: Gestion des accès, ChaMan und Configuration CPAS', en: 'Test: Toegangsbeheer, ChaMan and OCMW-configuratie' },
  'toets-fusies-2025': { nl: 'Toets: fusies 2025', fr: 'Test : fusions 2025', de: 'Test: Fusionen 2025', en: 'Test: mergers 2025' },
  'toets-fusies-2025-scenario-2': { nl: 'Toets: fusiescenario 2', fr: 'Test : scénario de fusion 2', de: 'Test: Fusionsszenario 2', en: 'Test: merger scenario 2' },
  'toets-fusies-2025-scenario-3': { nl: 'Toets: fusiescenario 3', fr: 'Test : scénario de fusion 3', de: 'Test: Fusionsszenario 3', en: 'Test: merger scenario 3' },
} as const satisfies Record<string, Localised>;

export type TitledId = keyof typeof TITLES;

/** The title of a scenario or test of the course, or undefined for an id the course does not know. */
export const titleOf = (id: string): Localised | undefined => (TITLES as Record<string, Localised>)[id];
