/**
 * The scenarios of manual 003 (integrations), with the manual's sentences as narration. Each starts
 * logged in to PrimaWeb as Lotte, Sociale Agent of OCMW Herstappe.
 */
import { text, type Text } from '../../i18n/text';
import { parseDisplayDate } from '../../domain/dates';
import { searchClients } from '../../world/clients';
import { integrate, ownIntegrations } from '../../world/integrations';
import { HERSTAPPE } from '../../world/seed';
import type { World } from '../../world/types';
import type { Scenario, ScenarioStep, StepContext } from '../scenario';
import { loggedIn } from './setup';
import { anyOf, is } from './steps';
import { TITLES } from '../titles';

const IN_PRIMAWEB = { page: 'home' } as const;

export function step(
  id: string,
  narration: Text,
  hint: Text,
  target: string,
  expects: ScenarioStep['expects'],
  perform: ScenarioStep['perform'],
  isDone: ScenarioStep['isDone'],
): ScenarioStep {
  return { id, narration, hint, target, expects, perform, isDone };
}

/** Filling in the fields of the file's screens is free in the steps that ask for it. */
export const typing = anyOf(is('dossier.setField'), is('dossier.togglePerson'), is('dossier.setForm'), is('dossier.toggleOther'));
const fieldIs = (ctx: StepContext, field: 'start' | 'end' | 'consultStart' | 'consultEnd', iso: string) =>
  (() => {
    const parsed = parseDisplayDate(ctx.dossier.context[field]);
    return parsed.ok && parsed.date === iso;
  })();

/** "Opzoeken van een dossier" in PrimaWeb's home. */
export const filesStep = (id = 'files', narration: Text = text('sc.integration.openFile.step1')) =>
  step(
    id,
    narration,
    text('sc.merger.integrations.transferScenario.step13'),
    'pw-files',
    is('pw.openFiles'),
    () => ({ type: 'pw.openFiles' }),
    ({ primaweb }) => primaweb.matches('files'),
  );

/** A search for `query` in the files; by default done once it finds someone. */
export const searchStep = (
  query: string,
  narration: Text,
  id = 'search',
  isDone: ScenarioStep['isDone'] = ({ world, dossier }) => dossier.context.searched && searchClients(world, dossier.context.query).length > 0 && dossier.context.query.trim() !== '',
) =>
  step(
    id,
    narration,
    text('sc.merger.integrations.transferScenario.step2', { query }),
    'files-search',
    anyOf(is('dossier.setQuery'), is('dossier.search')),
    () => [{ type: 'dossier.setQuery', query }, { type: 'dossier.search' }],
    isDone,
  );

/** Home → "Opzoeken van een dossier" → search → open the file. */
export function openFile(query: string, requestId: string, who: string): ScenarioStep[] {
  return [
    filesStep(),
    searchStep(query, text('sc.integration.openFile.step12', { who })),
    step(
      'open',
      text('sc.integration.openFile.step13', { who }),
      text('sc.integration.openFile.step2'),
      `files-open-${requestId}`,
      anyOf(is('dossier.open', (i) => i.requestId === requestId), is('dossier.setQuery'), is('dossier.search')),
      () => ({ type: 'dossier.open', requestId }),
      ({ dossier }) => dossier.matches('file') && dossier.context.requestId === requestId,
    ),
  ];
}

export const integrationsMenu = (narration: Text, id = 'menu-integrations') =>
  step(
    id,
    narration,
    text('sc.integration.integrationsMenu.step2'),
    'files-menu-integrations',
    is('dossier.showIntegrations'),
    () => ({ type: 'dossier.showIntegrations' }),
    ({ dossier }) => dossier.matches({ file: 'integrations' }),
  );

export const periodStep = (id: string, narration: Text, start: string, end: string | null, startIso: string, endIso: string | null) =>
  step(
    id,
    narration,
    end ? text('sc.integration.periodStep.step2', { start, end }) : text('sc.integration.periodStep.step22', { start }),
    'files-period',
    typing,
    () => [
      { type: 'dossier.setField', field: 'start', value: start },
      { type: 'dossier.setField', field: 'end', value: end ?? '' },
    ],
    (ctx) => fieldIs(ctx, 'start', startIso) && (endIso === null ? ctx.dossier.context.end.trim() === '' : fieldIs(ctx, 'end', endIso)),
  );

export const codeStep = (code: string, narration: Text, id = 'code') =>
  step(
    id,
    narration,
    text('sc.integration.codeStep.step2', { code }),
    'files-period',
    typing,
    () => ({ type: 'dossier.setField', field: 'code', value: code }),
    ({ dossier }) => dossier.context.code === code,
  );

