/** Toegangsbeheer for the new OCMW (004): the Hoofdtoegangsbeheerder appoints the Toegangsbeheerder and cleans up the copied users. */
import { text } from '../../../i18n/text';
import { MERELBEKE_MELLE } from '../../../world/seed-mergers';
import type { World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { step } from '../files-steps';
import { anyOf, is, serviceLoginSteps, tbEnterpriseStep, tbUsersStep } from '../steps';
import { newAccountsAsCopied } from './shared';
import { TITLES } from '../../titles';

const JAN_INSZ = '55.05.05-181.83';
const EVA_INSZ = '65031820460';
const accountAtNew = (world: World, insz: string) => world.tbUsers.find((u) => u.kbo === MERELBEKE_MELLE && u.insz === insz);

export const mergerAccessScenario: Scenario = {
  id: 'fusie-toegangsbeheer',
  title: TITLES['fusie-toegangsbeheer'],
  summary: text('sc.merger.access.fusie-toegangsbeheer.summary'),
  outro: text('sc.merger.access.fusie-toegangsbeheer.outro'),
  prepare: newAccountsAsCopied,
  startPage: { page: 'services' },
  goals: [
    {
      id: 'tb-appointed',
      label: text('sc.merger.access.tb-appointed.label'),
      holds: (world) => accountAtNew(world, '55050518183')?.type === 'LB',
    },
    {
      id: 'left-removed',
      label: text('sc.merger.access.left-removed.label'),
      holds: (world) => !accountAtNew(world, EVA_INSZ),
    },
  ],
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'karen', pin: '1357', name: 'Karen De Vos' }),
    tbEnterpriseStep('fusie-tb-enterprise', MERELBEKE_MELLE, text('sc.merger.access.fusie-toegangsbeheer.step1'), text('sc.merger.access.fusie-toegangsbeheer.step2')),
    {
      ...step(
        'fusie-tb-name',
        text('sc.merger.access.fusie-toegangsbeheer.step12'),
        text('sc.merger.access.fusie-toegangsbeheer.step22'),
        'tb-enterprise-name',
        is('tb.openEnterprise', (i) => i.kbo === MERELBEKE_MELLE),
        () => ({ type: 'tb.openEnterprise', kbo: MERELBEKE_MELLE }),
        ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.openRole'
          ? text('sc.merger.access.fusie-toegangsbeheer.wrongFeedback')
          : null,
    },
    {
      ...step(
        'fusie-tb-capacity',
        text('sc.merger.access.fusie-toegangsbeheer.step13'),
        text('sc.merger.access.fusie-toegangsbeheer.step23'),
        'tb-capacity',
        is('tb.openCapacity'),
        () => ({ type: 'tb.openCapacity' }),
        ({ toegangsbeheer }) => !toegangsbeheer.matches('home') && !toegangsbeheer.matches('capacities'),
      ),
      wrongFeedback: (intent) =>
        intent.type.startsWith('tb.')
          ? text('sc.merger.access.fusie-toegangsbeheer.wrongFeedback2')
          : null,
    },
    step(
      'fusie-tb-change',
      text('sc.merger.access.fusie-toegangsbeheer.step14'),
      text('sc.merger.access.fusie-toegangsbeheer.step24'),
      'tb-appoint',
      is('tb.appointTb'),
      () => ({ type: 'tb.appointTb' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.adding === 'LB' || accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      'fusie-tb-insz',
      text('sc.merger.access.fusie-toegangsbeheer.step15', { janInsz: JAN_INSZ }),
      text('sc.merger.access.fusie-toegangsbeheer.step25', { janInsz: JAN_INSZ }),
      'tb-add-insz',
      is('tb.next', (i) => i.insz.replace(/\D/g, '') === '55050518183'),
      () => ({ type: 'tb.next', insz: JAN_INSZ }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      // Not 'fusie-tb-confirm': that is the eID's "Bevestigen" of the login above.
      'fusie-tb-confirm-lb',
      text('sc.merger.access.fusie-toegangsbeheer.step16'),
      text('sc.toegangsbeheer.confirm.hint'),
      'tb-confirm',
      is('tb.confirmAdd'),
      () => ({ type: 'tb.confirmAdd' }),
      ({ world }) => accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    tbUsersStep(
      'fusie-tb-users',
      text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step22'),
      text('sc.merger.access.fusie-toegangsbeheer.step17'),
      // Not while Jan's appointment is still under way (that too is under "users").
      ({ toegangsbeheer, world }) => (toegangsbeheer.matches('users') && toegangsbeheer.context.adding === null) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-tick',
      text('sc.merger.access.fusie-toegangsbeheer.step18'),
      text('sc.merger.access.fusie-toegangsbeheer.step26'),
      'tb-tick-ewauters',
      is('tb.toggle', (i) => i.insz === EVA_INSZ),
      () => ({ type: 'tb.toggle', insz: EVA_INSZ }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.selected.includes(EVA_INSZ) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-remove',
      text('sc.merger.access.fusie-toegangsbeheer.step19'),
      text('sc.merger.access-own.fusie-toegangsbeheer-opkuisen-3.step24'),
      'tb-bulk',
      anyOf(is('tb.run', (i) => i.action === 'remove'), is('tb.toggle')),
      () => ({ type: 'tb.run', action: 'remove' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'confirmRemove' }) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-ok',
      text('sc.access.delete-profile.confirm-again.narration'),
      text('sc.access.deactivate.confirm.hint'),
      'pw-popup',
      is('tb.confirmBulk'),
      () => ({ type: 'tb.confirmBulk', apps: [] }),
      ({ world }) => !accountAtNew(world, EVA_INSZ),
    ),
  ],
};

