/**
 * The merger exercises of 004 that the files rehearse: "Voor alle lopende dossiers onder het
 * verdwijnde KBO-nummer dienen de formulieren te worden stopgezet met als einddatum 31/12/2024 en
 * opnieuw te worden ingevoerd ... onder het nieuwe KBO-nummer, met als datum van invoegetreding
 * 01/01/2025"; the integration is stopped by hand under the old number and made again under the new.
 */
import { MERGER_START_DATE, MERGER_STOP_DATE } from '../../domain/mergers';
import type { IntegrationRecord } from '../../world/types';
import { BORSBEEK, LOKEREN, MELLE, MERELBEKE_MELLE, MERGER_ENTERPRISES, MERGER_INTEGRATIONS, MERGER_TB_USERS, MOERBEKE, copyIntegration } from '../../world/seed-mergers';
import { ANTWERPEN } from '../../world/seed';
import type { Localised, World } from '../../world/types';
import type { Scenario, ScenarioStep } from '../scenario';
import { codeStep, integrationsMenu, openFile, periodStep, personStep, step, typing } from './integration.scenarios';
import { cardInReader } from './setup';
import { anyOf, is, loginStepsFor, serviceLoginSteps } from './steps';
import { chamanPrepare, ftpSteps, restSteps, toChaman, type ChannelManager } from './chaman.scenarios';
import { ocmwConfigLoginSteps, type Configurer } from './ocmw-config.scenarios';
import { MUTATION_CODES } from '../../domain/ocmw-config';
import { defaultOcmwConfig } from '../../world/ocmw-config';
import { EXAMPLE_ADDRESS } from '../../world/examples';
import type { Intent } from '../../machines/simulator';
import type { OcPage } from '../../machines/ocmw-config.machine';

const L = (nl: string, fr: string): Localised => ({ nl, fr });

/** One running file to move from the disappearing OCMW to the one that remains. */
interface Transfer {
  id: string;
  scenario: 1 | 2 | 3;
  person: { id: string; pin: string; name: string; firstName: string };
  client: { id: string; name: string; lastName: string; query: string };
  requestId: string;
  from: { kbo: string; name: string; city: string };
  to: { kbo: string; name: string; city: string };
  /** The person has two roles at the remaining OCMW (Sociale Agent and PrimaWeb beheer). */
  chooseRole: boolean;
}

const code02 = (world: World, clientId: string, kbo: string) =>
  world.integrations.find((r: IntegrationRecord) => r.clientId === clientId && r.institution === `ocmw:${kbo}` && r.code === '02')?.periods ?? [];

/** The client's file as it ran under the old number, nothing yet under the remaining one; the person's card in the reader. */
const transferPrepare = (t: Transfer) => (world: World): World => {
  const own = (i: { clientId: string }) => i.clientId === t.client.id;
  const integrations = [...world.integrations.filter((i) => !own(i)), ...MERGER_INTEGRATIONS.filter(own).map(copyIntegration)];
  const requests = world.requests.filter((r) => !(r.kbo === t.to.kbo && r.household.some(own)));
  return cardInReader(newAccountsAsCopied({ ...world, integrations, requests }), t.person.id);
};

const KEEP: Record<1 | 2 | 3, Localised> = {
  1: L('het nieuwe KBO-nummer', 'le nouveau numéro BCE'),
  2: L('het KBO-nummer van het fusie-OCMW', 'le numéro BCE du CPAS fusionné'),
  3: L('het te behouden KBO-nummer', 'le numéro BCE conservé'),
};

