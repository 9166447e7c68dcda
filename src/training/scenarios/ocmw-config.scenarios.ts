/** OCMW-configuratie (004): "Mutaties selecteren" and "OCMW Online-meldingen instellen". */
import { MUTATION_CODES } from '../../domain/ocmw-config';
import { defaultOcmwConfig, ocmwConfigOf } from '../../world/ocmw-config';
import { HERSTAPPE } from '../../world/seed';
import { accountOf } from '../../world/toegangsbeheer';
import type { World } from '../../world/types';
import type { Scenario, ScenarioStep } from '../scenario';
import { cardInReader } from './setup';
import { anyOf, enterpriseStep, is, serviceLoginSteps } from './steps';
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
    enterpriseStep(prefix, ({ login }) => login.matches('roleChoice') || login.matches('ocmwConfig'), who.kbo, who.enterpriseName),
    {
      id: `${prefix}-role`,
      narration: {
        nl: 'Het volgende scherm verschijnt. U kiest de rol "OCMW-configuratie" via het drop-downmenu en klikt op "kiezen". Enkel de (co-)Lokale beheerders en de gebruikers met de rol "OCMW-configuratie" hebben toegang tot deze toepassing.',
        fr: 'L\'écran suivant apparaît. Choisissez le rôle « Configuration CPAS » dans le menu déroulant et cliquez sur « choisir ». Seuls les (co-)gestionnaires locaux et les utilisateurs ayant le rôle « Configuration CPAS » ont accès à cette application.',
      },
      hint: { nl: 'Kies "OCMW-configuratie" en klik op "kiezen".', fr: 'Choisissez « Configuration CPAS » et cliquez sur « choisir ».' },
      target: 'role-choice',
      expects: is('chooseRole', (i) => i.role === 'ocmwConfiguratie'),
      perform: () => ({ type: 'chooseRole', role: 'ocmwConfiguratie' }),
      isDone: ({ login }) => login.matches('ocmwConfig'),
    },
  ];
}

const REPLACED = ['MURN', 'MUIA'];
const mutations = (world: World) => ocmwConfigOf(world, HERSTAPPE).mutations;

