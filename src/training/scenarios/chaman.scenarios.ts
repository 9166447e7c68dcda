/** ChaMan (004): "Een FTP-account aanmaken in ChaMan" and "Een REST-account voor OCMW Online aanmaken". */
import { text } from '../../i18n/text';
import { REST_PERMISSIONS } from '../../domain/chaman';
import { pendingDelegations, senderOf } from '../../world/chaman';
import { EXAMPLE_CONTACT, EXAMPLE_FTP, EXAMPLE_REST } from '../../world/examples';
import { HERSTAPPE } from '../../world/seed';
import type { World } from '../../world/types';
import type { Scenario, ScenarioStep } from '../scenario';
import { cardInReader, herstappeAccountsAsDelivered } from './setup';
import { anyOf, eidSteps, enterpriseStep, is } from './steps';
import { TITLES } from '../titles';

/** Who manages the channels in an exercise: a (co-)Toegangsbeheerder, for one OCMW. */
export interface ChannelManager {
  personId: string;
  pin: string;
  name: string;
  firstName: string;
  kbo: string;
  enterpriseName: string;
}

const ANN: ChannelManager = { personId: 'ann', pin: '4711', name: 'Ann Wouters', firstName: 'Ann', kbo: HERSTAPPE, enterpriseName: 'OCMW HERSTAPPE' };

/** The OCMW as sender without ChaMan data yet, Herstappe's accounts as delivered, the manager's card in the reader. */
export const chamanPrepare =
  (who: ChannelManager) =>
  (world: World): World => {
    const fresh = { ...herstappeAccountsAsDelivered(world), chaman: world.chaman.filter((s) => s.kbo !== who.kbo) };
    return cardInReader(fresh, who.personId);
  };

const sender = (world: World, who: ChannelManager) => senderOf(world, who.kbo);

/** From the portal's home to ChaMan's first page, as the manager. */
export function toChaman(prefix: string, who: ChannelManager): ScenarioStep[] {
  return [
    {
      id: `${prefix}-business`,
      narration: text('sc.chaman.business.narration', { firstName: who.firstName }),
      hint: text('sc.chaman.business.hint'),
      target: 'audience-onderneming',
      expects: is('openAudience', (i) => i.audience === 'onderneming'),
      perform: () => ({ type: 'openAudience', audience: 'onderneming' }),
      isDone: ({ login }) => !login.matches({ portal: 'home' }),
    },
    {
      id: `${prefix}-search`,
      narration: text('sc.chaman.search.narration'),
      hint: text('sc.chaman.search.hint'),
      target: 'business-search',
      expects: anyOf(is('search', (i) => i.query.trim().toLowerCase().includes('chaman')), is('openAllServices')),
      perform: () => ({ type: 'search', query: 'ChaMan' }),
      isDone: ({ login }) => !login.matches({ portal: 'home' }) && !login.matches({ portal: 'business' }),
    },
    {
      id: `${prefix}-service`,
      narration: text('sc.chaman.service.narration'),
      hint: text('sc.chaman.service.narration'),
      target: 'service-chaman',
      expects: is('openService', (i) => i.service === 'chaman'),
      perform: () => ({ type: 'openService', service: 'chaman' }),
      isDone: ({ login }) => login.matches({ portal: 'chamanPage' }) || login.matches({ portal: 'loginAudience' }) || login.matches('csam'),
    },
    {
      id: `${prefix}-start`,
      narration: text('sc.chaman.start.narration'),
      hint: text('sc.chaman.start.narration'),
      target: 'chaman-start',
      expects: is('startService'),
      perform: () => ({ type: 'startService' }),
      isDone: ({ login }) => login.matches({ portal: 'loginAudience' }) || login.matches('csam'),
    },
    {
      id: `${prefix}-professional`,
      narration: text('sc.chaman.professional.narration'),
      hint: text('sc.chaman.professional.hint'),
      target: 'login-audience-professional',
      expects: is('chooseLoginAudience', (i) => i.audience === 'professional'),
      perform: () => ({ type: 'chooseLoginAudience', audience: 'professional' }),
      isDone: ({ login }) => login.matches('csam'),
    },
    ...eidSteps({ prefix, personId: who.personId, pin: who.pin, name: who.name }),
    enterpriseStep(prefix, ({ login }) => login.matches({ session: 'chaman' }), who.kbo, who.enterpriseName, text('sc.chaman.toChaman.enterpriseStep4')),
    {
      id: `${prefix}-contact`,
      narration: text('sc.chaman.contact.narration'),
      hint: text('sc.chaman.contact.hint'),
      target: 'ch-contact',
      expects: is('ch.saveContact'),
      perform: () => ({ type: 'ch.saveContact', contact: EXAMPLE_CONTACT }),
      isDone: ({ world }) => sender(world, who).contact !== null,
    },
  ];
}


