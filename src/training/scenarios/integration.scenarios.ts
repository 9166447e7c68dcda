/**
 * The scenarios of manual 003 (integrations), with the manual's sentences as narration. Each starts
 * logged in to PrimaWeb as Lotte, Sociale Agent of OCMW Herstappe.
 */
import { text } from '../../i18n/text';
import { parseDisplayDate } from '../../domain/dates';
import { integrate, ownIntegrations } from '../../world/integrations';
import { HERSTAPPE } from '../../world/seed';
import type { World } from '../../world/types';
import type { Scenario } from '../scenario';
import { loggedIn } from './setup';
import { codeStep, consultSteps, disintegrateStep, fieldIs, formBFields, formsMenuStep, integrateStep, integrationsMenu, magnifierStep, openFile, periodStep, personStep, previewStep, sendStep, step, typing } from './files-steps';
import { is } from './steps';
import { TITLES } from '../titles';

const IN_PRIMAWEB = { page: 'home' } as const;

const periods01 = (world: World, clientId: string) => ownIntegrations(world, clientId, HERSTAPPE).find((i) => i.code === '01')?.periods ?? [];

export const integrateScenario: Scenario = {
  id: 'gezinslid-integreren',
  title: TITLES['gezinslid-integreren'],
  summary: text('sc.integration.gezinslid-integreren.summary'),
  outro: text('sc.integration.gezinslid-integreren.outro'),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    step(
      'household',
      text('sc.integration.gezinslid-integreren.step1'),
      text('sc.integration.gezinslid-integreren.step2'),
      'files-menu-household',
      is('dossier.showHousehold'),
      () => ({ type: 'dossier.showHousehold' }),
      ({ dossier }) => dossier.matches({ file: 'household' }),
    ),
    integrationsMenu(
      text('sc.integration.gezinslid-integreren.integrationsMenu0'),
    ),
    periodStep(
      'period',
      text('sc.integration.gezinslid-integreren.periodStep1'),
      '03/02/2025',
      null,
      '2025-02-03',
      null,
    ),
    codeStep('01', text('sc.integration.gezinslid-integreren.codeStep1')),
    personStep('tom', 'Tom Peeters', text('sc.integration.gezinslid-integreren.personStep2')),
    integrateStep('tom', text('sc.integration.gezinslid-integreren.step12')),
    magnifierStep('tom', text('sc.integration.gezinslid-integreren.magnifierStep1')),
  ],
};

/** Tom integrated in code 01 from 01/12/2014 to 31/01/2015: the manual's example. */
function tomsExample(world: World): World {
  const ready = loggedIn(world, 'lotte', 'socialeAgent');
  const cleaned = { ...ready, integrations: ready.integrations.filter((i) => !(i.clientId === 'tom' && i.institution === `ocmw:${HERSTAPPE}`)) };
  const r = integrate(cleaned, { requestId: 'aanvraag-1', clientIds: ['tom'], code: '01', start: '2014-12-01', end: '2015-01-31' });
  return r.ok ? r.world : cleaned;
}

export const disintegrateScenario: Scenario = {
  id: 'desintegreren-deel',
  title: TITLES['desintegreren-deel'],
  summary: text('sc.integration.desintegreren-deel.summary'),
  outro: text('sc.integration.desintegreren-deel.outro'),
  prepare: tomsExample,
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(text('sc.integration.desintegreren-deel.integrationsMenu0')),
    periodStep(
      'period',
      text('sc.integration.desintegreren-deel.periodStep1'),
      '01/01/2015',
      '14/01/2015',
      '2015-01-01',
      '2015-01-14',
    ),
    codeStep('01', text('sc.integration.desintegreren-deel.codeStep1')),
    personStep('tom', 'Tom Peeters', text('sc.integration.desintegreren-deel.personStep2')),
    disintegrateStep(({ world }) => periods01(world, 'tom').length === 2, text('sc.integration.desintegreren-deel.step1')),
    magnifierStep('tom', text('sc.integration.desintegreren-deel.magnifierStep1')),
  ],
};

