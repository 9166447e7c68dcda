/** What the scenarios of manual 000 share: the starting page, the first step, the set-ups. */
import { activeUsers } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { World } from '../../../world/types';
import type { ScenarioStep, StepContext } from '../../scenario';
import { loggedIn, profileIdOf, registered, withAssignment, withProfile } from '../setup';
import { is } from '../steps';

export const IN_PRIMAWEB = { page: 'home' } as const;
export const RECEPTION = { nl: 'Onthaal', fr: 'Accueil' };

export const managementStep: ScenarioStep = {
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

export const userActive = (world: World, personId: string) => activeUsers(world, HERSTAPPE).some((u) => u.person.id === personId);

/** Pieter holds the profile "Onthaal" (so it cannot be deleted yet). */
export function receptionSetup(world: World): World {
  const withPieter = registered(world, 'pieter');
  const { world: withReception, id } = withProfile(withPieter, RECEPTION);
  return loggedIn(withAssignment(withReception, 'pieter', [id]), 'lotte', 'primawebBeheer');
}
export const receptionId = (ctx: StepContext) => profileIdOf(ctx.world, RECEPTION) ?? '';
