/**
 * The scenarios of manual 000 ("Beheer van de profielen"), with the manual's own sentences as
 * narration. Each starts logged in to PrimaWeb at OCMW Herstappe, as the manual's screens do.
 */
import { predefinedFunctions } from '../../domain/predefined-profiles';
import { activeUsers, inactiveUsers } from '../../world/access';
import { HERSTAPPE } from '../../world/seed';
import type { World } from '../../world/types';
import type { Scenario, ScenarioStep, StepContext } from '../scenario';
import { loggedIn, profileIdOf, registered, SOCIAL_WORK, withAssignment, withProfile } from './setup';
import { anyOf, editing, is, loginStepsFor } from './steps';

const IN_PRIMAWEB = { page: 'home' } as const;
const RECEPTION = { nl: 'Onthaal', fr: 'Accueil' };

const managementStep: ScenarioStep = {
  id: 'management',
  narration: {
    nl: 'Enkel iemand met de rol "OCMW-configuratie" kan een profiel aanmaken, wijzigen en toekennen. Klik op de homepage van Primaweb in de sectie "Toegangen" op "Beheer van de toegangen van de gebruikers van het OCMW".',
    fr: 'Seule une personne ayant le rôle « Configuration CPAS » peut créer, modifier et attribuer un profil. Sur la page d\'accueil de PrimaWeb, dans la section « Accès », cliquez sur « Gestion des accès des utilisateurs du CPAS ».',
  },
  hint: { nl: 'Klik op "Beheer van de toegangen van de gebruikers van het OCMW".', fr: 'Cliquez sur « Gestion des accès des utilisateurs du CPAS ».' },
  target: 'pw-management',
  expects: is('pw.openManagement'),
  perform: () => ({ type: 'pw.openManagement' }),
  isDone: ({ primaweb }) => !primaweb.matches('home'),
};

const userActive = (world: World, personId: string) => activeUsers(world, HERSTAPPE).some((u) => u.person.id === personId);

export const myAccessScenario: Scenario = {
  id: 'mijn-toegangen',
  title: { nl: 'Mijn toegangen raadplegen', fr: 'Consulter mes accès' },
  summary: {
    nl: 'De profielen die u werden toegekend en hun functies bekijken en afdrukken (handleiding "Beheer van de profielen").',
    fr: 'Consulter et imprimer les profils qui vous ont été attribués et leurs fonctions (manuel « Gestion des profils »).',
  },
  outro: {
    nl: 'U kan zo de verschillende functies van de verschillende profielen die u werden toegekend nakijken.',
    fr: 'Vous pouvez ainsi vérifier les différentes fonctions des différents profils qui vous ont été attribués.',
  },
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  steps: [
    {
      id: 'open',
      narration: {
        nl: 'Elke gebruiker heeft de mogelijkheid om de profielen die hem werden toegekend te raadplegen. Hiervoor dient de gebruiker te klikken op "Mijn toegangen" onder "Toegangen" op de Homepage van Primaweb.',
        fr: 'Chaque utilisateur peut consulter les profils qui lui ont été attribués. Pour cela, il clique sur « Mes accès » sous « Accès » sur la page d\'accueil de PrimaWeb.',
      },
      hint: { nl: 'Klik op "Mijn toegangen".', fr: 'Cliquez sur « Mes accès ».' },
      target: 'pw-my-access',
      expects: is('pw.openMyAccess'),
      perform: () => ({ type: 'pw.openMyAccess' }),
      isDone: ({ primaweb }) => primaweb.matches('myAccess'),
    },
    {
      id: 'magnifier',
      narration: {
        nl: 'De lijst van de profielen die hem werden toegekend worden weergegeven. Als de gebruiker op het vergrootglas naast een profiel klikt dan verschijnen alle functies die aan dit profiel verbonden zijn.',
        fr: 'La liste des profils qui lui ont été attribués s\'affiche. Si l\'utilisateur clique sur la loupe à côté d\'un profil, toutes les fonctions liées à ce profil apparaissent.',
      },
      hint: { nl: 'Klik op het vergrootglas naast het profiel.', fr: 'Cliquez sur la loupe à côté du profil.' },
      target: 'pw-magnifier',
      expects: is('pw.showFunctions'),
      perform: ({ world }) => ({ type: 'pw.showFunctions', profileId: world.session?.profiles[0]?.id ?? '' }),
      isDone: ({ primaweb }) => primaweb.matches('myAccess') && primaweb.context.detailId !== null,
    },
    {
      id: 'print',
      narration: {
        nl: 'De gebruiker heeft de mogelijkheid om deze lijsten te printen. Klik hiervoor op "Afdrukken".',
        fr: 'L\'utilisateur peut imprimer ces listes. Pour cela, il clique sur « Imprimer ».',
      },
      hint: { nl: 'Klik op "Afdrukken".', fr: 'Cliquez sur « Imprimer ».' },
      target: 'pw-print',
      expects: anyOf(is('pw.print'), is('pw.hideFunctions'), is('pw.showFunctions')),
      perform: () => ({ type: 'pw.print' }),
      isDone: ({ primaweb }) => primaweb.matches('myAccess') && primaweb.context.printCount > 0,
    },
  ],
};