export const consultScenario: Scenario = {
  id: 'integraties-raadplegen',
  title: TITLES['integraties-raadplegen'],
  summary: text('sc.integration.integraties-raadplegen.summary'),
  outro: text('sc.integration.integraties-raadplegen.outro'),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('El Amrani', 'aanvraag-2', 'Youssef El Amrani'),
    integrationsMenu(text('sc.integration.integraties-raadplegen.integrationsMenu0')),
    ...consultSteps(
      'youssef',
      ['01/01/2023', '31/12/2025'],
      { form: text('sc.integration.integraties-raadplegen.step1'), formHint: text('sc.integration.integraties-raadplegen.step2'), consult: text('sc.integration.integraties-raadplegen.step12') },
      (ctx) => fieldIs(ctx, 'consultStart', '2023-01-01') && fieldIs(ctx, 'consultEnd', '2025-12-31'),
    ),
  ],
};

/** Tom (partner) in code 01 from 20/01/2025, so the leefloon form may be sent. */
function readyForFormB(world: World): World {
  const ready = loggedIn(world, 'lotte', 'socialeAgent');
  const r = integrate(ready, { requestId: 'aanvraag-1', clientIds: ['tom'], code: '01', start: '2025-01-20', end: null });
  return r.ok ? r.world : ready;
}

const formsMenu = formsMenuStep(text('sc.tests.integraties.toets-integraties-formulier-b.step2'), text('sc.tests.integraties.toets-integraties-formulier-b.step1'));

export const formBScenario: Scenario = {
  id: 'formulier-b',
  title: TITLES['formulier-b'],
  summary: text('sc.integration.formulier-b.summary'),
  outro: text('sc.integration.formulier-b.outro'),
  prepare: readyForFormB,
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    formsMenu,
    formBFields(text('sc.integration.formulier-b.step1'), text('sc.integration.formulier-b.step2')),
    previewStep(
      text('sc.integration.formulier-b.previewStep0'),
    ),
    sendStep('B'),
  ],
};

/** Sara in code 02 from 01/02/2025 (a leefloon granted earlier), to be stopped. */
function readyForFormC(world: World): World {
  const ready = loggedIn(world, 'lotte', 'socialeAgent');
  const cleaned = { ...ready, integrations: ready.integrations.filter((i) => !(i.clientId === 'sara' && i.code === '02')) };
  const r = integrate(cleaned, { requestId: 'aanvraag-1', clientIds: ['sara'], code: '02', start: '2025-02-01', end: null });
  return r.ok ? r.world : cleaned;
}

export const formCScenario: Scenario = {
  id: 'formulier-c',
  title: TITLES['formulier-c'],
  summary: text('sc.integration.formulier-c.summary'),
  outro: text('sc.integration.formulier-c.outro'),
  prepare: readyForFormC,
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    formsMenu,
    step(
      'form-c',
      text('sc.integration.formulier-c.step1'),
      text('sc.integration.formulier-c.step2'),
      'files-form',
      typing,
      () => [
        { type: 'dossier.setForm', field: 'formType', value: 'C' },
        { type: 'dossier.setForm', field: 'effective', value: '01/03/2025' },
      ],
      ({ dossier }) => dossier.context.formType === 'C' && parseDisplayDate(dossier.context.effective).ok,
    ),
    previewStep(
      text('sc.integration.formulier-c.previewStep0'),
    ),
    sendStep('C'),
    integrationsMenu(text('sc.integration.formulier-c.integrationsMenu0')),
    periodStep('period', text('sc.integration.formulier-c.periodStep1'), '01/03/2025', null, '2025-03-01', null),
    codeStep('02', text('sc.integration.formulier-c.codeStep1')),
    personStep('sara', 'Sara Janssens', text('sc.integration.formulier-c.personStep2')),
    disintegrateStep(({ world }) => {
      const p = ownIntegrations(world, 'sara', HERSTAPPE).find((i) => i.code === '02')?.periods ?? [];
      return p.length === 1 && p[0]!.end === '2025-02-28';
    }),
  ],
};

export const INTEGRATION_SCENARIOS: readonly Scenario[] = [integrateScenario, disintegrateScenario, consultScenario, formBScenario, formCScenario];
