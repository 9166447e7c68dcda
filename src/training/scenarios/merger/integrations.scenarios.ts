/**
 * The merger exercises of 004 that the files rehearse: "Voor alle lopende dossiers onder het
 * verdwijnde KBO-nummer dienen de formulieren te worden stopgezet met als einddatum 31/12/2024 en
 * opnieuw te worden ingevoerd ... onder het nieuwe KBO-nummer, met als datum van invoegetreding
 * 01/01/2025"; the integration is stopped by hand under the old number and made again under the
 * number that remains, for each of the three scenarios.
 */
import { text, type Text } from '../../../i18n/text';
import { MERGER_START_DATE, MERGER_STOP_DATE } from '../../../domain/mergers';
import { BORSBEEK, LOKEREN, MELLE, MERELBEKE_MELLE, MERGER_INTEGRATIONS, MOERBEKE, copyIntegration } from '../../../world/seed-mergers';
import { ANTWERPEN } from '../../../world/seed';
import type { IntegrationRecord, World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { codeStep, disintegrateStep, filesStep, integrateStep, integrationsMenu, openFile, periodStep, personStep, searchStep, step } from '../files-steps';
import { cardInReader } from '../setup';
import { anyOf, is, loginStepsFor, logoutStep } from '../steps';
import { newAccountsAsCopied } from './shared';
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

const KEEP: Record<1 | 2 | 3, Text> = {
  1: text('sc.merger.integrations.keep1'),
  2: text('sc.merger.integrations.keep2'),
  3: text('sc.merger.integrations.keep3'),
};

export function transferScenario(t: Transfer): Scenario {
  const c = t.client;
  const p = t.person;
  return {
    id: t.id,
    // The course's own transfers are titled in the course's list; a test's exercise by the pattern.
    title: titleOf(t.id) ?? text('sc.merger.integrations.transferScenario.title', { scenario: t.scenario }),
    summary: text('sc.merger.integrations.transferScenario.summary', { scenario: t.scenario, from: t.from.city, to: t.to.city, keep: KEEP[t.scenario] }),
    outro: text('sc.merger.integrations.transferScenario.outro', { name: c.name, from: t.from.city, to: t.to.city }),
    prepare: transferPrepare(t),
    startPage: { page: 'home' },
    goals: [
      {
        id: 'stopped',
        label: text('sc.merger.integrations.stopped.label', { name: c.name, city: t.from.city }),
        holds: (world) => {
          const periods = code02(world, c.id, t.from.kbo);
          return periods.length > 0 && periods.every((p) => p.end !== null && p.end <= MERGER_STOP_DATE) && periods.at(-1)?.end === MERGER_STOP_DATE;
        },
      },
      {
        id: 'integrated',
        label: text('sc.merger.integrations.integrated.label', { name: c.name, city: t.to.city }),
        holds: (world) => code02(world, c.id, t.to.kbo).some((p) => p.start === MERGER_START_DATE),
      },
    ],
    steps: [
      ...loginStepsFor(p.id, p.pin, p.name, { prefix: 'oud', kbo: t.from.kbo, enterpriseName: t.from.name }),
      ...openFile(c.query, t.requestId, c.name),
      integrationsMenu(
        text('sc.merger.integrations.transferScenario.integrationsMenu0', { firstName: p.firstName, from: t.from.city }),
      ),
      periodStep(
        'stop-period',
        text('sc.merger.integrations.transferScenario.periodStep1'),
        '01/01/2025',
        null,
        MERGER_START_DATE,
        null,
      ),
      codeStep('02', text('sc.merger.integrations.transferScenario.codeStep1'), 'stop-code'),
      personStep(c.id, c.name, text('sc.merger.integrations.transferScenario.personStep2', { name: c.name }), 'stop-person'),
      disintegrateStep(
        ({ world }) => code02(world, c.id, t.from.kbo).at(-1)?.end === MERGER_STOP_DATE,
        text('sc.merger.integrations.transferScenario.step1'),
        'stop',
      ),
      logoutStep(text('sc.merger.integrations.transferScenario.step12'), text('sc.access.assign.logout.hint'), ({ login }) => !login.matches({ session: 'primaweb' })),
      ...loginStepsFor(p.id, p.pin, p.name, { prefix: 'nieuw', kbo: t.to.kbo, enterpriseName: t.to.name, ...(t.chooseRole ? { role: 'socialeAgent' as const } : {}) }),
      filesStep('new-files', text('sc.merger.integrations.transferScenario.step13')),
      searchStep(c.query, text('sc.merger.integrations.transferScenario.step14', { name: c.name, query: c.query }), 'new-search', ({ dossier }) => dossier.context.searched && dossier.context.query.trim() !== ''),
      step(
        'new-request',
        text('sc.merger.integrations.transferScenario.step15', { name: c.name }),
        text('sc.merger.integrations.transferScenario.step22', { lastName: c.lastName }),
        `files-new-${c.id}`,
        anyOf(is('dossier.newRequest', (i) => i.clientId === c.id), is('dossier.setQuery'), is('dossier.search')),
        () => ({ type: 'dossier.newRequest', clientId: c.id }),
        ({ world, dossier }) => dossier.matches('file') && world.requests.some((r) => r.kbo === t.to.kbo && r.household.some((m) => m.clientId === c.id)),
      ),
      integrationsMenu(text('sc.tests.integraties.toets-integraties-maximum.integrationsMenu0'), 'new-menu'),
      periodStep(
        'new-period',
        text('sc.merger.integrations.transferScenario.periodStep12', { keep: KEEP[t.scenario] }),
        '01/01/2025',
        null,
        MERGER_START_DATE,
        null,
      ),
      codeStep('02', text('sc.merger.integrations.transferScenario.codeStep12'), 'new-code'),
      personStep(c.id, c.name, text('sc.merger.integrations.transferScenario.personStep2', { name: c.name }), 'new-person'),
      integrateStep(c.id, text('sc.merger.integrations.transferScenario.step16'), ({ world }) => code02(world, c.id, t.to.kbo)[0]?.start === MERGER_START_DATE),
      step(
        'timeline',
        text('sc.merger.integrations.transferScenario.step17', { from: t.from.city, to: t.to.city }),
        text('sc.merger.integrations.transferScenario.step23'),
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

/** Scenarios 2 (Moerbeke → Lokeren, Hanne) and 3 (Borsbeek → Antwerpen, Wout): who moves a file, from where to where (the practice and the tests). */
export const MERGER_2 = {
  scenario: 2,
  person: { id: 'hanne', pin: '2468', name: 'Hanne Desmet', firstName: 'Hanne' },
  from: { kbo: MOERBEKE, name: 'OCMW MOERBEKE', city: 'Moerbeke' },
  to: { kbo: LOKEREN, name: 'OCMW LOKEREN', city: 'Lokeren' },
  chooseRole: false,
} as const satisfies Omit<Transfer, 'id' | 'client' | 'requestId'>;
export const MERGER_3 = {
  scenario: 3,
  person: { id: 'wout', pin: '1593', name: 'Wout Janssens', firstName: 'Wout' },
  from: { kbo: BORSBEEK, name: 'OCMW BORSBEEK', city: 'Borsbeek' },
  to: { kbo: ANTWERPEN, name: 'CPAS Anvers', city: 'Antwerpen' },
  chooseRole: false,
} as const satisfies Omit<Transfer, 'id' | 'client' | 'requestId'>;

export const mergerIntegrations2Scenario = transferScenario({
  ...MERGER_2,
  id: 'fusie-integraties-2',
  client: { id: 'luc', name: 'Luc Verhoeven', lastName: 'Verhoeven Luc', query: 'Verhoeven' },
  requestId: 'moerbeke-1',
});

export const mergerIntegrations3Scenario = transferScenario({
  ...MERGER_3,
  id: 'fusie-integraties-3',
  client: { id: 'mia', name: 'Mia Wuyts', lastName: 'Wuyts Mia', query: 'Wuyts' },
  requestId: 'borsbeek-1',
});
