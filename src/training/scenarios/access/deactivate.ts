/** "Een gebruiker deactiveren en reactiveren" (000). */
import { inactiveUsers } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { Scenario } from '../../scenario';
import { is } from '../steps';
import { IN_PRIMAWEB, managementStep, receptionSetup, userActive } from './shared';
import { TITLES } from '../../titles';

export const deactivateScenario: Scenario = {
  id: 'gebruiker-deactiveren',
  title: TITLES['gebruiker-deactiveren'],
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