export const createProfileScenario: Scenario = {
  id: 'profiel-creeren',
  title: { nl: 'Een profiel creëren met een voorgedefinieerd profiel', fr: 'Créer un profil à partir d\'un profil prédéfini' },
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

/** Pieter has logged in once and has no profile; the profile "Maatschappelijk werker" exists. */
function assignSetup(world: World): World {
  const withPieter = registered(world, 'pieter');
  const { world: withSocialWork } = withProfile(withPieter, SOCIAL_WORK);
  return loggedIn(withAssignment(withSocialWork, 'pieter', []), 'lotte', 'primawebBeheer');
}

const socialWorkId = (ctx: StepContext) => profileIdOf(ctx.world, SOCIAL_WORK) ?? '';

export const assignScenario: Scenario = {
  id: 'profiel-toekennen',
  title: { nl: 'Een profiel toekennen aan een gebruiker', fr: 'Attribuer un profil à un utilisateur' },
  summary: {
    nl: 'Als PrimaWeb beheerder een profiel toekennen aan Pieter Claes, en dan als Pieter opnieuw aanmelden om het te zien.',
    fr: 'En tant que gestionnaire PrimaWeb, attribuer un profil à Pieter Claes, puis se reconnecter en tant que Pieter pour le voir.',
  },
  outro: {
    nl: 'Na de toekenning ziet de gebruiker zijn nieuwe profiel pas nadat hij volledig is uitgelogd en opnieuw aangemeld. Pieter ziet nu de onderdelen van zijn profiel op de startpagina en in "Mijn toegangen".',
    fr: 'Après l\'attribution, l\'utilisateur ne voit son nouveau profil qu\'après s\'être complètement déconnecté et reconnecté. Pieter voit maintenant les parties de son profil sur la page d\'accueil et dans « Mes accès ».',
  },
  prepare: assignSetup,
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'assign',
      narration: {
        nl: 'Om één of meerdere profielen aan een gebruiker toe te kennen, klikt u op "Profielen toekennen" naast de naam van de betrokken persoon: Pieter Claes.',
        fr: 'Pour attribuer un ou plusieurs profils à un utilisateur, cliquez sur « Attribuer des profils » à côté du nom de la personne concernée : Pieter Claes.',
      },
      hint: { nl: 'Klik op "Profielen toekennen" in de rij van Claes Pieter.', fr: 'Cliquez sur « Attribuer des profils » dans la ligne de Claes Pieter.' },
      target: 'pw-assign-pieter',
      expects: is('pw.assignProfiles', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.assignProfiles', personId: 'pieter' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'assign' }) && primaweb.context.personId === 'pieter',
    },
    {
      id: 'tick',
      narration: {
        nl: 'In het venster dat opent, zal u de profielen kunnen aanduiden die u aan de betrokken persoon wenst toe te kennen. Vink "Maatschappelijk werker" aan.',
        fr: 'Dans la fenêtre qui s\'ouvre, vous pouvez cocher les profils à attribuer à la personne concernée. Cochez « Travailleur social ».',
      },
      hint: { nl: 'Vink "Maatschappelijk werker" aan.', fr: 'Cochez « Travailleur social ».' },
      target: 'pw-assign-window',
      expects: is('pw.toggleAssignment'),
      perform: (ctx) => ({ type: 'pw.toggleAssignment', profileId: socialWorkId(ctx) }),
      isDone: (ctx) => ctx.primaweb.context.selection.includes(socialWorkId(ctx)),
    },
    {
      id: 'save',
      narration: {
        nl: 'Vervolgens klikt u op "Bewaren". U komt vervolgens terug op het scherm van het "Beheer van de toegangen". U zal zien dat het profiel toegekend is.',
        fr: 'Ensuite, cliquez sur « Enregistrer ». Vous revenez à l\'écran « Gestion des accès ». Vous verrez que le profil est attribué.',
      },
      hint: { nl: 'Klik op "Bewaren".', fr: 'Cliquez sur « Enregistrer ».' },
      target: 'pw-assign-window',
      expects: anyOf(is('pw.saveAssignment'), is('pw.toggleAssignment')),
      perform: () => ({ type: 'pw.saveAssignment' }),
      isDone: (ctx) => ctx.world.assignments.some((a) => a.personId === 'pieter' && a.profileId === socialWorkId(ctx)) && !ctx.primaweb.matches({ management: 'assign' }),
    },
    {
      id: 'logout',
      narration: {
        nl: 'Pieter ziet zijn profiel pas nadat hij volledig is uitgelogd en vervolgens weer aangemeld. Meld u nu af met "Afmelden".',
        fr: 'Pieter ne voit son profil qu\'après s\'être complètement déconnecté puis reconnecté. Déconnectez-vous maintenant avec « Se déconnecter ».',
      },
      hint: { nl: 'Klik op "Afmelden".', fr: 'Cliquez sur « Se déconnecter ».' },
      target: 'pw-logout',
      expects: is('logout'),
      perform: () => ({ type: 'logout' }),
      isDone: ({ world, login }) => world.session === null && !login.matches('primaweb'),
    },
    {
      id: 'card',
      narration: {
        nl: 'Neem nu de plaats in van Pieter: steek zijn kaart in de kaartlezer (in de simulatorbalk: "Kaarten", kies Pieter Claes, "Kaart insteken").',
        fr: 'Prenez maintenant la place de Pieter : insérez sa carte dans le lecteur (dans la barre du simulateur : « Cartes », choisissez Pieter Claes, « Insérer la carte »).',
      },
      hint: { nl: 'Kaartlezer: "Kaarten" → Pieter Claes → "Kaart insteken".', fr: 'Lecteur : « Cartes » → Pieter Claes → « Insérer la carte ».' },
      target: 'reader',
      expects: is('reader.insert', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'reader.insert', personId: 'pieter' }),
      isDone: ({ world }) => world.readerCardId === 'pieter',
    },
    ...loginStepsFor('pieter', '2580', 'Pieter Claes'),
    {
      id: 'my-access',
      narration: {
        nl: 'Pieter komt nu op een startpagina met de onderdelen van zijn profiel. Klik op "Mijn toegangen" om het toegekende profiel te zien.',
        fr: 'Pieter arrive maintenant sur une page d\'accueil avec les parties de son profil. Cliquez sur « Mes accès » pour voir le profil attribué.',
      },
      hint: { nl: 'Klik op "Mijn toegangen".', fr: 'Cliquez sur « Mes accès ».' },
      target: 'pw-my-access',
      expects: is('pw.openMyAccess'),
      perform: () => ({ type: 'pw.openMyAccess' }),
      isDone: ({ world, primaweb }) => primaweb.matches('myAccess') && world.session?.personId === 'pieter',
    },
  ],
};

