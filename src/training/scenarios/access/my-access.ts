/** "Mijn toegangen raadplegen" (000). */
import type { Scenario } from '../../scenario';
import { loggedIn } from '../setup';
import { anyOf, is } from '../steps';
import { IN_PRIMAWEB } from './shared';
import { TITLES } from '../../titles';

export const myAccessScenario: Scenario = {
  id: 'mijn-toegangen',
  title: TITLES['mijn-toegangen'],
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