export const ftpScenario: Scenario = {
  id: 'chaman-ftp-account',
  title: TITLES['chaman-ftp-account'],
  summary: text('sc.chaman.chaman-ftp-account.summary'),
  outro: text('sc.chaman.chaman-ftp-account.outro'),
  prepare: chamanPrepare(ANN),
  startPage: { page: 'home' },
  steps: [
    ...toChaman('ftp', ANN),
    ...ftpSteps(ANN),
  ],
};

const restName = 'ocmw online';
const restRequested = (world: World, who: ChannelManager) => sender(world, who).delegations.some((d) => d.accountName.toLowerCase() === restName);
const restCreated = (world: World, who: ChannelManager) => sender(world, who).rest.some((a) => a.name.toLowerCase() === restName);

export const restScenario: Scenario = {
  id: 'chaman-rest-account',
  title: TITLES['chaman-rest-account'],
  summary: text('sc.chaman.chaman-rest-account.summary'),
  outro: text('sc.chaman.chaman-rest-account.outro'),
  prepare: chamanPrepare(ANN),
  startPage: { page: 'home' },
  steps: [
    ...toChaman('rest', ANN),
    ...restSteps(ANN),
  ],
};

/** "Een FTP- of SFTP-account toevoegen" and its form. */
export function ftpSteps(who: ChannelManager): ScenarioStep[] {
  return [
    {
      id: 'ftp-add',
      narration: text('sc.tests.toepassingen.sftp-add.narration'),
      hint: text('sc.tests.toepassingen.sftp-add.narration'),
      target: 'ch-add-ftp',
      expects: is('ch.addFtp'),
      perform: () => ({ type: 'ch.addFtp' }),
      isDone: ({ chaman, world }) => chaman.matches('ftpForm') || sender(world, who).ftp.length > 0,
    },
    {
      id: 'ftp-form',
      narration: text('sc.chaman.ftp-form.narration'),
      hint: text('sc.chaman.ftp-form.hint'),
      target: 'ch-ftp-form',
      expects: is('ch.submitFtp'),
      perform: () => ({ type: 'ch.submitFtp', form: EXAMPLE_FTP }),
      isDone: ({ world }) => sender(world, who).ftp.some((a) => a.type === 'FTP'),
    },
  ];
}

/** "Een Webservice account toevoegen" (REST, external management) until the vendor accepts. */
export function restSteps(who: ChannelManager): ScenarioStep[] {
  return [
    {
      id: 'rest-add',
      narration: text('sc.chaman.rest-add.narration'),
      hint: text('sc.chaman.rest-add.hint'),
      target: 'ch-add-ws',
      expects: is('ch.addWs'),
      perform: () => ({ type: 'ch.addWs' }),
      isDone: ({ chaman, world }) => chaman.matches('wsType') || chaman.matches('restForm') || restRequested(world, who),
    },
    {
      id: 'rest-type',
      narration: text('sc.chaman.rest-type.narration'),
      hint: text('sc.chaman.rest-type.hint'),
      target: 'ch-ws-type',
      expects: is('ch.chooseType', (i) => i.wsType === 'REST'),
      wrongFeedback: (intent) => (intent.type === 'ch.chooseType' ? text('sc.chaman.rest-type.wrongFeedback') : null),
      perform: () => ({ type: 'ch.chooseType', wsType: 'REST' }),
      isDone: ({ chaman, world }) => chaman.matches('restForm') || restRequested(world, who),
    },
    {
      id: 'rest-form',
      narration: text('sc.chaman.rest-form.narration'),
      hint: text('sc.chaman.rest-form.hint'),
      target: 'ch-rest-form',
      expects: is('ch.submitRest', (i) => i.form.management === 'extern' && i.form.name.trim().toLowerCase() === restName && REST_PERMISSIONS.every((p) => i.form.permissions.includes(p))),
      wrongFeedback: (intent) =>
        intent.type === 'ch.submitRest'
          ? text('sc.chaman.rest-form.wrongFeedback')
          : null,
      perform: () => ({ type: 'ch.submitRest', form: EXAMPLE_REST }),
      isDone: ({ world }) => restRequested(world, who),
    },
    {
      id: 'rest-vendor',
      narration: text('sc.chaman.rest-vendor.narration'),
      hint: text('sc.chaman.rest-vendor.hint'),
      target: 'vendor-accept',
      expects: anyOf(is('sim.answerDelegation', (i) => i.accept), is('sim.setToday')),
      perform: ({ world }) => {
        const pending = pendingDelegations(world).find((p) => p.kbo === who.kbo && p.request.accountName.toLowerCase() === restName);
        return { type: 'sim.answerDelegation', kbo: who.kbo, id: pending?.request.id ?? '', accept: true };
      },
      isDone: ({ world }) => restCreated(world, who),
    },
  ];
}
