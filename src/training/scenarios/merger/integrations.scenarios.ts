/**
 * The merger exercises of 004 that the files rehearse: "Voor alle lopende dossiers onder het
 * verdwijnde KBO-nummer dienen de formulieren te worden stopgezet met als einddatum 31/12/2024 en
 * opnieuw te worden ingevoerd ... onder het nieuwe KBO-nummer, met als datum van invoegetreding
 * 01/01/2025"; the integration is stopped by hand under the old number and made again under the
 * number that remains, for each of the three scenarios.
 */
import { MERGER_START_DATE, MERGER_STOP_DATE } from '../../../domain/mergers';
import { BORSBEEK, LOKEREN, MELLE, MERELBEKE_MELLE, MERGER_INTEGRATIONS, MOERBEKE, copyIntegration } from '../../../world/seed-mergers';
import { ANTWERPEN } from '../../../world/seed';
import type { IntegrationRecord, Localised, World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { codeStep, integrationsMenu, openFile, periodStep, personStep, step, typing } from '../integration.scenarios';
import { cardInReader } from '../setup';
import { anyOf, is, loginStepsFor } from '../steps';
import { L, newAccountsAsCopied } from './shared';
import { titleOf } from '../../titles';

/** One running file to move from the disappearing OCMW to the one that remains. */
export interface Transfer {
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

export function transferScenario(t: Transfer): Scenario {
  const c = t.client;
  const p = t.person;
  return {
    id: t.id,
    // The course's own transfers are titled in the course's list; a test's exercise by the pattern.
    title: titleOf(t.id) ?? L(`Fusie: integraties overzetten (scenario ${t.scenario})`, `Fusion : transférer les intégrations (scénario ${t.scenario})`),
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
    goals: [
      {
        id: 'stopped',
        label: L(
          `De integratie van ${c.name} (code 02) onder OCMW ${t.from.city} stopt op 31/12/2024.`,
          `L'intégration de ${c.name} (code 02) sous le CPAS de ${t.from.city} s'arrête au 31/12/2024.`,
        ),
        holds: (world) => {
          const periods = code02(world, c.id, t.from.kbo);
          return periods.length > 0 && periods.every((p) => p.end !== null && p.end <= MERGER_STOP_DATE) && periods.at(-1)?.end === MERGER_STOP_DATE;
        },
      },
      {
        id: 'integrated',
        label: L(
          `${c.name} is geïntegreerd (code 02) onder OCMW ${t.to.city} vanaf 01/01/2025.`,
          `${c.name} est intégré(e) (code 02) sous le CPAS de ${t.to.city} à partir du 01/01/2025.`,
        ),
        holds: (world) => code02(world, c.id, t.to.kbo).some((p) => p.start === MERGER_START_DATE),
      },
    ],
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