function transferScenario(t: Transfer): Scenario {
  const c = t.client;
  const p = t.person;
  return {
    id: t.id,
    title: L(`Fusie: integraties overzetten (scenario ${t.scenario})`, `Fusion : transférer les intégrations (scénario ${t.scenario})`),
    summary: L(
      `Scenario ${t.scenario} (${t.from.city} → ${t.to.city}): de integratie van een lopend dossier stopzetten op 31/12/2024 onder het verdwijnende KBO-nummer, en opnieuw integreren vanaf 01/01/2025 onder ${KEEP[t.scenario].nl} (richtlijnen fusies 2025, "Integraties").`,
      `Scénario ${t.scenario} (${t.from.city} → ${t.to.city}) : arrêter l'intégration d'un dossier en cours au 31/12/2024 sous le numéro BCE qui disparaît, et intégrer à nouveau à partir du 01/01/2025 sous ${KEEP[t.scenario].fr} (directives fusions 2025, « Intégrations »).`,
    ),
    outro: L(
      `${c.name} is geïntegreerd onder OCMW ${t.from.city} tot 31/12/2024 en onder OCMW ${t.to.city} vanaf 01/01/2025. Vergeet ook de multifunctionele attesten niet.`,
      `${c.name} est intégré(e) sous le CPAS de ${t.from.city} jusqu'au 31/12/2024 et sous le CPAS de ${t.to.city} à partir du 01/01/2025. N'oubliez pas non plus les attestations multifonctionnelles.`,
    ),
    prepare: transferPrepare(t),
    startPage: { page: 'home' },
    steps: [
      ...loginStepsFor(p.id, p.pin, p.name, { prefix: 'oud', kbo: t.from.kbo, enterpriseName: t.from.name }),
      ...openFile(c.query, t.requestId, c.name),
      integrationsMenu(
        L(
          `In de overgangsfase kiest u bij het aanmelden het "verdwijnde" of het "nieuwe" OCMW. ${p.firstName} werkt eerst onder OCMW ${t.from.city}: open "Integraties – Desintegraties".`,
          `Pendant la phase de transition, vous choisissez à la connexion le CPAS « disparu » ou le « nouveau ». ${p.firstName} travaille d'abord sous le CPAS de ${t.from.city} : ouvrez « Intégrations – Désintégrations ».`,
        ),
      ),
      periodStep(
        'stop-period',
        L(
          'De integratie moet stoppen op 31/12/2024: desintegreer vanaf 01/01/2025, zonder einddatum (alles vanaf die datum).',
          "L'intégration doit s'arrêter au 31/12/2024 : désintégrez à partir du 01/01/2025, sans date de fin (tout à partir de cette date).",
        ),
        '01/01/2025',
        null,
        MERGER_START_DATE,
        null,
      ),
      codeStep('02', L('Kies hoedanigheidscode 02 (leefloon).', "Choisissez le code qualité 02 (revenu d'intégration)."), 'stop-code'),
      personStep(c.id, c.name, L(`Vink ${c.name} aan.`, `Cochez ${c.name}.`), 'stop-person'),
      step(
        'stop',
        L('… en klik op "Desintegreren".', '… et cliquez sur « Désintégrer ».'),
        L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
        'files-disintegrate',
        anyOf(is('dossier.disintegrate'), typing),
        () => ({ type: 'dossier.disintegrate' }),
        ({ world }) => code02(world, c.id, t.from.kbo).at(-1)?.end === MERGER_STOP_DATE,
      ),
      step(
        'logout',
        L('Meld u volledig af: het dossier moet nu onder het OCMW dat blijft ingevoerd worden.', 'Déconnectez-vous complètement : le dossier doit maintenant être introduit sous le CPAS qui reste.'),
        L('Klik op "Afmelden".', 'Cliquez sur « Se déconnecter ».'),
        'pw-logout',
        is('logout'),
        () => ({ type: 'logout' }),
        ({ login }) => !login.matches('primaweb'),
      ),
      ...loginStepsFor(p.id, p.pin, p.name, { prefix: 'nieuw', kbo: t.to.kbo, enterpriseName: t.to.name, ...(t.chooseRole ? { role: 'socialeAgent' as const } : {}) }),
      step(
        'new-files',
        L('Klik op "Opzoeken van een dossier".', "Cliquez sur « Recherche d'un dossier »."),
        L('Klik op "Opzoeken van een dossier".', "Cliquez sur « Recherche d'un dossier »."),
        'pw-files',
        is('pw.openFiles'),
        () => ({ type: 'pw.openFiles' }),
        ({ primaweb }) => primaweb.matches('files'),
      ),
      step(
        'new-search',
        L(`Zoek ${c.name} ("${c.query}") en klik op "Zoeken".`, `Recherchez ${c.name} (« ${c.query} ») et cliquez sur « Rechercher ».`),
        L(`Typ "${c.query}" en klik op "Zoeken".`, `Tapez « ${c.query} » et cliquez sur « Rechercher ».`),
        'files-search',
        anyOf(is('dossier.setQuery'), is('dossier.search')),
        () => [{ type: 'dossier.setQuery', query: c.query }, { type: 'dossier.search' }],
        ({ dossier }) => dossier.context.searched && dossier.context.query.trim() !== '',
      ),
      step(
        'new-request',
        L(
          `Onder dit KBO-nummer heeft ${c.name} nog geen aanvraag: maak een nieuwe aanvraag aan (de hoofdbegunstigde wordt automatisch 30 dagen geïntegreerd in code 01).`,
          `Sous ce numéro BCE, ${c.name} n'a pas encore de demande : créez une nouvelle demande (le bénéficiaire principal est automatiquement intégré 30 jours en code 01).`,
        ),
        L(`Klik op "Een nieuwe aanvraag registreren voor ${c.lastName}".`, `Cliquez sur « Enregistrer une nouvelle demande pour ${c.lastName} ».`),
        `files-new-${c.id}`,
        anyOf(is('dossier.newRequest', (i) => i.clientId === c.id), is('dossier.setQuery'), is('dossier.search')),
        () => ({ type: 'dossier.newRequest', clientId: c.id }),
        ({ world, dossier }) => dossier.matches('file') && world.requests.some((r) => r.kbo === t.to.kbo && r.household.some((m) => m.clientId === c.id)),
      ),
      integrationsMenu(L('Open "Integraties – Desintegraties".', 'Ouvrez « Intégrations – Désintégrations ».'), 'new-menu'),
      periodStep(
        'new-period',
        L(`Integreer opnieuw vanaf 01/01/2025, de datum van invoegetreding onder ${KEEP[t.scenario].nl}.`, `Intégrez à nouveau à partir du 01/01/2025, la date de prise d'effet sous ${KEEP[t.scenario].fr}.`),
        '01/01/2025',
        null,
        MERGER_START_DATE,
        null,
      ),
      codeStep('02', L('Kies hoedanigheidscode 02.', 'Choisissez le code qualité 02.'), 'new-code'),
      personStep(c.id, c.name, L(`Vink ${c.name} aan.`, `Cochez ${c.name}.`), 'new-person'),
      step(
        'integrate',
        L('… en klik op "Integreren".', '… et cliquez sur « Intégrer ».'),
        L('Klik op "Integreren".', 'Cliquez sur « Intégrer ».'),
        'files-integrate',
        anyOf(is('dossier.integrate'), typing),
        () => ({ type: 'dossier.integrate' }),
        ({ world }) => code02(world, c.id, t.to.kbo)[0]?.start === MERGER_START_DATE,
      ),
      step(
        'timeline',
        L(
          `De tijdlijn toont beide: de integratie onder OCMW ${t.from.city} tot 31/12/2024 en die onder OCMW ${t.to.city} vanaf 01/01/2025. Klik op "Tijdlijn".`,
          `La ligne du temps montre les deux : l'intégration sous le CPAS de ${t.from.city} jusqu'au 31/12/2024 et celle sous le CPAS de ${t.to.city} à partir du 01/01/2025. Cliquez sur « Ligne du temps ».`,
        ),
        L('Klik op "Tijdlijn" in de linkermenubalk.', 'Cliquez sur « Ligne du temps » dans le menu de gauche.'),
        'files-menu-timeline',
        is('dossier.showTimeline'),
        () => ({ type: 'dossier.showTimeline' }),
        ({ dossier }) => dossier.matches({ file: 'timeline' }),
      ),
    ],
  };
}

