/** "Een gebruiker deactiveren en reactiveren" (000). */
import { text } from '../../../i18n/text';
import { inactiveUsers } from '../../../world/access';
import { HERSTAPPE } from '../../../world/seed';
import type { Scenario } from '../../scenario';
import { is } from '../steps';
import { IN_PRIMAWEB, managementStep, popupStep, receptionSetup, userActive } from './shared';
import { TITLES } from '../../titles';

export const deactivateScenario: Scenario = {
  id: 'gebruiker-deactiveren',
  title: TITLES['gebruiker-deactiveren'],
  summary: text('sc.access.deactivate.gebruiker-deactiveren.summary'),
  outro: text('sc.access.deactivate.gebruiker-deactiveren.outro'),
  prepare: receptionSetup,
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'deactivate',
      narration: text('sc.access.deactivate.deactivate.narration'),
      hint: text('sc.access.deactivate.deactivate.hint'),
      target: 'pw-deactivate-pieter',
      expects: is('pw.deactivateUser', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.deactivateUser', personId: 'pieter' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDeactivate' }),
    },
    popupStep('confirm', text('sc.access.deactivate.confirm.narration'), 'pw.confirmDeactivate', ({ world }) => inactiveUsers(world, HERSTAPPE).some((u) => u.person.id === 'pieter')),
    {
      id: 'inactive',
      narration: text('sc.access.deactivate.inactive.narration'),
      hint: text('sc.access.deactivate.inactive.hint'),
      target: 'pw-inactive-toggle',
      expects: is('pw.showInactive'),
      perform: () => ({ type: 'pw.showInactive' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'inactive' }),
    },
    {
      id: 'reactivate',
      narration: text('sc.access.deactivate.reactivate.narration'),
      hint: text('sc.access.deactivate.reactivate.hint'),
      target: 'pw-reactivate-pieter',
      expects: is('pw.reactivateUser', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.reactivateUser', personId: 'pieter' }),
      isDone: ({ world }) => userActive(world, 'pieter'),
    },
  ],
};