/** Pieter holds the profile "Onthaal" (so it cannot be deleted yet). */
function receptionSetup(world: World): World {
  const withPieter = registered(world, 'pieter');
  const { world: withReception, id } = withProfile(withPieter, RECEPTION);
  return loggedIn(withAssignment(withReception, 'pieter', [id]), 'lotte', 'primawebBeheer');
}
const receptionId = (ctx: StepContext) => profileIdOf(ctx.world, RECEPTION) ?? '';

export const deleteProfileScenario: Scenario = {
  id: 'profiel-verwijderen',
  title: { nl: 'Een profiel verwijderen', fr: 'Supprimer un profil' },
  summary: {
    nl: 'Het profiel "Onthaal" weglaten: eerst de weigering omdat het nog toegekend is, dan na het afnemen van de toekenning.',
    fr: 'Supprimer le profil « Accueil » : d\'abord le refus parce qu\'il est encore attribué, puis après le retrait de l\'attribution.',
  },
  outro: {
    nl: 'Na bevestiging van uw keuze, verschijnt opnieuw de pagina "Beheer van de toegangen". Het profiel dat u heeft verwijderd zal niet meer in de lijst met profielen staan.',
    fr: 'Après confirmation, la page « Gestion des accès » réapparaît. Le profil que vous avez supprimé ne figure plus dans la liste des profils.',
  },
  prepare: receptionSetup,
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'delete',
      narration: {
        nl: 'U heeft altijd de mogelijkheid om een profiel te verwijderen. Klik op "Weglaten" naast het profiel "Onthaal".',
        fr: 'Vous pouvez toujours supprimer un profil. Cliquez sur « Supprimer » à côté du profil « Accueil ».',
      },
      hint: { nl: 'Klik op "Weglaten" in de rij van "Onthaal".', fr: 'Cliquez sur « Supprimer » dans la ligne « Accueil ».' },
      target: (ctx) => `pw-delete-${receptionId(ctx)}`,
      expects: (i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === receptionId(ctx),
      perform: (ctx) => ({ type: 'pw.deleteProfile', profileId: receptionId(ctx) }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDelete' }),
    },
    {
      id: 'confirm',
      narration: {
        nl: 'Er verschijnt een pop-up waarin u wordt gevraagd uw keuze te bevestigen. Klik op "OK" om het profiel te verwijderen.',
        fr: 'Une fenêtre vous demande de confirmer votre choix. Cliquez sur « OK » pour supprimer le profil.',
      },
      hint: { nl: 'Klik op "OK".', fr: 'Cliquez sur « OK ».' },
      target: 'pw-popup',
      expects: is('pw.confirmDelete'),
      perform: () => ({ type: 'pw.confirmDelete' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'deleteRefused' }),
    },
    {
      id: 'refused',
      narration: {
        nl: 'Let op: het is niet mogelijk om een profiel te verwijderen dat nog minstens aan één gebruiker toegekend is. Pieter Claes heeft dit profiel nog. Sluit de melding met "OK".',
        fr: 'Attention : il n\'est pas possible de supprimer un profil encore attribué à au moins un utilisateur. Pieter Claes a encore ce profil. Fermez le message avec « OK ».',
      },
      hint: { nl: 'Klik op "OK".', fr: 'Cliquez sur « OK ».' },
      target: 'pw-popup',
      expects: is('pw.cancel'),
      perform: () => ({ type: 'pw.cancel' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'overview' }),
    },
    {
      id: 'assign',
      narration: {
        nl: 'Neem het profiel eerst af: klik op "Profielen toekennen" naast de naam van Pieter Claes.',
        fr: 'Retirez d\'abord le profil : cliquez sur « Attribuer des profils » à côté du nom de Pieter Claes.',
      },
      hint: { nl: 'Klik op "Profielen toekennen" in de rij van Claes Pieter.', fr: 'Cliquez sur « Attribuer des profils » dans la ligne de Claes Pieter.' },
      target: 'pw-assign-pieter',
      expects: is('pw.assignProfiles', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.assignProfiles', personId: 'pieter' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'assign' }),
    },
    {
      id: 'untick',
      narration: {
        nl: 'Vink "Onthaal" uit en klik op "Bewaren".',
        fr: 'Décochez « Accueil » et cliquez sur « Enregistrer ».',
      },
      hint: { nl: 'Vink "Onthaal" uit, dan "Bewaren".', fr: 'Décochez « Accueil », puis « Enregistrer ».' },
      target: 'pw-assign-window',
      expects: anyOf(is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.toggleAssignment', profileId: receptionId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: (ctx) => !ctx.world.assignments.some((a) => a.profileId === receptionId(ctx)) && ctx.primaweb.matches({ management: 'overview' }),
    },
    {
      id: 'delete-again',
      narration: {
        nl: 'Klik opnieuw op "Weglaten" naast "Onthaal".',
        fr: 'Cliquez à nouveau sur « Supprimer » à côté de « Accueil ».',
      },
      hint: { nl: 'Klik op "Weglaten" in de rij van "Onthaal".', fr: 'Cliquez sur « Supprimer » dans la ligne « Accueil ».' },
      target: (ctx) => `pw-delete-${receptionId(ctx)}`,
      expects: (i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === receptionId(ctx),
      perform: (ctx) => ({ type: 'pw.deleteProfile', profileId: receptionId(ctx) }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDelete' }),
    },
    {
      id: 'confirm-again',
      narration: {
        nl: 'Bevestig met "OK".',
        fr: 'Confirmez avec « OK ».',
      },
      hint: { nl: 'Klik op "OK".', fr: 'Cliquez sur « OK ».' },
      target: 'pw-popup',
      expects: is('pw.confirmDelete'),
      perform: () => ({ type: 'pw.confirmDelete' }),
      isDone: (ctx) => profileIdOf(ctx.world, RECEPTION) === undefined,
    },
  ],
};

export const deactivateScenario: Scenario = {
  id: 'gebruiker-deactiveren',
  title: { nl: 'Een gebruiker deactiveren en reactiveren', fr: 'Désactiver et réactiver un utilisateur' },
  summary: {
    nl: 'Pieter Claes deactiveren (hij verliest al zijn profielen) en hem daarna reactiveren.',
    fr: 'Désactiver Pieter Claes (il perd tous ses profils), puis le réactiver.',
  },
  outro: {
    nl: 'De naam van de gebruiker verhuist van de lijst met inactieve gebruikers naar de lijst met gebruikers, maar heeft geen profielen. U moet de nodige profielen opnieuw toekennen door te klikken op de optie "Profielen toekennen".',
    fr: 'Le nom de l\'utilisateur passe de la liste des utilisateurs inactifs à la liste des utilisateurs, mais sans profils. Vous devez réattribuer les profils nécessaires avec l\'option « Attribuer des profils ».',
  },
  prepare: receptionSetup,
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'deactivate',
      narration: {
        nl: 'Als u de profielen van een gebruiker om de een of andere reden wilt deactiveren (bijv. een andere functie, pensioen, enz.), klik dan op de optie "Deactiveren" naast de naam van de betreffende persoon: Pieter Claes.',
        fr: 'Si vous voulez désactiver les profils d\'un utilisateur pour une raison ou une autre (autre fonction, pension, etc.), cliquez sur l\'option « Désactiver » à côté du nom de la personne : Pieter Claes.',
      },
      hint: { nl: 'Klik op "Deactiveren" in de rij van Claes Pieter.', fr: 'Cliquez sur « Désactiver » dans la ligne de Claes Pieter.' },
      target: 'pw-deactivate-pieter',
      expects: is('pw.deactivateUser', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.deactivateUser', personId: 'pieter' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDeactivate' }),
    },
    {
      id: 'confirm',
      narration: {
        nl: 'Er verschijnt een pop-up waarin u wordt gevraagd uw keuze te bevestigen. Klik op "OK".',
        fr: 'Une fenêtre vous demande de confirmer votre choix. Cliquez sur « OK ».',
      },
      hint: { nl: 'Klik op "OK".', fr: 'Cliquez sur « OK ».' },
      target: 'pw-popup',
      expects: is('pw.confirmDeactivate'),
      perform: () => ({ type: 'pw.confirmDeactivate' }),
      isDone: ({ world }) => inactiveUsers(world, HERSTAPPE).some((u) => u.person.id === 'pieter'),
    },
    {
      id: 'inactive',
      narration: {
        nl: 'De naam van de gedeactiveerde gebruiker staat niet meer in de lijst met gebruikers. De gebruiker is verwijderd uit alle profielen en zijn naam is in de lijst "Inactieve gebruikers" geplaatst. Klik op het groene vergrootglas om de lijst met inactieve gebruikers te bekijken.',
        fr: 'Le nom de l\'utilisateur désactivé ne figure plus dans la liste des utilisateurs. Il a été retiré de tous les profils et placé dans la liste « Utilisateurs inactifs ». Cliquez sur la loupe verte pour voir la liste des utilisateurs inactifs.',
      },
      hint: { nl: 'Klik op het groene vergrootglas "Inactieve gebruikers".', fr: 'Cliquez sur la loupe verte « Utilisateurs inactifs ».' },
      target: 'pw-inactive-toggle',
      expects: is('pw.showInactive'),
      perform: () => ({ type: 'pw.showInactive' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'inactive' }),
    },
    {
      id: 'reactivate',
      narration: {
        nl: 'Als u de naam van een gebruiker opnieuw wilt activeren, klik dan op de optie "Reactiveren".',
        fr: 'Pour réactiver un utilisateur, cliquez sur l\'option « Réactiver ».',
      },
      hint: { nl: 'Klik op "Reactiveren" naast Claes Pieter.', fr: 'Cliquez sur « Réactiver » à côté de Claes Pieter.' },
      target: 'pw-reactivate-pieter',
      expects: is('pw.reactivateUser', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.reactivateUser', personId: 'pieter' }),
      isDone: ({ world }) => userActive(world, 'pieter'),
    },
  ],
};

export const ACCESS_SCENARIOS: readonly Scenario[] = [myAccessScenario, createProfileScenario, assignScenario, deleteProfileScenario, deactivateScenario];
