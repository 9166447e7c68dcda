/** OCMW-configuratie (004): "Mutaties selecteren" and "OCMW Online-meldingen instellen". */
import { text, type Text } from '../../i18n/text';
import { MUTATION_CODES } from '../../domain/ocmw-config';
import { defaultOcmwConfig, ocmwConfigOf } from '../../world/ocmw-config';
import { HERSTAPPE } from '../../world/seed';
import { accountOf } from '../../world/toegangsbeheer';
import type { World } from '../../world/types';
import type { Scenario, ScenarioStep } from '../scenario';
import { cardInReader } from './setup';
import { anyOf, enterpriseStep, is, roleStep, serviceLoginSteps } from './steps';
import { TITLES } from '../titles';

/** Herstappe's configuration as delivered, Lotte (role "OCMW-configuratie") with her card in the reader. */
function prepare(world: World): World {
  const lotte = accountOf(world, 'lotte', HERSTAPPE);
  // An earlier exercise in Toegangsbeheer may have taken the role away.
  const tbUsers = world.tbUsers.map((u) =>
    u === lotte ? { ...u, status: 'actief' as const, applications: [...new Set([...u.applications, 'socialeAgent' as const, 'ocmwConfiguratie' as const])] } : u,
  );
  return cardInReader({ ...world, tbUsers, ocmwConfigs: [...world.ocmwConfigs.filter((c) => c.kbo !== HERSTAPPE), defaultOcmwConfig(HERSTAPPE)] }, 'lotte');
}

/** Who configures: a person with the role "OCMW-configuratie" (or (co-)LB), for one OCMW. */
export interface Configurer {
  personId: string;
  pin: string;
  name: string;
  kbo: string;
  enterpriseName: string;
}

const LOTTE: Configurer = { personId: 'lotte', pin: '1234', name: 'Lotte Vermeulen', kbo: HERSTAPPE, enterpriseName: 'OCMW HERSTAPPE' };

/** Portal → OCMW-configuratie → eID → the OCMW → role "OCMW-configuratie" (004: no "Applicatie opstarten" in between). */
export function ocmwConfigLoginSteps(prefix: string, who: Configurer = LOTTE): ScenarioStep[] {
  return [
    ...serviceLoginSteps({ prefix, service: 'ocmwConfiguratie', serviceName: 'OCMW-configuratie', serviceNameFr: 'Configuration CPAS', personId: who.personId, pin: who.pin, name: who.name }),
    enterpriseStep(prefix, ({ login }) => login.matches({ session: 'roleChoice' }) || login.matches({ session: 'ocmwConfig' }), who.kbo, who.enterpriseName),
    roleStep(`${prefix}-role`, text('sc.ocmw-config.role.narration'), text('sc.ocmw-config.role.hint'), 'ocmwConfiguratie', ({ login }) => login.matches({ session: 'ocmwConfig' })),
  ];
}

/** "OCMW Online" in OCMW-configuratie's menu. */
export const onlineMenuStep = (narration: Text, hint: Text): ScenarioStep => ({
  id: 'menu',
  narration,
  hint,
  target: 'oc-menu-online',
  expects: is('oc.open', (i) => i.to === 'online'),
  perform: () => ({ type: 'oc.open', to: 'online' }),
  isDone: ({ ocmwConfig }) => ocmwConfig.matches('online'),
});

const REPLACED = ['MURN', 'MUIA'];
const mutations = (world: World) => ocmwConfigOf(world, HERSTAPPE).mutations;

export const mutationsScenario: Scenario = {
  id: 'ocmw-configuratie-mutaties',
  title: TITLES['ocmw-configuratie-mutaties'],
  summary: text('sc.ocmw-config.ocmw-configuratie-mutaties.summary'),
  outro: text('sc.ocmw-config.ocmw-configuratie-mutaties.outro'),
  prepare,
  startPage: { page: 'services' },
  steps: [
    ...ocmwConfigLoginSteps('mut'),
    {
      id: 'untick',
      narration: text('sc.ocmw-config.untick.narration'),
      hint: text('sc.ocmw-config.untick.hint'),
      target: 'oc-mutaties',
      expects: anyOf(
        is('oc.edit'),
        is('oc.saveMutations', (i) => REPLACED.every((c) => !i.codes.includes(c))),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'oc.saveMutations'
          ? text('sc.ocmw-config.untick.wrongFeedback')
          : null,
      perform: () => ({ type: 'oc.saveMutations', codes: MUTATION_CODES.filter((c) => !REPLACED.includes(c)) }),
      isDone: ({ world }) => REPLACED.every((c) => !mutations(world).includes(c)),
    },
  ],
};

const notificationsSet = (world: World) => ocmwConfigOf(world, HERSTAPPE).notifications.enabled;
const remindersSet = (world: World) => ocmwConfigOf(world, HERSTAPPE).reminders.enabled;
const ADDRESS = 'onthaal@ocmw-herstappe.be';

export const ocmwOnlineScenario: Scenario = {
  id: 'ocmw-configuratie-ocmw-online',
  title: TITLES['ocmw-configuratie-ocmw-online'],
  summary: text('sc.ocmw-config.ocmw-configuratie-ocmw-online.summary'),
  outro: text('sc.ocmw-config.ocmw-configuratie-ocmw-online.outro'),
  prepare,
  startPage: { page: 'services' },
  steps: [
    ...ocmwConfigLoginSteps('online'),
    onlineMenuStep(text('sc.tests.toepassingen.menu.hint'), text('sc.tests.toepassingen.menu.narration')),
    {
      id: 'notifications',
      narration: text('sc.ocmw-config.notifications.narration', { address: ADDRESS }),
      hint: text('sc.ocmw-config.notifications.hint', { address: ADDRESS }),
      target: 'oc-notifications',
      expects: anyOf(is('oc.edit'), is('oc.saveNotifications', (i) => i.settings.enabled)),
      wrongFeedback: (intent) =>
        intent.type === 'oc.saveNotifications' ? text('sc.ocmw-config.notifications.wrongFeedback') : null,
      perform: () => ({ type: 'oc.saveNotifications', settings: { enabled: true, email: ADDRESS } }),
      isDone: ({ world }) => notificationsSet(world),
    },
    {
      id: 'reminders',
      narration: text('sc.ocmw-config.reminders.narration', { address: ADDRESS }),
      hint: text('sc.ocmw-config.reminders.hint'),
      target: 'oc-reminders',
      expects: anyOf(is('oc.edit'), is('oc.saveReminders', (i) => i.settings.enabled)),
      wrongFeedback: (intent) =>
        intent.type === 'oc.saveReminders' ? text('sc.ocmw-config.notifications.wrongFeedback') : null,
      perform: () => ({ type: 'oc.saveReminders', settings: { enabled: true, email: ADDRESS, delay: '2', frequency: '1' } }),
      isDone: ({ world }) => remindersSet(world),
    },
  ],
};
