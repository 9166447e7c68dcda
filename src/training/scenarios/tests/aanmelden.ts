/**
 * "Toets: aanmelden" (001/002): four logins that the practice scenario does not show — another
 * colleague's card, the right enterprise among several, the other role, a French-speaking colleague
 * of another OCMW. Each goal reads the PrimaWeb session in the world.
 */
import { text } from '../../../i18n/text';
import type { PrimawebRole } from '../../../domain/roles';
import { HERSTAPPE, KOEKELBERG, MONT_SAINT_GUIBERT } from '../../../world/seed';
import type { World } from '../../../world/types';
import type { Goal, Scenario, ScenarioStep } from '../../scenario';
import { cardInReader } from '../setup';
import { loginStepsFor, roleStep } from '../steps';

const sessionIs = (world: World, personId: string, kbo: string, role: PrimawebRole) =>
  world.session?.personId === personId && world.session.kbo === kbo && world.session.role === role;

const sessionGoal = (personId: string, name: string, kbo: string, enterprise: string, role: PrimawebRole): Goal => ({
  id: 'session',
  label:
    role === 'socialeAgent'
      ? text('sc.tests.aanmelden.session.label', { name, enterprise })
      : text('sc.tests.aanmelden.session.label2', { name, enterprise }),
  holds: (world) => sessionIs(world, personId, kbo, role),
});

/** The card of Pieter Claes, a new colleague who never logged in, is in the reader (not Lotte's). */
export const colleagueLoginExercise: Scenario = {
  id: 'toets-aanmelden-collega',
  title: text('sc.tests.aanmelden.toets-aanmelden-collega.title'),
  summary: text('sc.tests.aanmelden.toets-aanmelden-collega.summary'),
  outro: text('sc.tests.aanmelden.toets-aanmelden-collega.outro'),
  prepare: (world) => cardInReader(world, 'pieter'),
  startPage: { page: 'home' },
  goals: [sessionGoal('pieter', 'Pieter Claes', HERSTAPPE, 'OCMW HERSTAPPE', 'socialeAgent')],
  steps: loginStepsFor('pieter', '2580', 'Pieter Claes', { prefix: 'pieter' }),
};

/** Ann Wouters is known at four OCMWs (the transition phase): she must pick Koekelberg. */
export const enterpriseLoginExercise: Scenario = {
  id: 'toets-aanmelden-onderneming',
  title: text('sc.tests.aanmelden.toets-aanmelden-onderneming.title'),
  summary: text('sc.tests.aanmelden.toets-aanmelden-onderneming.summary'),
  outro: text('sc.tests.aanmelden.toets-aanmelden-onderneming.outro'),
  prepare: (world) => cardInReader(world, 'ann'),
  startPage: { page: 'home' },
  goals: [sessionGoal('ann', 'Ann Wouters', KOEKELBERG, 'OCMW VAN KOEKELBERG', 'socialeAgent')],
  steps: loginStepsFor('ann', '4711', 'Ann Wouters', { prefix: 'ann', kbo: KOEKELBERG, enterpriseName: 'OCMW VAN KOEKELBERG' }),
};

/** Lotte holds both roles: this time she logs in to manage the profiles. */
const roleSteps = (): ScenarioStep[] => {
  const steps = loginStepsFor('lotte', '1234', 'Lotte Vermeulen', { prefix: 'beheer', role: 'socialeAgent' });
  const role = roleStep('beheer-role', text('sc.tests.aanmelden.beheer-role.narration'), text('sc.tests.aanmelden.beheer-role.hint'), 'primawebBeheer');
  return [...steps.slice(0, -1), role];
};

export const roleLoginExercise: Scenario = {
  id: 'toets-aanmelden-rol',
  title: text('sc.tests.aanmelden.toets-aanmelden-rol.title'),
  summary: text('sc.tests.aanmelden.toets-aanmelden-rol.summary'),
  outro: text('sc.tests.aanmelden.toets-aanmelden-rol.outro'),
  prepare: (world) => cardInReader(world, 'lotte'),
  startPage: { page: 'home' },
  goals: [sessionGoal('lotte', 'Lotte Vermeulen', HERSTAPPE, 'OCMW HERSTAPPE', 'primawebBeheer')],
  steps: roleSteps(),
};

/** Julie Lambert, of the CPAS de Mont-Saint-Guibert (not Herstappe, the default). */
export const otherOcmwLoginExercise: Scenario = {
  id: 'toets-aanmelden-ander-ocmw',
  title: text('sc.tests.aanmelden.toets-aanmelden-ander-ocmw.title'),
  summary: text('sc.tests.aanmelden.toets-aanmelden-ander-ocmw.summary'),
  outro: text('sc.tests.aanmelden.toets-aanmelden-ander-ocmw.outro'),
  prepare: (world) => cardInReader(world, 'julie'),
  startPage: { page: 'home' },
  goals: [sessionGoal('julie', 'Julie Lambert', MONT_SAINT_GUIBERT, 'CPAS DE MONT-SAINT-GUIBERT', 'socialeAgent')],
  steps: loginStepsFor('julie', '8520', 'Julie Lambert', { prefix: 'julie', kbo: MONT_SAINT_GUIBERT, enterpriseName: 'CPAS DE MONT-SAINT-GUIBERT' }),
};

export const LOGIN_EXERCISES: readonly Scenario[] = [colleagueLoginExercise, enterpriseLoginExercise, roleLoginExercise, otherOcmwLoginExercise];