export const personStep = (clientId: string, who: string, narration: Text, id = 'person') =>
  step(
    id,
    narration,
    text('sc.integration.personStep.step2', { who }),
    'files-persons',
    typing,
    () => ({ type: 'dossier.togglePerson', clientId }),
    ({ dossier }) => dossier.context.persons.includes(clientId),
  );

const magnifierStep = (clientId: string, narration: Text) =>
  step(
    'magnifier',
    narration,
    text('sc.integration.magnifierStep.step2'),
    'files-persons',
    anyOf(is('dossier.showDetails'), typing),
    () => ({ type: 'dossier.showDetails', clientId }),
    ({ dossier }) => dossier.context.detailClientId === clientId,
  );

/** "Integreren", done once the client's integration succeeded. */
export const integrateStep = (
  clientId: string,
  narration: Text = text('sc.tests.integraties.integrateStep.step1'),
  isDone: ScenarioStep['isDone'] = ({ dossier }) => dossier.context.lastAction === 'integrate' && dossier.context.outcomes.some((o) => o.clientId === clientId && o.ok),
) =>
  step(
    'integrate',
    narration,
    text('sc.tests.integraties.integrateStep.step1'),
    'files-integrate',
    anyOf(is('dossier.integrate'), typing),
    () => ({ type: 'dossier.integrate' }),
    isDone,
  );

/** "Desintegreren", done when what remains is as `isDone` says. */
export const disintegrateStep = (isDone: ScenarioStep['isDone'], narration: Text = text('sc.tests.integraties.toets-integraties-deel.step1'), id = 'disintegrate') =>
  step(
    id,
    narration,
    text('sc.tests.integraties.toets-integraties-deel.step1'),
    'files-disintegrate',
    anyOf(is('dossier.disintegrate'), typing),
    () => ({ type: 'dossier.disintegrate' }),
    isDone,
  );

/** The repertory's form (the client and a period, `datesDone` says when they are right) and "Raadplegen". */
export const consultSteps = (
  clientId: string,
  [start, end]: [string, string],
  texts: { form: Text; formHint: Text; consult: Text },
  datesDone: (ctx: StepContext) => boolean,
): ScenarioStep[] => [
  step(
    'consult-form',
    texts.form,
    texts.formHint,
    'files-consult',
    typing,
    () => [
      { type: 'dossier.setField', field: 'consultClientId', value: clientId },
      { type: 'dossier.setField', field: 'consultStart', value: start },
      { type: 'dossier.setField', field: 'consultEnd', value: end },
    ],
    (ctx) => ctx.dossier.context.consultClientId === clientId && datesDone(ctx),
  ),
  step(
    'consult',
    texts.consult,
    text('sc.tests.integraties.toets-integraties-repertorium.step12'),
    'files-consult',
    anyOf(is('dossier.consult'), typing),
    () => ({ type: 'dossier.consult' }),
    ({ dossier }) => dossier.context.consulted?.clientId === clientId,
  ),
];

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

export const previewStep = (narration: Text = text('sc.tests.integraties.toets-integraties-formulier-b.step13')) =>
  step(
    'preview',
    narration,
    text('sc.tests.integraties.toets-integraties-formulier-b.step13'),
    'files-preview',
    anyOf(is('dossier.preview'), typing),
    () => ({ type: 'dossier.preview' }),
    ({ dossier }) => dossier.matches({ file: { forms: 'overview' } }),
  );

export const sendStep = (type: 'B' | 'C') =>
  step(
    'send',
    text('sc.tests.integraties.toets-integraties-formulier-b.step14'),
    text('sc.tests.integraties.toets-integraties-formulier-b.step14'),
    'files-send',
    anyOf(is('dossier.send'), is('dossier.editForm')),
    () => ({ type: 'dossier.send' }),
    ({ dossier }) => dossier.context.sent?.type === type,
  );

/** "Formulieren" in the file's menu. */
export const formsMenuStep = (narration: Text, hint: Text) =>
  step('menu-forms', narration, hint, 'files-menu-forms', is('dossier.showForms'), () => ({ type: 'dossier.showForms' }), ({ dossier }) => dossier.matches({ file: 'forms' }));

const formsMenu = formsMenuStep(text('sc.tests.integraties.toets-integraties-formulier-b.step2'), text('sc.tests.integraties.toets-integraties-formulier-b.step1'));

/** Form B for a leefloon, effective 01/02/2025. */
export const formBFields = (narration: Text, hint: Text) =>
  step(
    'form-fields',
    narration,
    hint,
    'files-form',
    typing,
    () => [
      { type: 'dossier.setForm', field: 'formType', value: 'B' },
      { type: 'dossier.setForm', field: 'aid', value: 'leefloon' },
      { type: 'dossier.setForm', field: 'effective', value: '01/02/2025' },
    ],
    ({ dossier }) => dossier.context.formType === 'B' && dossier.context.aid === 'leefloon' && parseDisplayDate(dossier.context.effective).ok,
  );

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
