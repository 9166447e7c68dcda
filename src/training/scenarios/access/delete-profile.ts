/** "Een profiel verwijderen" (000): the refusal first, then after removing the assignment. */
import { text } from '../../../i18n/text';
import type { Scenario } from '../../scenario';
import { profileIdOf } from '../setup';
import { anyOf, is } from '../steps';
import { deleteStep, IN_PRIMAWEB, managementStep, openAssignStep, popupStep, RECEPTION, receptionId, receptionSetup } from './shared';
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
    deleteStep('delete', text('sc.access.delete-profile.delete.narration'), receptionId),
    popupStep('confirm', text('sc.access.delete-profile.confirm.narration'), 'pw.confirmDelete', ({ primaweb }) => primaweb.matches({ management: 'deleteRefused' })),
    popupStep('refused', text('sc.access.delete-profile.refused.narration'), 'pw.cancel', ({ primaweb }) => primaweb.matches({ management: 'overview' })),
    openAssignStep('pieter', text('sc.access.delete-profile.assign.narration'), text('sc.access.assign.assign.hint'), ({ primaweb }) => primaweb.matches({ management: 'assign' })),
    {
      id: 'untick',
      narration: text('sc.access.delete-profile.untick.narration'),
      hint: text('sc.access.delete-profile.untick.hint'),
      target: 'pw-assign-window',
      expects: anyOf(is('pw.toggleAssignment'), is('pw.saveAssignment')),
      perform: (ctx) => [{ type: 'pw.toggleAssignment', profileId: receptionId(ctx) }, { type: 'pw.saveAssignment' }],
      isDone: (ctx) => !ctx.world.assignments.some((a) => a.profileId === receptionId(ctx)) && ctx.primaweb.matches({ management: 'overview' }),
    },
    deleteStep('delete-again', text('sc.access.delete-profile.delete-again.narration'), receptionId),
    popupStep('confirm-again', text('sc.access.delete-profile.confirm-again.narration'), 'pw.confirmDelete', (ctx) => profileIdOf(ctx.world, RECEPTION) === undefined),
  ],
};
