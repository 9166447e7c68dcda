/** "Mijn toegangen raadplegen" (000). */
import { text } from '../../../i18n/text';
import type { Scenario } from '../../scenario';
import { loggedIn } from '../setup';
import { anyOf, is } from '../steps';
import { IN_PRIMAWEB } from './shared';
import { TITLES } from '../../titles';

export const myAccessScenario: Scenario = {
  id: 'mijn-toegangen',
  title: TITLES['mijn-toegangen'],
  summary: text('sc.access.my-access.mijn-toegangen.summary'),
  outro: text('sc.access.my-access.mijn-toegangen.outro'),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  steps: [
    {
      id: 'open',
      narration: text('sc.access.my-access.open.narration'),
      hint: text('sc.access.my-access.open.hint'),
      target: 'pw-my-access',
      expects: is('pw.openMyAccess'),
      perform: () => ({ type: 'pw.openMyAccess' }),
      isDone: ({ primaweb }) => primaweb.matches('myAccess'),
    },
    {
      id: 'magnifier',
      narration: text('sc.access.my-access.magnifier.narration'),
      hint: text('sc.access.my-access.magnifier.hint'),
      target: 'pw-magnifier',
      expects: is('pw.showFunctions'),
      perform: ({ world }) => ({ type: 'pw.showFunctions', profileId: world.session?.profiles[0]?.id ?? '' }),
      isDone: ({ primaweb }) => primaweb.matches('myAccess') && primaweb.context.detailId !== null,
    },
    {
      id: 'print',
      narration: text('sc.access.my-access.print.narration'),
      hint: text('sc.access.my-access.print.hint'),
      target: 'pw-print',
      expects: anyOf(is('pw.print'), is('pw.hideFunctions'), is('pw.showFunctions')),
      perform: () => ({ type: 'pw.print' }),
      isDone: ({ primaweb }) => primaweb.matches('myAccess') && primaweb.context.printCount > 0,
    },
  ],
};
