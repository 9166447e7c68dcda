/** "Een profiel verwijderen" (000): the refusal first, then after removing the assignment. */
import { text } from '../../../i18n/text';
import type { Scenario } from '../../scenario';
import { profileIdOf } from '../setup';
import { anyOf, is } from '../steps';
import { IN_PRIMAWEB, managementStep, RECEPTION, receptionId, receptionSetup } from './shared';
import { TITLES } from '../../titles';

export const deleteProfileScenario: Scenario = {
  id: 'profiel-verwijderen',
  title: TITLES['profiel-verwijderen'],
  summary: text('sc.access.delete-profile.profiel-verwijderen.summary'),
  outro: text('sc.access.delete-profile.profiel-verwijderen.outro'),
  prepare: receptionSetup,
  startPage: IN_PRIMAWEB,
  steps: [
    managementStep,
    {
      id: 'delete',
      narration: text('sc.access.delete-profile.delete.narration'),
      hint: text('sc.access.delete-profile.delete.hint'),
      target: (ctx) => `pw-delete-${receptionId(ctx)}`,
      expects: (i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === receptionId(ctx),
      perform: (ctx) => ({ type: 'pw.deleteProfile', profileId: receptionId(ctx) }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDelete' }),
    },
    {
      id: 'confirm',
      narration: text('sc.access.delete-profile.confirm.narration'),
      hint: text('sc.access.deactivate.confirm.hint'),
      target: 'pw-popup',
      expects: is('pw.confirmDelete'),
      perform: () => ({ type: 'pw.confirmDelete' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'deleteRefused' }),
    },
    {
      id: 'refused',
      narration: text('sc.access.delete-profile.refused.narration'),
      hint: text('sc.access.deactivate.confirm.hint'),
      target: 'pw-popup',
      expects: is('pw.cancel'),
      perform: () => ({ type: 'pw.cancel' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'overview' }),
    },
    {
      id: 'assign',
      narration: text('sc.access.delete-profile.assign.narration'),
      hint: text('sc.access.assign.assign.hint'),
      target: 'pw-assign-pieter',
      expects: is('pw.assignProfiles', (i) => i.personId === 'pieter'),
      perform: () => ({ type: 'pw.assignProfiles', personId: 'pieter' }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'assign' }),
    },
    {
      id: 'untick',
      narration: text('sc.access.delete-profile.untick.narration'),
      hint: text('sc.access.delete-profile.untick.hint'),
      target: 'pw-assign-window',
      expects: anyOf(is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.toggleAssignment', profileId: receptionId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: (ctx) => !ctx.world.assignments.some((a) => a.profileId === receptionId(ctx)) && ctx.primaweb.matches({ management: 'overview' }),
    },
    {
      id: 'delete-again',
      narration: text('sc.access.delete-profile.delete-again.narration'),
      hint: text('sc.access.delete-profile.delete.hint'),
      target: (ctx) => `pw-delete-${receptionId(ctx)}`,
      expects: (i, ctx) => i.type === 'pw.deleteProfile' && i.profileId === receptionId(ctx),
      perform: (ctx) => ({ type: 'pw.deleteProfile', profileId: receptionId(ctx) }),
      isDone: ({ primaweb }) => primaweb.matches({ management: 'confirmDelete' }),
    },
    {
      id: 'confirm-again',
      narration: text('sc.access.delete-profile.confirm-again.narration'),
      hint: text('sc.access.deactivate.confirm.hint'),
      target: 'pw-popup',
      expects: is('pw.confirmDelete'),
      perform: () => ({ type: 'pw.confirmDelete' }),
      isDone: (ctx) => profileIdOf(ctx.world, RECEPTION) === undefined,
    },
  ],
};
