/** "Een profiel creëren met een voorgedefinieerd profiel" (000). */
import { predefinedFunctions } from '../../../domain/predefined-profiles';
import type { Scenario } from '../../scenario';
import { loggedIn, profileIdOf, SOCIAL_WORK } from '../setup';
import { anyOf, editing, is } from '../steps';
import { IN_PRIMAWEB, managementStep } from './shared';
import { TITLES } from '../../titles';

export const createProfileScenario: Scenario = {
  id: 'profiel-creeren',
  title: TITLES['profiel-creeren'],
  summary: {
    nl: 'Als PrimaWeb beheerder een profiel "Maatschappelijk werker" aanmaken vanuit het voorgedefinieerde profiel.',
    fr: 'En tant que gestionnaire PrimaWeb, créer un profil « Travailleur social » à partir du profil prédéfini.',
  },
  outro: {
    nl: 'Na registratie, komt u opnieuw in het scherm "Beheer van de toegangen". U merkt dat het profiel, dat u zojuist heeft aangemaakt, in de lijst van de profielen verschijnt. Indien gewenst kan u meerdere profielen aanmaken.',
    fr: 'Après l\'enregistrement, vous revenez à l\'écran « Gestion des accès ». Le profil que vous venez de créer apparaît dans la liste des profils. Vous pouvez créer plusieurs profils si vous le souhaitez.',
  },
  // The exercise's profile must not exist yet.
  prepare: (world) => {
    const ready = loggedIn(world, 'lotte', 'primawebBeheer');
    const id = profileIdOf(ready, SOCIAL_WORK);
    return id ? { ...ready, assignments: ready.assignments.filter((a) => a.profileId !== id), profiles: ready.profiles.filter((p) => p.id !== id) } : ready;
  },
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'create',
      narration: {
        nl: 'In het volgende scherm vindt u een lijst van de bestaande profielen en de lijst van de gebruikers met profiel en de gebruikers die nog geen profiel hebben, maar zich al wel een eerste keer hebben aangemeld op Primaweb. Om een profiel aan te maken klikt u op "Een profiel creëren".',
        fr: 'L\'écran suivant montre la liste des profils existants et la liste des utilisateurs avec profil et de ceux qui n\'ont pas encore de profil mais se sont déjà connectés une première fois à PrimaWeb. Pour créer un profil, cliquez sur « Créer un profil ».',
      },
      hint: { nl: 'Klik op "Een profiel creëren".', fr: 'Cliquez sur « Créer un profil ».' },
      target: 'pw-create',
      expects: is('pw.createProfile'),
      perform: () => ({ type: 'pw.createProfile' }),
      isDone: ({ primaweb }) => primaweb.matches('editor'),
    },
    {
      id: 'describe',
      narration: {
        nl: 'In het volgende scherm zal u het profiel dat u wenst aan te maken moeten beschrijven. De beschrijving van het profiel zal verschijnen in de taal die gekozen werd door de gebruiker bij het aanmelden in Primaweb: vul "Maatschappelijk werker" in het Nederlands en "Travailleur social" in het Frans in.',
        fr: 'Dans l\'écran suivant, vous décrivez le profil à créer. La description apparaîtra dans la langue choisie par l\'utilisateur lors de sa connexion à PrimaWeb : saisissez « Maatschappelijk werker » en néerlandais et « Travailleur social » en français.',
      },
      hint: { nl: 'Vul beide beschrijvingen in.', fr: 'Complétez les deux descriptions.' },
      target: 'pw-description',
      expects: editing,
      perform: () => [
        { type: 'pw.setDescription', locale: 'nl', text: SOCIAL_WORK.nl },
        { type: 'pw.setDescription', locale: 'fr', text: SOCIAL_WORK.fr },
      ],
      isDone: ({ primaweb }) => primaweb.matches('editor') && primaweb.context.draft.description.nl.trim() !== '' && primaweb.context.draft.description.fr.trim() !== '',
    },
    {
      id: 'predefined',
      narration: {
        nl: 'Vervolgens bepaalt u de functies. U kan ook gebruik maken van de voorgedefinieerde profielen: Secretaris, Administratieve medewerker, Maatschappelijk werker, Financiële beheerder / Ontvanger. Primaweb zal een deel van de functies aanvinken die nuttig kunnen zijn voor deze persoon om haar taken uit te voeren. Kies "Maatschappelijk werker" en klik op "Functies aanvinken".',
        fr: 'Ensuite, vous déterminez les fonctions. Vous pouvez utiliser les profils prédéfinis : Secrétaire, Collaborateur administratif, Travailleur social, Directeur financier / Receveur. PrimaWeb coche une partie des fonctions utiles à cette personne pour ses tâches. Choisissez « Travailleur social » et cliquez sur « Cocher les fonctions ».',
      },
      hint: { nl: 'Kies "Maatschappelijk werker" als voorgedefinieerd profiel en klik op "Functies aanvinken".', fr: 'Choisissez « Travailleur social » comme profil prédéfini et cliquez sur « Cocher les fonctions ».' },
      target: 'pw-functions',
      expects: editing,
      perform: () => ({ type: 'pw.applyPredefined', profile: 'maatschappelijkWerker' }),
      isDone: ({ primaweb }) =>
        primaweb.matches('editor') && predefinedFunctions('maatschappelijkWerker').every((f) => primaweb.context.draft.functions.includes(f)),
    },
    {
      id: 'save',
      narration: {
        nl: 'U kan uiteraard altijd functies aan/uitvinken naar gelang de behoeftes en de organisatie van uw centrum. Eens alle gewenste functies aangevinkt zijn, klikt u op "Bewaren".',
        fr: 'Vous pouvez toujours cocher ou décocher des fonctions selon les besoins et l\'organisation de votre centre. Une fois toutes les fonctions souhaitées cochées, cliquez sur « Enregistrer ».',
      },
      hint: { nl: 'Klik op "Bewaren".', fr: 'Cliquez sur « Enregistrer ».' },
      target: 'pw-save',
      expects: anyOf(editing, is('pw.saveProfile'), is('pw.saveAnyway'), is('pw.completeAndSave'), is('pw.cancel')),
      perform: () => ({ type: 'pw.saveProfile' }),
      isDone: ({ world, primaweb }) => primaweb.matches('management') && profileIdOf(world, SOCIAL_WORK) !== undefined,
    },
  ],
};