export const mergerIntegrationsScenario = transferScenario({
  id: 'fusie-integraties',
  scenario: 1,
  person: { id: 'karen', pin: '1357', name: 'Karen De Vos', firstName: 'Karen' },
  client: { id: 'emma', name: 'Emma Claeys', lastName: 'Claeys Emma', query: 'Claeys' },
  requestId: 'melle-1',
  from: { kbo: MELLE, name: 'OCMW MELLE', city: 'Melle' },
  to: { kbo: MERELBEKE_MELLE, name: 'OCMW MERELBEKE-MELLE', city: 'Merelbeke-Melle' },
  chooseRole: true,
});

export const mergerIntegrations2Scenario = transferScenario({
  id: 'fusie-integraties-2',
  scenario: 2,
  person: { id: 'hanne', pin: '2468', name: 'Hanne Desmet', firstName: 'Hanne' },
  client: { id: 'luc', name: 'Luc Verhoeven', lastName: 'Verhoeven Luc', query: 'Verhoeven' },
  requestId: 'moerbeke-1',
  from: { kbo: MOERBEKE, name: 'OCMW MOERBEKE', city: 'Moerbeke' },
  to: { kbo: LOKEREN, name: 'OCMW LOKEREN', city: 'Lokeren' },
  chooseRole: false,
});

