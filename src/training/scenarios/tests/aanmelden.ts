/**
 * "Toets: aanmelden" (001/002): four logins that the practice scenario does not show — another
 * colleague's card, the right enterprise among several, the other role, a French-speaking colleague
 * of another OCMW. Each goal reads the PrimaWeb session in the world.
 */
import type { PrimawebRole } from '../../../domain/roles';
import { HERSTAPPE, KOEKELBERG, MONT_SAINT_GUIBERT } from '../../../world/seed';
import type { World } from '../../../world/types';
import type { Goal, Scenario, ScenarioStep } from '../../scenario';
import { cardInReader } from '../setup';
import { is, loginStepsFor } from '../steps';
import { L } from './shared';

const sessionIs = (world: World, personId: string, kbo: string, role: PrimawebRole) =>
  world.session?.personId === personId && world.session.kbo === kbo && world.session.role === role;

const sessionGoal = (personId: string, name: string, kbo: string, enterprise: string, role: PrimawebRole): Goal => ({
  id: 'session',
  label:
    role === 'socialeAgent'
      ? L(`${name} is aangemeld in PrimaWeb voor ${enterprise}, als Sociale Agent.`, `${name} est connecté(e) à PrimaWeb pour ${enterprise}, en tant qu'Agent social.`)
      : L(`${name} is aangemeld in PrimaWeb voor ${enterprise}, als PrimaWeb beheer.`, `${name} est connecté(e) à PrimaWeb pour ${enterprise}, en tant que Gestion PrimaWeb.`),
  holds: (world) => sessionIs(world, personId, kbo, role),
});

/** The card of Pieter Claes, a new colleague who never logged in, is in the reader (not Lotte's). */
export const colleagueLoginExercise: Scenario = {
  id: 'toets-aanmelden-collega',
  title: L('Aanmelden met de kaart van een collega', "Se connecter avec la carte d'un collègue"),
  summary: L(
    'In de kaartlezer zit de eID van Pieter Claes (niet die van Lotte). Meld Pieter aan in PrimaWeb voor OCMW HERSTAPPE. Pieter heeft één rol.',
    "Le lecteur contient l'eID de Pieter Claes (pas celle de Lotte). Connectez Pieter à PrimaWeb pour OCMW HERSTAPPE. Pieter a un seul rôle.",
  ),
  outro: L('Pieter is aangemeld in PrimaWeb.', 'Pieter est connecté à PrimaWeb.'),
  prepare: (world) => cardInReader(world, 'pieter'),
  startPage: { page: 'home' },
  goals: [sessionGoal('pieter', 'Pieter Claes', HERSTAPPE, 'OCMW HERSTAPPE', 'socialeAgent')],
  steps: loginStepsFor('pieter', '2580', 'Pieter Claes', { prefix: 'pieter' }),
};

/** Ann Wouters is known at four OCMWs (the transition phase): she must pick Koekelberg. */
export const enterpriseLoginExercise: Scenario = {
  id: 'toets-aanmelden-onderneming',
  title: L('De juiste onderneming kiezen', "Choisir la bonne entreprise"),
  summary: L(
    'Ann Wouters is gekend bij vier OCMW\'s. Haar kaart zit in de lezer. Meld haar aan in PrimaWeb om te werken voor het OCMW van Koekelberg.',
    'Ann Wouters est connue dans quatre CPAS. Sa carte est dans le lecteur. Connectez-la à PrimaWeb pour travailler pour le CPAS de Koekelberg.',
  ),
  outro: L('Ann werkt nu voor het OCMW van Koekelberg.', 'Ann travaille maintenant pour le CPAS de Koekelberg.'),
  prepare: (world) => cardInReader(world, 'ann'),
  startPage: { page: 'home' },
  goals: [sessionGoal('ann', 'Ann Wouters', KOEKELBERG, 'OCMW VAN KOEKELBERG', 'socialeAgent')],
  steps: loginStepsFor('ann', '4711', 'Ann Wouters', { prefix: 'ann', kbo: KOEKELBERG, enterpriseName: 'OCMW VAN KOEKELBERG' }),
};

