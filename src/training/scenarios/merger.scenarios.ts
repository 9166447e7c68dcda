/**
 * The merger exercises of 004 that the files rehearse: "Voor alle lopende dossiers onder het
 * verdwijnde KBO-nummer dienen de formulieren te worden stopgezet met als einddatum 31/12/2024 en
 * opnieuw te worden ingevoerd ... onder het nieuwe KBO-nummer, met als datum van invoegetreding
 * 01/01/2025"; the integration is stopped by hand under the old number and made again under the new.
 */
import { MERGER_START_DATE, MERGER_STOP_DATE } from '../../domain/mergers';
import type { IntegrationRecord } from '../../world/types';
import { MELLE, MERELBEKE_MELLE, MERGER_INTEGRATIONS, copyIntegration } from '../../world/seed-mergers';
import type { Localised, World } from '../../world/types';
import type { Scenario } from '../scenario';
import { codeStep, integrationsMenu, openFile, periodStep, personStep, step, typing } from './integration.scenarios';
import { cardInReader } from './setup';
import { anyOf, is, loginStepsFor } from './steps';

const L = (nl: string, fr: string): Localised => ({ nl, fr });

const code02 = (world: World, kbo: string) =>
  world.integrations.find((r: IntegrationRecord) => r.clientId === 'emma' && r.institution === `ocmw:${kbo}` && r.code === '02')?.periods ?? [];

/** Emma's file as it ran under Melle, nothing yet under Merelbeke-Melle; Karen's card in the reader. */
function prepare(world: World): World {
  const emma = (i: { clientId: string }) => i.clientId === 'emma';
  const integrations = [...world.integrations.filter((i) => !emma(i)), ...MERGER_INTEGRATIONS.filter(emma).map(copyIntegration)];
  const requests = world.requests.filter((r) => !(r.kbo === MERELBEKE_MELLE && r.household.some(emma)));
  return cardInReader({ ...world, integrations, requests }, 'karen');
}

