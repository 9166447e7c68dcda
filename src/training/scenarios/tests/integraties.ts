/**
 * "Toets: integraties" (003): other members, codes, dates and files than the practice scenarios —
 * a child integrated for the maximum of its code, part of a period disintegrated so that exactly
 * two given periods remain, a question answered from the repertory, and a form B that PrimaWeb
 * refuses until the partner is integrated in code 01.
 */
import { text } from '../../../i18n/text';
import { capacityCode, maxEnd } from '../../../domain/capacity-codes';
import { makeInsz } from '../../../domain/insz';
import { parseDisplayDate } from '../../../domain/dates';
import { integrate, ownIntegrations } from '../../../world/integrations';
import { HERSTAPPE } from '../../../world/seed';
import type { IsoDate } from '../../../domain/dates';
import type { World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { codeStep, consultSteps, disintegrateStep, formBFields, formsMenuStep, integrateStep, integrationsMenu, openFile, periodStep, personStep, previewStep, sendStep, step } from '../files-steps';
import { loggedIn } from '../setup';

const IN_PRIMAWEB = { page: 'home' } as const;
const periodsOf = (world: World, clientId: string, code: string) => ownIntegrations(world, clientId, HERSTAPPE).find((i) => i.code === code)?.periods ?? [];
/** Without the client's own integrations by Herstappe in the code (an exercise starts from none). */
const withoutOwn = (world: World, clientId: string, code: string): World => ({
  ...world,
  integrations: world.integrations.filter((i) => !(i.clientId === clientId && i.institution === `ocmw:${HERSTAPPE}` && i.code === code)),
});
const display = (iso: IsoDate) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A date as a learner may type it: 31/08/2025, 31-8-2025, 31.08.2025. Null when it is no date.
 * The answer field is not a date field of PrimaWeb, so it is lenient about the separators.
 */
export function dateAnswer(answer: string): IsoDate | null {
  const parts = answer.trim().split(/\s*[/.\-\s]\s*/);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const [d, m, y] = parts as [string, string, string];
  if (y.length !== 4 || d.length > 2 || m.length > 2) return null;
  const parsed = parseDisplayDate(`${d.padStart(2, '0')}/${m.padStart(2, '0')}/${y}`);
  return parsed.ok ? parsed.date : null;
}

// ——— 1. Noah for the maximum of code 01 ———
const NOAH_START = '2025-02-10';
const NOAH_END = maxEnd(capacityCode('01')!, NOAH_START)!;

export const maximumExercise: Scenario = {
  id: 'toets-integraties-maximum',
  title: text('sc.tests.integraties.toets-integraties-maximum.title'),
  summary: text('sc.tests.integraties.toets-integraties-maximum.summary'),
  outro: text('sc.tests.integraties.toets-integraties-maximum.outro'),
  prepare: (world) => withoutOwn(loggedIn(world, 'lotte', 'socialeAgent'), 'noah', '01'),
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'integrated',
      label: text('sc.tests.integraties.integrated.label'),
      holds: (world) => periodsOf(world, 'noah', '01').some((p) => p.start === NOAH_START && p.end === NOAH_END),
    },
    {
      id: 'only-noah',
      label: text('sc.tests.integraties.only-noah.label'),
      holds: (world) => ['tom', 'lien'].every((id) => periodsOf(world, id, '01').length === 0) && periodsOf(world, 'noah', '01').length > 0,
    },
  ],
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(text('sc.tests.integraties.toets-integraties-maximum.integrationsMenu0')),
    periodStep('period', text('sc.tests.integraties.toets-integraties-maximum.periodStep1'), '10/02/2025', null, NOAH_START, null),
    codeStep('01', text('sc.tests.integraties.toets-integraties-maximum.codeStep1')),
    personStep('noah', 'Noah Peeters', text('sc.tests.integraties.toets-integraties-maximum.personStep2')),
    integrateStep('noah'),
  ],
};

// ——— 2. Part of Lien's code 04 disintegrated: exactly two periods remain ———
const LIEN_FULL = { start: '2025-01-01', end: '2025-12-31' };
const KEEP = [
  { start: '2025-01-01', end: '2025-02-28' },
  { start: '2025-05-01', end: '2025-12-31' },
];

function lienIntegrated(world: World): World {
  const ready = withoutOwn(loggedIn(world, 'lotte', 'socialeAgent'), 'lien', '04');
  const r = integrate(ready, { requestId: 'aanvraag-1', clientIds: ['lien'], code: '04', start: LIEN_FULL.start, end: LIEN_FULL.end });
  return r.ok ? r.world : ready;
}

export const partExercise: Scenario = {
  id: 'toets-integraties-deel',
  title: text('sc.tests.integraties.toets-integraties-deel.title'),
  summary: text('sc.tests.integraties.toets-integraties-deel.summary', { start1: display(KEEP[0]!.start), end1: display(KEEP[0]!.end), start2: display(KEEP[1]!.start), end2: display(KEEP[1]!.end) }),
  outro: text('sc.tests.integraties.toets-integraties-deel.outro'),
  prepare: lienIntegrated,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'remaining',
      label: text('sc.tests.integraties.remaining.label'),
      holds: (world) => JSON.stringify(periodsOf(world, 'lien', '04')) === JSON.stringify(KEEP),
    },
  ],
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(text('sc.tests.integraties.toets-integraties-maximum.integrationsMenu0')),
    periodStep('period', text('sc.tests.integraties.toets-integraties-deel.periodStep1'), '01/03/2025', '30/04/2025', '2025-03-01', '2025-04-30'),
    codeStep('04', text('sc.tests.integraties.toets-integraties-deel.codeStep1')),
    personStep('lien', 'Lien Peeters', text('sc.tests.integraties.toets-integraties-deel.personStep2')),
    disintegrateStep(({ world }) => periodsOf(world, 'lien', '04').length === 2),
  ],
};

