/** "Een gebruiker toevoegen in Toegangsbeheer" (004, "Gebruikers toevoegen"). */
import { text } from '../../i18n/text';
import { inszDigits } from '../../domain/insz';
import { HERSTAPPE } from '../../world/seed';
import { accountOf } from '../../world/toegangsbeheer';
import { EXAMPLE_NEW_USER } from '../../world/examples';
import type { World } from '../../world/types';
import type { Scenario } from '../scenario';
import { cardInReader, herstappeAccountsAsDelivered } from './setup';
import { anyOf, is, serviceLoginSteps, tbEnterpriseStep, tbRoleStep, tbUsersStep } from './steps';
import { TITLES } from '../titles';

const BRAM_INSZ = EXAMPLE_NEW_USER.insz;


/** Herstappe's accounts as delivered, Ann's card in the reader. */
const prepare = (world: World): World => cardInReader(herstappeAccountsAsDelivered(world), 'ann');

const bramAdded = (world: World) => !!accountOf(world, 'bram', HERSTAPPE)?.applications.includes('socialeAgent');

export const addUserScenario: Scenario = {
  id: 'toegangsbeheer-gebruiker-toevoegen',
  title: TITLES['toegangsbeheer-gebruiker-toevoegen'],
  summary: text('sc.toegangsbeheer.toegangsbeheer-gebruiker-toevoegen.summary'),
  outro: text('sc.toegangsbeheer.toegangsbeheer-gebruiker-toevoegen.outro'),
  prepare,
  startPage: { page: 'services' },
  steps: [
    ...serviceLoginSteps({ prefix: 'tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'ann', pin: '4711', name: 'Ann Wouters' }),
    tbEnterpriseStep('enterprise', HERSTAPPE, text('sc.toegangsbeheer.enterprise.narration'), text('sc.toegangsbeheer.enterprise.hint')),
    tbRoleStep('role', HERSTAPPE, text('sc.toegangsbeheer.role.narration')),
    tbUsersStep('users', text('sc.toegangsbeheer.users.hint')),
    {
      id: 'add',
      // 004 l.447 adds by the INSZ at the bottom of the list; the button "Een gebruiker toevoegen" leads to the same form.
      narration: text('sc.toegangsbeheer.add.narration', { bramInsz: BRAM_INSZ }),
      hint: text('sc.toegangsbeheer.add.hint', { bramInsz: BRAM_INSZ }),
      target: 'tb-add-user',
      expects: anyOf(
        is('tb.chooseAdd', (i) => i.kind === 'USER'),
        is('tb.addByInsz', (i) => inszDigits(i.insz) === inszDigits(BRAM_INSZ)),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'tb.addByInsz'
          ? text('sc.toegangsbeheer.add.wrongFeedback', { bramInsz: BRAM_INSZ })
          : null,
      perform: () => ({ type: 'tb.chooseAdd', kind: 'USER' }),
      isDone: ({ toegangsbeheer, world }) => !toegangsbeheer.matches({ users: 'list' }) || bramAdded(world),
    },
    {
      id: 'insz',
      narration: text('sc.toegangsbeheer.insz.narration', { bramInsz: BRAM_INSZ }),
      hint: text('sc.toegangsbeheer.insz.hint', { bramInsz: BRAM_INSZ }),
      target: 'tb-add-insz',
      expects: is('tb.next', (i) => inszDigits(i.insz) === inszDigits(BRAM_INSZ)),
      wrongFeedback: (intent) =>
        intent.type === 'tb.next'
          ? text('sc.toegangsbeheer.add.wrongFeedback', { bramInsz: BRAM_INSZ })
          : null,
      perform: () => ({ type: 'tb.next', insz: BRAM_INSZ }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'form' }) || toegangsbeheer.matches({ users: 'overview' }) || bramAdded(world),
    },
    {
      id: 'form',
      narration: text('sc.toegangsbeheer.form.narration'),
      hint: text('sc.toegangsbeheer.form.hint'),
      target: 'tb-user-form',
      expects: is('tb.submit', (i) => i.form.applications.includes('socialeAgent')),
      wrongFeedback: (intent) =>
        intent.type === 'tb.submit'
          ? text('sc.toegangsbeheer.form.wrongFeedback')
          : null,
      perform: () => ({ type: 'tb.submit', form: EXAMPLE_NEW_USER }),
      isDone: ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || bramAdded(world),
    },
    {
      id: 'confirm',
      narration: text('sc.toegangsbeheer.confirm.narration'),
      hint: text('sc.toegangsbeheer.confirm.hint'),
      target: 'tb-confirm',
      expects: is('tb.confirmAdd'),
      perform: () => ({ type: 'tb.confirmAdd' }),
      isDone: ({ world }) => bramAdded(world),
    },
  ],
};
