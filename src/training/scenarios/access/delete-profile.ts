/** "Een profiel verwijderen" (000): the refusal first, then after removing the assignment. */
import type { Scenario } from '../../scenario';
import { profileIdOf } from '../setup';
import { anyOf, is } from '../steps';
import { IN_PRIMAWEB, managementStep, RECEPTION, receptionId, receptionSetup } from './shared';
import { TITLES } from '../../titles';

export const deleteProfileScenario: Scenario = {
  id: 'profiel-verwijderen',
  title: TITLES['profiel-verwijderen'],
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
