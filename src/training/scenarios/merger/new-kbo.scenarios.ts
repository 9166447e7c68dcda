/**
 * Scenario 1's work for the new KBO number (004): the FTP and REST accounts in ChaMan, and the
 * settings of OCMW-configuratie, made by Karen for OCMW Merelbeke-Melle.
 */
import { REST_PERMISSIONS } from '../../../domain/chaman';
import { MUTATION_CODES } from '../../../domain/ocmw-config';
import type { OcPage } from '../../../machines/ocmw-config.machine';
import type { Intent } from '../../../machines/simulator';
import { senderOf } from '../../../world/chaman';
import { EXAMPLE_ADDRESS } from '../../../world/examples';
import { defaultOcmwConfig } from '../../../world/ocmw-config';
import { MERELBEKE_MELLE } from '../../../world/seed-mergers';
import type { Localised, World } from '../../../world/types';
import type { Scenario, ScenarioStep } from '../../scenario';
import { chamanPrepare, ftpSteps, restSteps, toChaman, type ChannelManager } from '../chaman.scenarios';
import { step } from '../integration.scenarios';
import { ocmwConfigLoginSteps, type Configurer } from '../ocmw-config.scenarios';
import { anyOf, is } from '../steps';
import { L, newAccountsAsCopied } from './shared';
import { TITLES } from '../../titles';

const KAREN: ChannelManager = { personId: 'karen', pin: '1357', name: 'Karen De Vos', firstName: 'Karen', kbo: MERELBEKE_MELLE, enterpriseName: 'OCMW MERELBEKE-MELLE' };