export const mergerIntegrations3Scenario = transferScenario({
  id: 'fusie-integraties-3',
  scenario: 3,
  person: { id: 'wout', pin: '1593', name: 'Wout Janssens', firstName: 'Wout' },
  client: { id: 'mia', name: 'Mia Wuyts', lastName: 'Wuyts Mia', query: 'Wuyts' },
  requestId: 'borsbeek-1',
  from: { kbo: BORSBEEK, name: 'OCMW BORSBEEK', city: 'Borsbeek' },
  to: { kbo: ANTWERPEN, name: 'CPAS Anvers', city: 'Antwerpen' },
  chooseRole: false,
});

const KAREN: ChannelManager = { personId: 'karen', pin: '1357', name: 'Karen De Vos', firstName: 'Karen', kbo: MERELBEKE_MELLE, enterpriseName: 'OCMW MERELBEKE-MELLE' };

export const mergerChamanScenario: Scenario = {
  id: 'fusie-chaman',
  title: L('Fusie: FTP- en REST-account voor het nieuwe KBO-nummer', 'Fusion : comptes FTP et REST pour le nouveau numéro BCE'),
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
  title: L('Fusie: OCMW-configuratie voor het nieuwe KBO-nummer', 'Fusion : Configuration CPAS pour le nouveau numéro BCE'),
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

const JAN_INSZ = '55.05.05-181.83';
const EVA_INSZ = '65031820460';
const accountAtNew = (world: World, insz: string) => world.tbUsers.find((u) => u.kbo === MERELBEKE_MELLE && u.insz === insz);

/** The new OCMW's accounts as RSZ copied them, Karen (its Hoofdtoegangsbeheerder) with her card in the reader. */
function newAccountsAsCopied(world: World): World {
  const copied = MERGER_TB_USERS.filter((u) => u.kbo === MERELBEKE_MELLE).map((u) => ({ ...u, applications: [...u.applications] }));
  const enterprises = world.enterprises.map((e) =>
    e.kbo === MERELBEKE_MELLE ? { ...e, accessManagers: [...(MERGER_ENTERPRISES.find((m) => m.kbo === MERELBEKE_MELLE)?.accessManagers ?? [])] } : e,
  );
  return cardInReader({ ...world, enterprises, tbUsers: [...world.tbUsers.filter((u) => u.kbo !== MERELBEKE_MELLE), ...copied] }, 'karen');
}

export const mergerAccessScenario: Scenario = {
  id: 'fusie-toegangsbeheer',
  title: L('Fusie: de toegangsbeheerder van het nieuwe OCMW aanstellen', 'Fusion : désigner le gestionnaire d\'accès du nouveau CPAS'),
  summary: L(
    'De Hoofdtoegangsbeheerder (HTB) stelt een Toegangsbeheerder (TB) aan voor de hoedanigheid van het nieuwe OCMW en kuist de gekopieerde gebruikers op (richtlijnen fusies 2025, "Toegangsbeheer").',
    'Le gestionnaire d\'accès principal désigne un gestionnaire d\'accès pour la qualité du nouveau CPAS et nettoie les utilisateurs copiés (directives fusions 2025, « Gestion des accès »).',
  ),
  outro: L(
    'Jan Maes is Toegangsbeheerder van OCMW Merelbeke-Melle en Eva Wauters heeft er geen toegang meer. Alles omtrent Toegangsbeheer voor het "verdwijnde" KBO-nummer wordt voorlopig behouden.',
    'Jan Maes est gestionnaire d\'accès du CPAS de Merelbeke-Melle et Eva Wauters n\'y a plus accès. Tout ce qui concerne la Gestion des accès pour le numéro BCE « disparu » est conservé pour le moment.',
  ),
  prepare: newAccountsAsCopied,
  startPage: { page: 'services' },
  steps: [
    ...serviceLoginSteps({ prefix: 'fusie-tb', service: 'toegangsbeheer', serviceName: 'Toegangsbeheer', serviceNameFr: 'Gestion des accès', personId: 'karen', pin: '1357', name: 'Karen De Vos' }),
    step(
      'fusie-tb-enterprise',
      L('RSZ heeft de Hoofdtoegangsbeheerder toegevoegd aan het fusie-OCMW en de gebruikers gekopieerd. Kies "OCMW MERELBEKE-MELLE" in de afrollijst.', 'L\'ONSS a ajouté le gestionnaire d\'accès principal au CPAS fusionné et copié les utilisateurs. Choisissez « OCMW MERELBEKE-MELLE » dans la liste déroulante.'),
      L('Kies "OCMW MERELBEKE-MELLE" bij "Ondernemingsnummer:".', 'Choisissez « OCMW MERELBEKE-MELLE » à « Numéro d\'entreprise : ».'),
      'tb-enterprise',
      is('tb.selectEnterprise', (i) => i.kbo === MERELBEKE_MELLE),
      () => ({ type: 'tb.selectEnterprise', kbo: MERELBEKE_MELLE }),
      ({ toegangsbeheer }) => toegangsbeheer.context.kbo === MERELBEKE_MELLE,
    ),
    step(
      'fusie-tb-vte',
      L('De Hoofdtoegangsbeheerder (oude term: Verantwoordelijke Toegangen Entiteit) stelt de Toegangsbeheerder aan: klik op "(Verantwoordelijke Toegangen Entiteit)".', 'Le gestionnaire d\'accès principal (ancien terme : Responsable Accès Entité) désigne le gestionnaire d\'accès : cliquez sur « (Responsable Accès Entité) ».'),
      L('Klik op "(Verantwoordelijke Toegangen Entiteit)".', 'Cliquez sur « (Responsable Accès Entité) ».'),
      'tb-role-vte',
      is('tb.openRole', (i) => i.kbo === MERELBEKE_MELLE && i.as === 'vte'),
      () => ({ type: 'tb.openRole', kbo: MERELBEKE_MELLE, as: 'vte' }),
      ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
    ),
    step(
      'fusie-tb-users',
      L('Klik rechts in het menu op "Gebruikers".', 'Cliquez à droite dans le menu sur « Utilisateurs ».'),
      L('Klik op "Gebruikers".', 'Cliquez sur « Utilisateurs ».'),
      'tb-menu-users',
      is('tb.users'),
      () => ({ type: 'tb.users' }),
      ({ toegangsbeheer }) => toegangsbeheer.matches('users'),
    ),
    step(
      'fusie-tb-change',
      L('Klik onderaan op "Van lokale beheerder veranderen".', 'Cliquez en bas sur « Changer de gestionnaire local ».'),
      L('Klik op "Van lokale beheerder veranderen".', 'Cliquez sur « Changer de gestionnaire local ».'),
      'tb-change-lb',
      is('tb.chooseAdd', (i) => i.kind === 'LB'),
      () => ({ type: 'tb.chooseAdd', kind: 'LB' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.adding === 'LB' || accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      'fusie-tb-insz',
      L(`Vul het INSZ van Jan Maes in (${JAN_INSZ}) en klik op "Volgende".`, `Introduisez le NISS de Jan Maes (${JAN_INSZ}) et cliquez sur « Suivant ».`),
      L(`Typ ${JAN_INSZ} en klik op "Volgende".`, `Tapez ${JAN_INSZ} et cliquez sur « Suivant ».`),
      'tb-add-insz',
      is('tb.next', (i) => i.insz.replace(/\D/g, '') === '55050518183'),
      () => ({ type: 'tb.next', insz: JAN_INSZ }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'overview' }) || accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      'fusie-tb-confirm',
      L('Jan heeft al een account (RSZ kopieerde het): controleer en klik op "Bevestigen".', 'Jan a déjà un compte (copié par l\'ONSS) : vérifiez et cliquez sur « Confirmer ».'),
      L('Klik op "Bevestigen".', 'Cliquez sur « Confirmer ».'),
      'tb-confirm',
      is('tb.confirmAdd'),
      () => ({ type: 'tb.confirmAdd' }),
      ({ world }) => accountAtNew(world, '55050518183')?.type === 'LB',
    ),
    step(
      'fusie-tb-tick',
      L('Eva Wauters ging eind 2024 met pensioen: vink haar aan links van haar naam.', 'Eva Wauters a pris sa retraite fin 2024 : cochez-la à gauche de son nom.'),
      L('Vink "Eva Wauters" aan.', 'Cochez « Eva Wauters ».'),
      'tb-tick-ewauters',
      is('tb.toggle', (i) => i.insz === EVA_INSZ),
      () => ({ type: 'tb.toggle', insz: EVA_INSZ }),
      ({ toegangsbeheer, world }) => toegangsbeheer.context.selected.includes(EVA_INSZ) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-remove',
      L('Kies "Gebruiker(s) verwijderen" in het drop-downmenu en klik op "Uitvoeren".', 'Choisissez « Supprimer le(s) utilisateur(s) » dans le menu déroulant et cliquez sur « Exécuter ».'),
      L('Kies "Gebruiker(s) verwijderen" en klik op "Uitvoeren".', 'Choisissez « Supprimer le(s) utilisateur(s) » et cliquez sur « Exécuter ».'),
      'tb-bulk',
      anyOf(is('tb.run', (i) => i.action === 'remove'), is('tb.toggle')),
      () => ({ type: 'tb.run', action: 'remove' }),
      ({ toegangsbeheer, world }) => toegangsbeheer.matches({ users: 'confirmRemove' }) || !accountAtNew(world, EVA_INSZ),
    ),
    step(
      'fusie-tb-ok',
      L('Bevestig met "OK".', 'Confirmez avec « OK ».'),
      L('Klik op "OK".', 'Cliquez sur « OK ».'),
      'pw-popup',
      is('tb.confirmBulk'),
      () => ({ type: 'tb.confirmBulk', apps: [] }),
      ({ world }) => !accountAtNew(world, EVA_INSZ),
    ),
  ],
};
