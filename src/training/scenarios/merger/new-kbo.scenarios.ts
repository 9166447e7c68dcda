/**
 * Scenario 1's work for the new KBO number (004): the FTP and REST accounts in ChaMan, and the
 * settings of OCMW-configuratie, made by Karen for OCMW Merelbeke-Melle.
 */
import { text, type Text } from '../../../i18n/text';
import { REST_PERMISSIONS } from '../../../domain/chaman';
import { MUTATION_CODES } from '../../../domain/ocmw-config';
import type { OcPage } from '../../../machines/ocmw-config.machine';
import type { Intent } from '../../../machines/simulator';
import { senderOf } from '../../../world/chaman';
import { EXAMPLE_ADDRESS } from '../../../world/examples';
import { defaultOcmwConfig } from '../../../world/ocmw-config';
import { MERELBEKE_MELLE } from '../../../world/seed-mergers';
import type { World } from '../../../world/types';
import type { Scenario, ScenarioStep } from '../../scenario';
import { chamanPrepare, ftpSteps, restSteps, toChaman, type ChannelManager } from '../chaman.scenarios';
import { step } from '../files-steps';
import { ocmwConfigLoginSteps, type Configurer } from '../ocmw-config.scenarios';
import { anyOf, is } from '../steps';
import { newAccountsAsCopied } from './shared';
import { TITLES } from '../../titles';

const KAREN: ChannelManager = { personId: 'karen', pin: '1357', name: 'Karen De Vos', firstName: 'Karen', kbo: MERELBEKE_MELLE, enterpriseName: 'OCMW MERELBEKE-MELLE' };

export const mergerChamanScenario: Scenario = {
  id: 'fusie-chaman',
  title: TITLES['fusie-chaman'],
  summary: text('sc.merger.new-kbo.fusie-chaman.summary'),
  outro: text('sc.merger.new-kbo.fusie-chaman.outro'),
  prepare: (world) => chamanPrepare(KAREN)(newAccountsAsCopied(world)),
  startPage: { page: 'home' },
  goals: [
    {
      id: 'ftp',
      label: text('sc.merger.new-kbo.ftp.label'),
      holds: (world) => senderOf(world, MERELBEKE_MELLE).ftp.some((a) => a.type === 'FTP'),
    },
    {
      id: 'rest',
      label: text('sc.merger.new-kbo.rest.label'),
      holds: (world) => {
        const sender = senderOf(world, MERELBEKE_MELLE);
        const complete = (permissions: readonly string[]) => REST_PERMISSIONS.every((p) => permissions.includes(p));
        const isOnline = (name: string) => name.trim().toLowerCase() === 'ocmw online';
        return (
          sender.delegations.some((d) => isOnline(d.accountName) && d.status !== 'refused' && complete(d.permissions)) ||
          sender.rest.some((a) => isOnline(a.name) && a.management === 'extern' && complete(a.permissions))
        );
      },
    },
  ],
  steps: [...toChaman('fusie', KAREN), ...ftpSteps(KAREN), ...restSteps(KAREN)],
};

const configOf = (world: World) => world.ocmwConfigs.find((c) => c.kbo === MERELBEKE_MELLE);
const KAREN_CONFIG: Configurer = { personId: 'karen', pin: '1357', name: 'Karen De Vos', kbo: MERELBEKE_MELLE, enterpriseName: 'OCMW MERELBEKE-MELLE' };
const PROVIDERS = { ...defaultOcmwConfig(MERELBEKE_MELLE).providers, network: 'Telenet', vendors: ['Cevi - Logins'], programs: ['PrimaWeb'] };