export const mergerChamanScenario: Scenario = {
  id: 'fusie-chaman',
  title: TITLES['fusie-chaman'],
  summary: L(
    'Scenario 1: voor het OCMW met een nieuw KBO-nummer (Merelbeke-Melle) een FTP-account en een REST-account aanmaken in ChaMan, zodra de RSZ de gegevens van Toegangsbeheer heeft gekopieerd (richtlijnen fusies 2025, "ChaMan").',
    'Scénario 1 : pour le CPAS avec un nouveau numéro BCE (Merelbeke-Melle), créer un compte FTP et un compte REST dans ChaMan, dès que l\'ONSS a copié les données de la Gestion des accès (directives fusions 2025, « ChaMan »).',
  ),
  outro: L(
    'Beide accounts hebben een geldig certificaat. Het certificaat van het REST-account beheert de softwareleverancier, dat van het FTP-account het OCMW zelf. Voor de "verdwijnde" OCMW\'s blijven de kanalen voorlopig beschikbaar.',
    'Les deux comptes ont un certificat valable. Le fournisseur de logiciel gère le certificat du compte REST, le CPAS celui du compte FTP. Pour les CPAS « disparus », les canaux restent disponibles pour le moment.',
  ),
  prepare: (world) => chamanPrepare(KAREN)(newAccountsAsCopied(world)),
  startPage: { page: 'home' },
  goals: [
    {
      id: 'ftp',
      label: L('OCMW MERELBEKE-MELLE heeft een FTP-account in ChaMan.', 'Le CPAS de MERELBEKE-MELLE a un compte FTP dans ChaMan.'),
      holds: (world) => senderOf(world, MERELBEKE_MELLE).ftp.some((a) => a.type === 'FTP'),
    },
    {
      id: 'rest',
      label: L(
        'Het REST-account "OCMW Online" met de vier machtigingen is aangevraagd met extern beheer door de softwareleverancier.',
        'Le compte REST « OCMW Online » avec les quatre autorisations est demandé avec gestion externe par le fournisseur de logiciel.',
      ),
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
function configPage(page: OcPage, menu: Localised | null, save: { narration: Localised; intent: Intent; saved: (world: World) => boolean }): ScenarioStep[] {
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
      L('Vul de gegevens in en klik op "Bewaren".', 'Complétez les données et cliquez sur « Sauvegarder ».'),
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
  summary: L(
    'Scenario 1: voor het nieuwe KBO-nummer (Merelbeke-Melle) de instellingen ingeven: type mutaties, technische dienstverleners, contactgegevens en OCMW Online (richtlijnen fusies 2025, "OCMW-configuraties").',
    'Scénario 1 : pour le nouveau numéro BCE (Merelbeke-Melle), introduire les paramètres : types de mutations, prestataires techniques, coordonnées et CPAS Online (directives fusions 2025, « Configurations CPAS »).',
  ),
  outro: L(
    'Het nieuwe OCMW is geconfigureerd. Voor de "verdwijnde" OCMW\'s blijven de gegevens voorlopig beschikbaar.',
    'Le nouveau CPAS est configuré. Pour les CPAS « disparus », les données restent disponibles pour le moment.',
  ),
  prepare: (world) => newAccountsAsCopied({ ...world, ocmwConfigs: world.ocmwConfigs.filter((c) => c.kbo !== MERELBEKE_MELLE) }),
  startPage: { page: 'services' },
  goals: [
    {
      id: 'mutations',
      label: L('Mutaties bewaard: MURG en MUSE aangevinkt, MURN en MUIA (die zij vervangen) niet.', 'Mutations sauvegardées : MURG et MUSE cochées, MURN et MUIA (qu\'elles remplacent) non.'),
      holds: (world) => {
        const codes = configOf(world)?.mutations;
        return !!codes && codes.includes('MURG') && codes.includes('MUSE') && !codes.includes('MURN') && !codes.includes('MUIA');
      },
    },
    {
      id: 'providers',
      label: L('Technische dienstverleners bewaard (netwerkprovider, softwareleverancier, programma).', 'Prestataires de services techniques sauvegardés (fournisseur de réseau, fournisseur de logiciel, programme).'),
      holds: (world) => (configOf(world)?.providers.network ?? '') !== '',
    },
    {
      id: 'contact',
      label: L('Contactgegevens van het nieuwe OCMW bewaard.', 'Coordonnées du nouveau CPAS sauvegardées.'),
      holds: (world) => !!configOf(world)?.contact,
    },
    {
      id: 'notifications',
      label: L('OCMW Online: notificatiemails geactiveerd.', 'CPAS Online : e-mails de notification activés.'),
      holds: (world) => !!configOf(world)?.notifications.enabled,
    },
  ],
  steps: [
    ...ocmwConfigLoginSteps('fusie-oc', KAREN_CONFIG),
    ...configPage('mutaties', null, {
      narration: L(
        'Het nieuwe OCMW heeft nog niets bewaard. Kies de mutaties die het wil ontvangen (bijvoorbeeld zonder MURN en MUIA, vervangen door MURG en MUSE) en klik op "Bewaren".',
        'Le nouveau CPAS n\'a encore rien sauvegardé. Choisissez les mutations qu\'il souhaite recevoir (par exemple sans MURN et MUIA, remplacées par MURG et MUSE) et cliquez sur « Sauvegarder ».',
      ),
      intent: { type: 'oc.saveMutations', codes: MUTATION_CODES.filter((c) => c !== 'MURN' && c !== 'MUIA') },
      saved: (world) => !!configOf(world),
    }),
    ...configPage('providers', L('Klik op "Technische dienstverleners".', 'Cliquez sur « Prestataires de services techniques ».'), {
      narration: L('Kies de netwerkprovider, de softwareleverancier(s) en het programma, en klik op "Bewaren".', 'Choisissez le fournisseur de réseau, le(s) fournisseur(s) de logiciel et le programme, et cliquez sur « Sauvegarder ».'),
      intent: { type: 'oc.saveProviders', providers: PROVIDERS },
      saved: (world) => (configOf(world)?.providers.network ?? '') !== '',
    }),
    ...configPage('contact', L('Klik op "Contactgegevens".', 'Cliquez sur « Coordonnées ».'), {
      narration: L(
        'Vul het adres van het nieuwe OCMW in, straat en stad in de drie talen ("stel deze waarde in voor alle talen"), en het telefoonnummer van het onthaal. Klik op "Bewaren".',
        'Introduisez l\'adresse du nouveau CPAS, rue et ville dans les trois langues (« appliquer cette valeur à toutes les langues »), et le numéro de téléphone de l\'accueil. Cliquez sur « Sauvegarder ».',
      ),
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
    ...configPage('online', L('Klik op "OCMW Online".', 'Cliquez sur « CPAS Online ».'), {
      narration: L('Activeer de notificatiemails ("ja") met het adres van het onthaal en klik op "Bewaren".', 'Activez les e-mails de notification (« oui ») avec l\'adresse de l\'accueil et cliquez sur « Sauvegarder ».'),
      intent: { type: 'oc.saveNotifications', settings: { enabled: true, email: 'onthaal@ocmw-merelbeke-melle.be' } },
      saved: (world) => !!configOf(world)?.notifications.enabled,
    }),
  ],
};