export const mergerIntegrationsScenario: Scenario = {
  id: 'fusie-integraties',
  title: L('Fusie: integraties overzetten naar het nieuwe KBO-nummer', 'Fusion : transférer les intégrations vers le nouveau numéro BCE'),
  summary: L(
    'Scenario 1 (Melle en Merelbeke → Merelbeke - Melle): de integratie van een lopend dossier stopzetten op 31/12/2024 onder het verdwijnende KBO-nummer, en opnieuw integreren vanaf 01/01/2025 onder het nieuwe (richtlijnen fusies 2025, "Integraties").',
    'Scénario 1 (Melle et Merelbeke → Merelbeke - Melle) : arrêter l\'intégration d\'un dossier en cours au 31/12/2024 sous le numéro BCE qui disparaît, et intégrer à nouveau à partir du 01/01/2025 sous le nouveau (directives fusions 2025, « Intégrations »).',
  ),
  outro: L(
    'Emma Claeys is geïntegreerd onder OCMW Melle tot 31/12/2024 en onder OCMW Merelbeke-Melle vanaf 01/01/2025. Vergeet ook de multifunctionele attesten niet.',
    'Emma Claeys est intégrée sous le CPAS de Melle jusqu\'au 31/12/2024 et sous le CPAS de Merelbeke-Melle à partir du 01/01/2025. N\'oubliez pas non plus les attestations multifonctionnelles.',
  ),
  prepare,
  startPage: { page: 'home' },
  steps: [
    ...loginStepsFor('karen', '1357', 'Karen De Vos', { prefix: 'melle', kbo: MELLE, enterpriseName: 'OCMW MELLE' }),
    ...openFile('Claeys', 'melle-1', 'Emma Claeys'),
    integrationsMenu(
      L(
        'In de overgangsfase kiest u bij het aanmelden het "verdwijnde" of het "nieuwe" OCMW. Karen werkt eerst onder OCMW Melle: open "Integraties – Desintegraties".',
        'Pendant la phase de transition, vous choisissez à la connexion le CPAS « disparu » ou le « nouveau ». Karen travaille d\'abord sous le CPAS de Melle : ouvrez « Intégrations – Désintégrations ».',
      ),
    ),
    periodStep(
      'stop-period',
      L(
        'De integratie moet stoppen op 31/12/2024: desintegreer vanaf 01/01/2025, zonder einddatum (alles vanaf die datum).',
        'L\'intégration doit s\'arrêter au 31/12/2024 : désintégrez à partir du 01/01/2025, sans date de fin (tout à partir de cette date).',
      ),
      '01/01/2025',
      null,
      MERGER_START_DATE,
      null,
    ),
    codeStep('02', L('Kies hoedanigheidscode 02 (leefloon).', 'Choisissez le code qualité 02 (revenu d\'intégration).'), 'stop-code'),
    personStep('emma', 'Emma Claeys', L('Vink Emma Claeys aan.', 'Cochez Emma Claeys.'), 'stop-person'),
    step(
      'stop',
      L('… en klik op "Desintegreren".', '… et cliquez sur « Désintégrer ».'),
      L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
      'files-disintegrate',
      anyOf(is('dossier.disintegrate'), typing),
      () => ({ type: 'dossier.disintegrate' }),
      ({ world }) => code02(world, MELLE).at(-1)?.end === MERGER_STOP_DATE,
    ),
    step(
      'logout',
      L('Meld u volledig af: het dossier moet nu onder het nieuwe OCMW ingevoerd worden.', 'Déconnectez-vous complètement : le dossier doit maintenant être introduit sous le nouveau CPAS.'),
      L('Klik op "Afmelden".', 'Cliquez sur « Se déconnecter ».'),
      'pw-logout',
      is('logout'),
      () => ({ type: 'logout' }),
      ({ login }) => !login.matches('primaweb'),
    ),
    ...loginStepsFor('karen', '1357', 'Karen De Vos', { prefix: 'nieuw', kbo: MERELBEKE_MELLE, enterpriseName: 'OCMW MERELBEKE-MELLE', role: 'socialeAgent' }),
    step(
      'new-files',
      L('Klik op "Opzoeken van een dossier".', 'Cliquez sur « Recherche d\'un dossier ».'),
      L('Klik op "Opzoeken van een dossier".', 'Cliquez sur « Recherche d\'un dossier ».'),
      'pw-files',
      is('pw.openFiles'),
      () => ({ type: 'pw.openFiles' }),
      ({ primaweb }) => primaweb.matches('files'),
    ),
    step(
      'new-search',
      L('Zoek Emma Claeys ("Claeys") en klik op "Zoeken".', 'Recherchez Emma Claeys (« Claeys ») et cliquez sur « Rechercher ».'),
      L('Typ "Claeys" en klik op "Zoeken".', 'Tapez « Claeys » et cliquez sur « Rechercher ».'),
      'files-search',
      anyOf(is('dossier.setQuery'), is('dossier.search')),
      () => [{ type: 'dossier.setQuery', query: 'Claeys' }, { type: 'dossier.search' }],
      ({ dossier }) => dossier.context.searched && dossier.context.query.trim() !== '',
    ),
    step(
      'new-request',
      L(
        'Onder het nieuwe KBO-nummer heeft Emma nog geen aanvraag: maak een nieuwe aanvraag aan (de hoofdbegunstigde wordt automatisch 30 dagen geïntegreerd in code 01).',
        'Sous le nouveau numéro BCE, Emma n\'a pas encore de demande : créez une nouvelle demande (le bénéficiaire principal est automatiquement intégré 30 jours en code 01).',
      ),
      L('Klik op "Een nieuwe aanvraag registreren voor Claeys Emma".', 'Cliquez sur « Enregistrer une nouvelle demande pour Claeys Emma ».'),
      'files-new-emma',
      anyOf(is('dossier.newRequest', (i) => i.clientId === 'emma'), is('dossier.setQuery'), is('dossier.search')),
      () => ({ type: 'dossier.newRequest', clientId: 'emma' }),
      ({ world, dossier }) => dossier.matches('file') && world.requests.some((r) => r.kbo === MERELBEKE_MELLE && r.household.some((m) => m.clientId === 'emma')),
    ),
    integrationsMenu(L('Open "Integraties – Desintegraties".', 'Ouvrez « Intégrations – Désintégrations ».'), 'new-menu'),
    periodStep(
      'new-period',
      L('Integreer opnieuw vanaf 01/01/2025, de datum van invoegetreding onder het nieuwe KBO-nummer.', 'Intégrez à nouveau à partir du 01/01/2025, la date de prise d\'effet sous le nouveau numéro BCE.'),
      '01/01/2025',
      null,
      MERGER_START_DATE,
      null,
    ),
    codeStep('02', L('Kies hoedanigheidscode 02.', 'Choisissez le code qualité 02.'), 'new-code'),
    personStep('emma', 'Emma Claeys', L('Vink Emma Claeys aan.', 'Cochez Emma Claeys.'), 'new-person'),
    step(
      'integrate',
      L('… en klik op "Integreren".', '… et cliquez sur « Intégrer ».'),
      L('Klik op "Integreren".', 'Cliquez sur « Intégrer ».'),
      'files-integrate',
      anyOf(is('dossier.integrate'), typing),
      () => ({ type: 'dossier.integrate' }),
      ({ world }) => code02(world, MERELBEKE_MELLE)[0]?.start === MERGER_START_DATE,
    ),
    step(
      'timeline',
      L(
        'De tijdlijn toont beide: de integratie onder OCMW Melle tot 31/12/2024 en die onder OCMW Merelbeke-Melle vanaf 01/01/2025. Klik op "Tijdlijn".',
        'La ligne du temps montre les deux : l\'intégration sous le CPAS de Melle jusqu\'au 31/12/2024 et celle sous le CPAS de Merelbeke-Melle à partir du 01/01/2025. Cliquez sur « Ligne du temps ».',
      ),
      L('Klik op "Tijdlijn" in de linkermenubalk.', 'Cliquez sur « Ligne du temps » dans le menu de gauche.'),
      'files-menu-timeline',
      is('dossier.showTimeline'),
      () => ({ type: 'dossier.showTimeline' }),
      ({ dossier }) => dossier.matches({ file: 'timeline' }),
    ),
  ],
};
