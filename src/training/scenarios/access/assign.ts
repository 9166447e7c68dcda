/** "Een profiel toekennen aan een gebruiker" (000), with the agent's new login. */
import { text } from '../../../i18n/text';
import type { World } from '../../../world/types';
import type { Scenario, StepContext } from '../../scenario';
import { loggedIn, profileIdOf, registered, SOCIAL_WORK, withAssignment, withProfile } from '../setup';
import { anyOf, cardStep, is, loginStepsFor, logoutStep } from '../steps';
import { IN_PRIMAWEB, managementStep, openAssignStep } from './shared';
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
  summary: text('sc.access.assign.profiel-toekennen.summary'),
  outro: text('sc.access.assign.profiel-toekennen.outro'),
  prepare: assignSetup,
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    openAssignStep('pieter', text('sc.access.assign.assign.narration'), text('sc.access.assign.assign.hint')),
    {
      id: 'tick',
      narration: text('sc.access.assign.tick.narration'),
      hint: text('sc.access.assign.tick.hint'),
      target: 'pw-assign-window',
      expects: is('pw.toggleAssignment'),
      perform: (ctx) => ({ type: 'pw.toggleAssignment', profileId: socialWorkId(ctx) }),
      isDone: (ctx) => ctx.primaweb.context.selection.includes(socialWorkId(ctx)),
    },
    {
      id: 'save',
      narration: text('sc.access.assign.save.narration'),
      hint: text('sc.access.create-profile.save.hint'),
      target: 'pw-assign-window',
      expects: anyOf(is('pw.saveAssignment'), is('pw.toggleAssignment')),
      perform: () => ({ type: 'pw.saveAssignment' }),
      isDone: (ctx) => ctx.world.assignments.some((a) => a.personId === 'pieter' && a.profileId === socialWorkId(ctx)) && !ctx.primaweb.matches({ management: 'assign' }),
    },
    logoutStep(text('sc.access.assign.logout.narration'), text('sc.access.assign.logout.hint')),
    cardStep('pieter', text('sc.access.assign.card.narration'), text('sc.access.assign.card.hint')),
    ...loginStepsFor('pieter', '2580', 'Pieter Claes'),
    {
      id: 'my-access',
      narration: text('sc.access.assign.my-access.narration'),
      hint: text('sc.access.my-access.open.hint'),
      target: 'pw-my-access',
      expects: is('pw.openMyAccess'),
      perform: () => ({ type: 'pw.openMyAccess' }),
      isDone: ({ world, primaweb }) => primaweb.matches('myAccess') && world.session?.personId === 'pieter',
    },
  ],
};
