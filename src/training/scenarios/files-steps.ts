/**
 * The steps of PrimaWeb's files ("Opzoeken van een dossier"), built once and used by the
 * integration scenarios of manual 003, the tests' exercises and the merger transfers: open a file,
 * "Integraties – Desintegraties" (period, code, persons, integrate, disintegrate, magnifier,
 * consult), and the forms (menu, form B, preview, send).
 */
import { text, type Text } from '../../i18n/text';
import { parseDisplayDate } from '../../domain/dates';
import { searchClients } from '../../world/clients';
import type { ScenarioStep, StepContext } from '../scenario';
import { anyOf, is } from './steps';

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
export const fieldIs = (ctx: StepContext, field: 'start' | 'end' | 'consultStart' | 'consultEnd', iso: string) =>
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

export const magnifierStep = (clientId: string, narration: Text) =>
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