/** One page of OCMW-configuratie: open it from the menu (unless it is the first), fill it in, "Bewaren". */
function configPage(page: OcPage, menu: Text | null, save: { narration: Text; intent: Intent; saved: (world: World) => boolean }): ScenarioStep[] {
  const open: ScenarioStep[] = menu
    ? [
        step(
          `fusie-open-${page}`,
          menu,
          menu,
          `oc-menu-${page}`,
          is('oc.open', (i) => i.to === page),
          () => ({ type: 'oc.open', to: page }),
          ({ ocmwConfig, world }) => ocmwConfig.matches(page) || save.saved(world),
        ),
      ]
    : [];
  return [
    ...open,
    step(
      `fusie-save-${page}`,
      save.narration,
      text('sc.merger.new-kbo.configPage.step2'),
      page === 'online' ? 'oc-notifications' : `oc-${page}`,
      anyOf(is('oc.edit'), (intent) => intent.type === save.intent.type),
      () => save.intent,
      ({ world }) => save.saved(world),
    ),
  ];
}

export const mergerOcmwConfigScenario: Scenario = {
  id: 'fusie-ocmw-configuratie',
  title: TITLES['fusie-ocmw-configuratie'],
  summary: text('sc.merger.new-kbo.fusie-ocmw-configuratie.summary'),
  outro: text('sc.merger.new-kbo.fusie-ocmw-configuratie.outro'),
  prepare: (world) => newAccountsAsCopied({ ...world, ocmwConfigs: world.ocmwConfigs.filter((c) => c.kbo !== MERELBEKE_MELLE) }),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'mutations',
      label: text('sc.merger.new-kbo.mutations.label'),
      holds: (world) => {
        const codes = configOf(world)?.mutations;
        return !!codes && codes.includes('MURG') && codes.includes('MUSE') && !codes.includes('MURN') && !codes.includes('MUIA');
      },
    },
    {
      id: 'providers',
      label: text('sc.merger.new-kbo.providers.label'),
      holds: (world) => (configOf(world)?.providers.network ?? '') !== '',
    },
    {
      id: 'contact',
      label: text('sc.merger.new-kbo.contact.label'),
      holds: (world) => !!configOf(world)?.contact,
    },
    {
      id: 'notifications',
      label: text('sc.merger.new-kbo.notifications.label'),
      holds: (world) => !!configOf(world)?.notifications.enabled,
    },
  ],
  steps: [
    ...ocmwConfigLoginSteps('fusie-oc', KAREN_CONFIG),
    ...configPage('mutaties', null, {
      narration: text('sc.merger.new-kbo.fusie-ocmw-configuratie.narration'),
      intent: { type: 'oc.saveMutations', codes: MUTATION_CODES.filter((c) => c !== 'MURN' && c !== 'MUIA') },
      saved: (world) => !!configOf(world),
    }),
    ...configPage('providers', text('sc.merger.new-kbo.fusie-ocmw-configuratie.configPage1'), {
      narration: text('sc.merger.new-kbo.fusie-ocmw-configuratie.narration2'),
      intent: { type: 'oc.saveProviders', providers: PROVIDERS },
      saved: (world) => (configOf(world)?.providers.network ?? '') !== '',
    }),
    ...configPage('contact', text('sc.merger.new-kbo.fusie-ocmw-configuratie.configPage12'), {
      narration: text('sc.merger.new-kbo.fusie-ocmw-configuratie.narration3'),
      intent: {
        type: 'oc.saveContact',
        contact: {
          ...EXAMPLE_ADDRESS,
          street: { nl: 'Hundelgemsesteenweg', fr: 'Hundelgemsesteenweg', de: 'Hundelgemsesteenweg' },
          number: '1',
          postcode: '9820',
          city: { nl: 'Merelbeke-Melle', fr: 'Merelbeke-Melle', de: 'Merelbeke-Melle' },
          phone: '09 210 33 00',
        },
      },
      saved: (world) => !!configOf(world)?.contact,
    }),
    ...configPage('online', text('sc.tests.toepassingen.menu.narration'), {
      narration: text('sc.merger.new-kbo.fusie-ocmw-configuratie.narration4'),
      intent: { type: 'oc.saveNotifications', settings: { enabled: true, email: 'onthaal@ocmw-merelbeke-melle.be' } },
      saved: (world) => !!configOf(world)?.notifications.enabled,
    }),
  ],
};