/** Lotte holds both roles: this time she logs in to manage the profiles. */
const roleSteps = (): ScenarioStep[] => {
  const steps = loginStepsFor('lotte', '1234', 'Lotte Vermeulen', { prefix: 'beheer', role: 'socialeAgent' });
  const role: ScenarioStep = {
    id: 'beheer-role',
    narration: L('Kies de rol "PrimaWeb beheer" en klik op "kiezen".', 'Choisissez le rôle « Gestion PrimaWeb » et cliquez sur « choisir ».'),
    hint: L('Kies "PrimaWeb beheer" en klik op "kiezen".', 'Choisissez « Gestion PrimaWeb » et cliquez sur « choisir ».'),
    target: 'role-choice',
    expects: is('chooseRole', (i) => i.role === 'primawebBeheer'),
    perform: () => ({ type: 'chooseRole', role: 'primawebBeheer' }),
    isDone: ({ login }) => login.matches('primaweb'),
  };
  return [...steps.slice(0, -1), role];
};

export const roleLoginExercise: Scenario = {
  id: 'toets-aanmelden-rol',
  title: L('Aanmelden om de profielen te beheren', 'Se connecter pour gérer les profils'),
  summary: L(
    'Lotte Vermeulen wil vandaag de profielen van haar collega\'s beheren, niet de dossiers. Meld haar aan in PrimaWeb voor OCMW HERSTAPPE met de rol die daarvoor dient.',
    'Lotte Vermeulen veut aujourd\'hui gérer les profils de ses collègues, pas les dossiers. Connectez-la à PrimaWeb pour OCMW HERSTAPPE avec le rôle qui sert à cela.',
  ),
  outro: L('Lotte is aangemeld als PrimaWeb beheer.', 'Lotte est connectée en tant que Gestion PrimaWeb.'),
  prepare: (world) => cardInReader(world, 'lotte'),
  startPage: { page: 'home' },
  goals: [sessionGoal('lotte', 'Lotte Vermeulen', HERSTAPPE, 'OCMW HERSTAPPE', 'primawebBeheer')],
  steps: roleSteps(),
};

/** Julie Lambert, of the CPAS de Mont-Saint-Guibert (not Herstappe, the default). */
export const otherOcmwLoginExercise: Scenario = {
  id: 'toets-aanmelden-ander-ocmw',
  title: L('Een collega van een ander OCMW aanmelden', "Connecter une collègue d'un autre CPAS"),
  summary: L(
    'Julie Lambert werkt voor het CPAS de Mont-Saint-Guibert. Haar kaart zit in de lezer. Meld haar aan in PrimaWeb voor haar OCMW.',
    'Julie Lambert travaille pour le CPAS de Mont-Saint-Guibert. Sa carte est dans le lecteur. Connectez-la à PrimaWeb pour son CPAS.',
  ),
  outro: L('Julie is aangemeld in PrimaWeb.', 'Julie est connectée à PrimaWeb.'),
  prepare: (world) => cardInReader(world, 'julie'),
  startPage: { page: 'home' },
  goals: [sessionGoal('julie', 'Julie Lambert', MONT_SAINT_GUIBERT, 'CPAS DE MONT-SAINT-GUIBERT', 'socialeAgent')],
  steps: loginStepsFor('julie', '8520', 'Julie Lambert', { prefix: 'julie', kbo: MONT_SAINT_GUIBERT, enterpriseName: 'CPAS DE MONT-SAINT-GUIBERT' }),
};

export const LOGIN_EXERCISES: readonly Scenario[] = [colleagueLoginExercise, enterpriseLoginExercise, roleLoginExercise, otherOcmwLoginExercise];