// ——— 3. The repertory, and a question answered from it ———
/** The end of Tom's integration at the VDAB, as the repertory shows it (null: none, or open-ended). */
const vdabEnd = (world: World) => world.integrations.find((i) => i.clientId === 'tom' && i.institution === 'vdab')?.periods.at(-1)?.end ?? null;

export const repertoryExercise: Scenario = {
  id: 'toets-integraties-repertorium',
  title: text('sc.tests.integraties.toets-integraties-repertorium.title'),
  summary: text('sc.tests.integraties.toets-integraties-repertorium.summary'),
  outro: text('sc.tests.integraties.toets-integraties-repertorium.outro'),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  goals: [],
  question: {
    id: 'answer',
    label: text('sc.tests.integraties.answer.label'),
    goal: text('sc.tests.integraties.answer.goal'),
    check: (answer, world) => {
      const end = vdabEnd(world);
      return end !== null && dateAnswer(answer) === end;
    },
    solution: (world) => display(vdabEnd(world) ?? ''),
  },
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(text('sc.tests.integraties.toets-integraties-maximum.integrationsMenu0')),
    ...consultSteps(
      'tom',
      ['01/01/2024', '31/12/2025'],
      {
        form: text('sc.tests.integraties.toets-integraties-repertorium.step1'),
        formHint: text('sc.tests.integraties.toets-integraties-repertorium.step2'),
        consult: text('sc.tests.integraties.toets-integraties-repertorium.step12'),
      },
      ({ dossier }) => dossier.context.consultStart.trim() !== '' && dossier.context.consultEnd.trim() !== '',
    ),
    step(
      'answer',
      text('sc.tests.integraties.toets-integraties-repertorium.step13'),
      text('sc.tests.integraties.toets-integraties-repertorium.step22'),
      'assess-answer',
      () => false,
      () => [],
      () => false,
    ),
  ],
};

// ——— 4. Form B: the partner first needs code 01 ———
/** Marie Dubois's partner, in her file (aanvraag-3) but never integrated. */
export const MARIE_PARTNER = { id: 'toets-marc', firstName: 'Marc', lastName: 'Lenaerts', insz: makeInsz('600415', 123, false) };
const EFFECTIVE = '2025-02-01';

function marieWithPartner(world: World): World {
  const ready = loggedIn(world, 'lotte', 'socialeAgent');
  const clients = [...ready.clients.filter((c) => c.id !== MARIE_PARTNER.id), { ...MARIE_PARTNER }];
  const requests = ready.requests.map((r) =>
    r.id === 'aanvraag-3' ? { ...r, household: [...r.household.filter((m) => m.clientId !== MARIE_PARTNER.id), { clientId: MARIE_PARTNER.id, role: 'partner' as const }] } : r,
  );
  const integrations = ready.integrations.filter((i) => i.clientId !== MARIE_PARTNER.id && !(i.clientId === 'marie' && i.code === '02'));
  return { ...ready, clients, requests, integrations, forms: ready.forms.filter((f) => f.requestId !== 'aanvraag-3') };
}

export const formBExercise: Scenario = {
  id: 'toets-integraties-formulier-b',
  title: text('sc.tests.integraties.toets-integraties-formulier-b.title'),
  summary: text('sc.tests.integraties.toets-integraties-formulier-b.summary'),
  outro: text('sc.tests.integraties.toets-integraties-formulier-b.outro'),
  prepare: marieWithPartner,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'code01',
      label: text('sc.tests.integraties.code01.label'),
      holds: (world) => periodsOf(world, MARIE_PARTNER.id, '01').some((p) => p.start <= EFFECTIVE && (p.end === null || p.end >= world.today)),
    },
    {
      id: 'sent',
      label: text('sc.tests.integraties.sent.label'),
      holds: (world) => world.forms.some((f) => f.requestId === 'aanvraag-3' && f.type === 'B' && f.aid === 'leefloon' && f.effective === EFFECTIVE),
    },
    {
      id: 'code02',
      label: text('sc.tests.integraties.code02.label'),
      holds: (world) => ['marie', MARIE_PARTNER.id].every((id) => periodsOf(world, id, '02').some((p) => p.start === EFFECTIVE)),
    },
  ],
  steps: [
    ...openFile('Dubois', 'aanvraag-3', 'Marie Dubois'),
    integrationsMenu(text('sc.tests.integraties.toets-integraties-formulier-b.integrationsMenu0')),
    periodStep('period', text('sc.tests.integraties.toets-integraties-formulier-b.periodStep1'), '01/02/2025', null, EFFECTIVE, null),
    codeStep('01', text('sc.tests.integraties.toets-integraties-maximum.codeStep1')),
    personStep(MARIE_PARTNER.id, 'Marc Lenaerts', text('sc.tests.integraties.toets-integraties-formulier-b.personStep2')),
    integrateStep(MARIE_PARTNER.id),
    formsMenuStep(text('sc.tests.integraties.toets-integraties-formulier-b.step1'), text('sc.tests.integraties.toets-integraties-formulier-b.step2')),
    formBFields(text('sc.tests.integraties.toets-integraties-formulier-b.step12'), text('sc.tests.integraties.toets-integraties-formulier-b.step22')),
    previewStep(),
    sendStep('B'),
  ],
};

export const INTEGRATION_EXERCISES: readonly Scenario[] = [maximumExercise, partExercise, repertoryExercise, formBExercise];
