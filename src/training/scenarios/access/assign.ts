/** "Een profiel toekennen aan een gebruiker" (000), with the agent's new login. */
import type { World } from '../../../world/types';
import type { Scenario, StepContext } from '../../scenario';
import { loggedIn, profileIdOf, registered, SOCIAL_WORK, withAssignment, withProfile } from '../setup';
import { anyOf, is, loginStepsFor } from '../steps';
import { IN_PRIMAWEB, managementStep } from './shared';
import { TITLES } from '../../titles';

/** Pieter has logged in once and has no profile; the profile "Maatschappelijk werker" exists. */
function assignSetup(world: World): World {
  const withPieter = registered(world, 'pieter');
  const { world: withSocialWork } = withProfile(withPieter, SOCIAL_WORK);
  return loggedIn(withAssignment(withSocialWork, 'pieter', []), 'lotte', 'primawebBeheer');
}

const socialWorkId = (ctx: StepContext) => profileIdOf(ctx.world, SOCIAL_WORK) ?? '';

export const assignScenario: Scenario = {
  id: 'profiel-toekennen',
  title: TITLES['profiel-toekennen'],
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