export const mutationsScenario: Scenario = {
  id: 'ocmw-configuratie-mutaties',
  title: TITLES['ocmw-configuratie-mutaties'],
  summary: {
    nl: 'In OCMW-configuratie kiezen welke soorten mutaties het OCMW ontvangt, en bewaren (richtlijnen fusies 2025, "Mutaties").',
    fr: 'Dans Configuration CPAS, choisir les types de mutations que le CPAS reçoit, et sauvegarder (directives fusions 2025, « Mutations »).',
  },
  outro: {
    nl: 'De selectie geldt voor het hele OCMW. U kan mutaties later weer aanvinken, maar mutaties die verzonden werden terwijl ze niet geselecteerd waren, ontvangt u nooit.',
    fr: 'La sélection vaut pour tout le CPAS. Vous pouvez recocher des mutations plus tard, mais vous ne recevrez jamais les mutations envoyées pendant qu\'elles n\'étaient pas sélectionnées.',
  },
  prepare,
  startPage: { page: 'services' },
  steps: [
    ...ocmwConfigLoginSteps('mut'),
    {
      id: 'untick',
      narration: {
        nl: 'U komt op het scherm "Mutaties". De selectie wordt uitgevoerd voor het OCMW in zijn geheel: als u een mutatie uitvinkt, zal geen enkele dienst van uw OCMW ze nog ontvangen. MURG vervangt de MURN, MURA en MUPS, en MUSE vervangt de MUIA. Vink "MURN Rijksregister" en "MUIA Activiteiten van zelfstandigen" uit en klik op "Bewaren": anders worden uw gegevens niet opgeslagen.',
        fr: 'Vous arrivez sur l\'écran « Mutations ». La sélection vaut pour l\'ensemble du CPAS : si vous décochez une mutation, aucun service de votre CPAS ne la recevra plus. MURG remplace les MURN, MURA et MUPS, et MUSE remplace la MUIA. Décochez « MURN Rijksregister » et « MUIA Activiteiten van zelfstandigen » et cliquez sur « Sauvegarder » : sinon vos données ne sont pas enregistrées.',
      },
      hint: { nl: 'Vink MURN en MUIA uit en klik op "Bewaren".', fr: 'Décochez MURN et MUIA et cliquez sur « Sauvegarder ».' },
      target: 'oc-mutaties',
      expects: anyOf(
        is('oc.edit'),
        is('oc.saveMutations', (i) => REPLACED.every((c) => !i.codes.includes(c))),
      ),
      wrongFeedback: (intent) =>
        intent.type === 'oc.saveMutations'
          ? { nl: 'Vink eerst MURN en MUIA uit, en klik dan op "Bewaren".', fr: 'Décochez d\'abord MURN et MUIA, puis cliquez sur « Sauvegarder ».' }
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
  summary: {
    nl: 'In OCMW-configuratie de notificatie- en herinneringsmails voor hulpaanvragen via OCMW Online activeren (richtlijnen fusies 2025, "OCMW Online").',
    fr: 'Dans Configuration CPAS, activer les e-mails de notification et de rappel pour les demandes d\'aide via CPAS Online (directives fusions 2025, « CPAS Online »).',
  },
  outro: {
    nl: 'Uw OCMW krijgt nu bij elke hulpaanvraag via OCMW Online een notificatiemail, en een dagelijkse herinnering voor hulpaanvragen die na 2 kalenderdagen nog niet gelezen zijn.',
    fr: 'Votre CPAS reçoit maintenant un e-mail de notification à chaque demande d\'aide via CPAS Online, et un rappel quotidien pour les demandes non lues après 2 jours calendrier.',
  },
  prepare,
  startPage: { page: 'services' },
  steps: [
    ...ocmwConfigLoginSteps('online'),
    {
      id: 'menu',
      narration: { nl: 'Klik in het menu op "OCMW Online".', fr: 'Cliquez dans le menu sur « CPAS Online ».' },
      hint: { nl: 'Klik op "OCMW Online".', fr: 'Cliquez sur « CPAS Online ».' },
      target: 'oc-menu-online',
      expects: is('oc.open', (i) => i.to === 'online'),
      perform: () => ({ type: 'oc.open', to: 'online' }),
      isDone: ({ ocmwConfig }) => ocmwConfig.matches('online'),
    },
    {
      id: 'notifications',
      narration: {
        nl: `Notificaties: telkens wanneer er via OCMW Online een hulpaanvraag bij uw OCMW wordt ingediend, wordt er een notificatiemail gestuurd. Kies "ja", vul het adres ${ADDRESS} in en klik op "Bewaren". Als u "ja" kiest zonder e-mailadres, verschijnt er een foutmelding.`,
        fr: `Notifications : chaque fois qu'une demande d'aide est introduite auprès de votre CPAS via CPAS Online, un e-mail de notification est envoyé. Choisissez « oui », introduisez l'adresse ${ADDRESS} et cliquez sur « Sauvegarder ». Si vous choisissez « oui » sans adresse e-mail, un message d'erreur apparaît.`,
      },
      hint: { nl: `Kies "ja", typ ${ADDRESS} en klik op "Bewaren" onder Notificaties.`, fr: `Choisissez « oui », tapez ${ADDRESS} et cliquez sur « Sauvegarder » sous Notifications.` },
      target: 'oc-notifications',
      expects: anyOf(is('oc.edit'), is('oc.saveNotifications', (i) => i.settings.enabled)),
      wrongFeedback: (intent) =>
        intent.type === 'oc.saveNotifications' ? { nl: 'Kies eerst "ja".', fr: 'Choisissez d\'abord « oui ».' } : null,
      perform: () => ({ type: 'oc.saveNotifications', settings: { enabled: true, email: ADDRESS } }),
      isDone: ({ world }) => notificationsSet(world),
    },
    {
      id: 'reminders',
      narration: {
        nl: `Herinneringen: als een hulpaanvraag na een aantal dagen nog niet als gelezen is gemarkeerd, krijgt u een herinnering. Kies "ja", vul het adres ${ADDRESS} in, een herinneringstermijn van 2 (de aanvraag verschijnt 2 kalenderdagen na de verzenddatum in de herinneringsmail) en een herinneringsfrequentie van 1 (daarna elke dag), en klik op "Bewaren".`,
        fr: `Rappels : si une demande d'aide n'a pas été marquée comme lue après un certain nombre de jours, vous recevez un rappel. Choisissez « oui », introduisez l'adresse ${ADDRESS}, un délai de rappel de 2 (la demande apparaît dans l'e-mail de rappel 2 jours calendrier après la date d'envoi) et une fréquence de rappel de 1 (ensuite chaque jour), et cliquez sur « Sauvegarder ».`,
      },
      hint: { nl: 'Kies "ja", vul adres, termijn 2 en frequentie 1 in en klik op "Bewaren".', fr: 'Choisissez « oui », introduisez l\'adresse, le délai 2 et la fréquence 1 et cliquez sur « Sauvegarder ».' },
      target: 'oc-reminders',
      expects: anyOf(is('oc.edit'), is('oc.saveReminders', (i) => i.settings.enabled)),
      wrongFeedback: (intent) =>
        intent.type === 'oc.saveReminders' ? { nl: 'Kies eerst "ja".', fr: 'Choisissez d\'abord « oui ».' } : null,
      perform: () => ({ type: 'oc.saveReminders', settings: { enabled: true, email: ADDRESS, delay: '2', frequency: '1' } }),
      isDone: ({ world }) => remindersSet(world),
    },
  ],
};
