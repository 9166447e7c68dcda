/**
 * "Toets: integraties" (003): other members, codes, dates and files than the practice scenarios —
 * a child integrated for the maximum of its code, part of a period disintegrated so that exactly
 * two given periods remain, a question answered from the repertory, and a form B that PrimaWeb
 * refuses until the partner is integrated in code 01.
 */
import { capacityCode, maxEnd } from '../../../domain/capacity-codes';
import { makeInsz } from '../../../domain/insz';
import { parseDisplayDate } from '../../../domain/dates';
import { integrate, ownIntegrations } from '../../../world/integrations';
import { HERSTAPPE } from '../../../world/seed';
import type { IsoDate } from '../../../domain/dates';
import type { World } from '../../../world/types';
import type { Scenario } from '../../scenario';
import { codeStep, integrationsMenu, openFile, periodStep, personStep, step, typing } from '../integration.scenarios';
import { loggedIn } from '../setup';
import { anyOf, is } from '../steps';
import { L } from './shared';

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

const integrateStep = (clientId: string) =>
  step(
    'integrate',
    L('Klik op "Integreren".', 'Cliquez sur « Intégrer ».'),
    L('Klik op "Integreren".', 'Cliquez sur « Intégrer ».'),
    'files-integrate',
    anyOf(is('dossier.integrate'), typing),
    () => ({ type: 'dossier.integrate' }),
    ({ dossier }) => dossier.context.lastAction === 'integrate' && dossier.context.outcomes.some((o) => o.clientId === clientId && o.ok),
  );

// ——— 1. Noah for the maximum of code 01 ———
const NOAH_START = '2025-02-10';
const NOAH_END = maxEnd(capacityCode('01')!, NOAH_START)!;

export const maximumExercise: Scenario = {
  id: 'toets-integraties-maximum',
  title: L('Een kind integreren voor de maximale duur', 'Intégrer un enfant pour la durée maximale'),
  summary: L(
    'Lotte is aangemeld als Sociale Agent. Integreer Noah Peeters, het kind in het dossier van Sara Janssens, in code 01 vanaf 10/02/2025, voor de maximale duur die de code toelaat.',
    "Lotte est connectée en tant qu'Agent social. Intégrez Noah Peeters, l'enfant du dossier de Sara Janssens, en code 01 à partir du 10/02/2025, pour la durée maximale que le code permet.",
  ),
  outro: L('Noah is geïntegreerd voor de maximale duur van code 01 (2 maanden).', 'Noah est intégré pour la durée maximale du code 01 (2 mois).'),
  prepare: (world) => withoutOwn(loggedIn(world, 'lotte', 'socialeAgent'), 'noah', '01'),
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'integrated',
      label: L('Noah Peeters is geïntegreerd in code 01 vanaf 10/02/2025, voor de maximale duur van de code.', 'Noah Peeters est intégré en code 01 à partir du 10/02/2025, pour la durée maximale du code.'),
      holds: (world) => periodsOf(world, 'noah', '01').some((p) => p.start === NOAH_START && p.end === NOAH_END),
    },
    {
      id: 'only-noah',
      label: L('Niemand anders van het gezin kreeg een nieuwe integratie in code 01.', "Personne d'autre du ménage n'a reçu de nouvelle intégration en code 01."),
      holds: (world) => ['tom', 'lien'].every((id) => periodsOf(world, id, '01').length === 0) && periodsOf(world, 'noah', '01').length > 0,
    },
  ],
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(L('Open "Integraties – Desintegraties".', 'Ouvrez « Intégrations – Désintégrations ».')),
    periodStep('period', L('Begindatum 10/02/2025; zonder einddatum geldt de maximale duur.', 'Date de début 10/02/2025 ; sans date de fin, la durée maximale s\'applique.'), '10/02/2025', null, NOAH_START, null),
    codeStep('01', L('Kies code 01.', 'Choisissez le code 01.')),
    personStep('noah', 'Noah Peeters', L('Vink Noah Peeters aan.', 'Cochez Noah Peeters.')),
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
  title: L('Een deel van een periode desintegreren', "Désintégrer une partie d'une période"),
  summary: L(
    `Lien Peeters is geïntegreerd in code 04 van 01/01/2025 tot 31/12/2025. Zij kreeg geen hulp in maart en april. Zorg dat er voor Lien in code 04 precies twee periodes overblijven: ${display(KEEP[0]!.start)}–${display(KEEP[0]!.end)} en ${display(KEEP[1]!.start)}–${display(KEEP[1]!.end)}.`,
    `Lien Peeters est intégrée en code 04 du 01/01/2025 au 31/12/2025. Elle n'a pas reçu d'aide en mars et avril. Faites en sorte qu'il reste pour Lien en code 04 exactement deux périodes : ${display(KEEP[0]!.start)}–${display(KEEP[0]!.end)} et ${display(KEEP[1]!.start)}–${display(KEEP[1]!.end)}.`,
  ),
  outro: L('Er blijven precies twee periodes over.', 'Il reste exactement deux périodes.'),
  prepare: lienIntegrated,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'remaining',
      label: L('Lien Peeters heeft in code 04 precies de periodes 01/01/2025–28/02/2025 en 01/05/2025–31/12/2025.', 'Lien Peeters a en code 04 exactement les périodes 01/01/2025–28/02/2025 et 01/05/2025–31/12/2025.'),
      holds: (world) => JSON.stringify(periodsOf(world, 'lien', '04')) === JSON.stringify(KEEP),
    },
  ],
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(L('Open "Integraties – Desintegraties".', 'Ouvrez « Intégrations – Désintégrations ».')),
    periodStep('period', L('Desintegreer van 01/03/2025 tot 30/04/2025.', 'Désintégrez du 01/03/2025 au 30/04/2025.'), '01/03/2025', '30/04/2025', '2025-03-01', '2025-04-30'),
    codeStep('04', L('Kies code 04.', 'Choisissez le code 04.')),
    personStep('lien', 'Lien Peeters', L('Vink Lien Peeters aan.', 'Cochez Lien Peeters.')),
    step(
      'disintegrate',
      L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
      L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
      'files-disintegrate',
      anyOf(is('dossier.disintegrate'), typing),
      () => ({ type: 'dossier.disintegrate' }),
      ({ world }) => periodsOf(world, 'lien', '04').length === 2,
    ),
  ],
};

// ——— 3. The repertory, and a question answered from it ———
/** The end of Tom's integration at the VDAB, as the repertory shows it (null: none, or open-ended). */
const vdabEnd = (world: World) => world.integrations.find((i) => i.clientId === 'tom' && i.institution === 'vdab')?.periods.at(-1)?.end ?? null;

export const repertoryExercise: Scenario = {
  id: 'toets-integraties-repertorium',
  title: L('Het repertorium raadplegen en een vraag beantwoorden', 'Consulter le répertoire et répondre à une question'),
  summary: L(
    'Lotte is aangemeld als Sociale Agent. Raadpleeg in het dossier van Sara Janssens de integraties van haar partner Tom Peeters (periode 01/01/2024 tot 31/12/2025), en beantwoord de vraag in dit paneel.',
    "Lotte est connectée en tant qu'Agent social. Dans le dossier de Sara Janssens, consultez les intégrations de son partenaire Tom Peeters (période du 01/01/2024 au 31/12/2025), et répondez à la question dans ce panneau.",
  ),
  outro: L('De VDAB heeft Tom geïntegreerd tot 31/08/2025.', 'Le VDAB a intégré Tom jusqu\'au 31/08/2025.'),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  goals: [],
  question: {
    id: 'answer',
    label: L('Tot wanneer loopt de integratie van Tom Peeters bij de VDAB? (dd/mm/jjjj)', "Jusqu'à quand court l'intégration de Tom Peeters auprès du VDAB ? (jj/mm/aaaa)"),
    goal: L('Het antwoord op de vraag (einde van de integratie van Tom bij de VDAB) is juist.', "La réponse à la question (fin de l'intégration de Tom auprès du VDAB) est correcte."),
    check: (answer, world) => {
      const end = vdabEnd(world);
      return end !== null && dateAnswer(answer) === end;
    },
    solution: (world) => display(vdabEnd(world) ?? ''),
  },
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(L('Open "Integraties – Desintegraties".', 'Ouvrez « Intégrations – Désintégrations ».')),
    step(
      'consult-form',
      L('Kies Tom Peeters en de periode van raadpleging.', 'Choisissez Tom Peeters et la période de consultation.'),
      L('Onderaan: kies Tom Peeters, van 01/01/2024 tot 31/12/2025.', 'En bas : choisissez Tom Peeters, du 01/01/2024 au 31/12/2025.'),
      'files-consult',
      typing,
      () => [
        { type: 'dossier.setField', field: 'consultClientId', value: 'tom' },
        { type: 'dossier.setField', field: 'consultStart', value: '01/01/2024' },
        { type: 'dossier.setField', field: 'consultEnd', value: '31/12/2025' },
      ],
      ({ dossier }) => dossier.context.consultClientId === 'tom' && dossier.context.consultStart.trim() !== '' && dossier.context.consultEnd.trim() !== '',
    ),
    step(
      'consult',
      L('Klik op "Raadplegen".', 'Cliquez sur « Consulter ».'),
      L('Klik op "Raadplegen".', 'Cliquez sur « Consulter ».'),
      'files-consult',
      anyOf(is('dossier.consult'), typing),
      () => ({ type: 'dossier.consult' }),
      ({ dossier }) => dossier.context.consulted?.clientId === 'tom',
    ),
    step(
      'answer',
      L('Lees de rij van de VDAB en typ de einddatum in het antwoordveld van dit paneel.', "Lisez la ligne du VDAB et tapez la date de fin dans le champ de réponse de ce panneau."),
      L('Lees de rij van de VDAB in het repertorium: de einddatum is het antwoord. Typ het in het antwoordveld en klik op "Antwoord bewaren".', 'Lisez la ligne du VDAB dans le répertoire : la date de fin est la réponse. Tapez-la dans le champ de réponse et cliquez sur « Enregistrer la réponse ».'),
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
  title: L('Formulier B verzenden als een integratie ontbreekt', "Envoyer le formulaire B quand une intégration manque"),
  summary: L(
    'Lotte is aangemeld als Sociale Agent. Ken Marie Dubois en haar partner Marc Lenaerts een leefloon toe met formulier B, datum van invoegetreding 01/02/2025. Zorg eerst voor wat PrimaWeb daarvoor nodig heeft.',
    "Lotte est connectée en tant qu'Agent social. Octroyez le revenu d'intégration à Marie Dubois et à son partenaire Marc Lenaerts avec le formulaire B, date de prise de cours 01/02/2025. Veillez d'abord à ce dont PrimaWeb a besoin pour cela.",
  ),
  outro: L('Het formulier is verzonden; Marie en Marc zijn geïntegreerd in code 02.', 'Le formulaire est envoyé ; Marie et Marc sont intégrés en code 02.'),
  prepare: marieWithPartner,
  startPage: IN_PRIMAWEB,
  goals: [
    {
      id: 'code01',
      label: L('Marc Lenaerts is geïntegreerd in code 01 op 01/02/2025 en op de dag van verzending.', "Marc Lenaerts est intégré en code 01 au 01/02/2025 et le jour de l'envoi."),
      holds: (world) => periodsOf(world, MARIE_PARTNER.id, '01').some((p) => p.start <= EFFECTIVE && (p.end === null || p.end >= world.today)),
    },
    {
      id: 'sent',
      label: L('Formulier B (leefloon) voor Marie Dubois is verzonden, datum van invoegetreding 01/02/2025.', "Le formulaire B (revenu d'intégration) pour Marie Dubois est envoyé, date de prise de cours 01/02/2025."),
      holds: (world) => world.forms.some((f) => f.requestId === 'aanvraag-3' && f.type === 'B' && f.aid === 'leefloon' && f.effective === EFFECTIVE),
    },
    {
      id: 'code02',
      label: L('Marie en Marc zijn geïntegreerd in code 02 vanaf 01/02/2025.', 'Marie et Marc sont intégrés en code 02 à partir du 01/02/2025.'),
      holds: (world) => ['marie', MARIE_PARTNER.id].every((id) => periodsOf(world, id, '02').some((p) => p.start === EFFECTIVE)),
    },
  ],
  steps: [
    ...openFile('Dubois', 'aanvraag-3', 'Marie Dubois'),
    integrationsMenu(L('Marc is nog niet geïntegreerd in code 01: open "Integraties – Desintegraties".', 'Marc n\'est pas encore intégré en code 01 : ouvrez « Intégrations – Désintégrations ».')),
    periodStep('period', L('Begindatum 01/02/2025.', 'Date de début 01/02/2025.'), '01/02/2025', null, EFFECTIVE, null),
    codeStep('01', L('Kies code 01.', 'Choisissez le code 01.')),
    personStep(MARIE_PARTNER.id, 'Marc Lenaerts', L('Vink Marc Lenaerts aan.', 'Cochez Marc Lenaerts.')),
    integrateStep(MARIE_PARTNER.id),
    step(
      'menu-forms',
      L('Klik op "Formulieren".', 'Cliquez sur « Formulaires ».'),
      L('Klik op "Formulieren" in de linkermenubalk.', 'Cliquez sur « Formulaires » dans le menu de gauche.'),
      'files-menu-forms',
      is('dossier.showForms'),
      () => ({ type: 'dossier.showForms' }),
      ({ dossier }) => dossier.matches({ file: 'forms' }),
    ),
    step(
      'form-fields',
      L('Formulier B, steun "Leefloon", datum 01/02/2025.', 'Formulaire B, aide « Revenu d\'intégration », date 01/02/2025.'),
      L('Kies formulier B, steun "Leefloon" en datum van invoegetreding 01/02/2025.', "Choisissez le formulaire B, l'aide « Revenu d'intégration » et la date de prise de cours 01/02/2025."),
      'files-form',
      typing,
      () => [
        { type: 'dossier.setForm', field: 'formType', value: 'B' },
        { type: 'dossier.setForm', field: 'aid', value: 'leefloon' },
        { type: 'dossier.setForm', field: 'effective', value: '01/02/2025' },
      ],
      ({ dossier }) => dossier.context.formType === 'B' && dossier.context.aid === 'leefloon' && parseDisplayDate(dossier.context.effective).ok,
    ),
    step(
      'preview',
      L('Klik op "Overzicht".', 'Cliquez sur « Aperçu ».'),
      L('Klik op "Overzicht".', 'Cliquez sur « Aperçu ».'),
      'files-preview',
      anyOf(is('dossier.preview'), typing),
      () => ({ type: 'dossier.preview' }),
      ({ dossier }) => dossier.matches({ file: { forms: 'overview' } }),
    ),
    step(
      'send',
      L('Klik op "Verzenden".', 'Cliquez sur « Envoyer ».'),
      L('Klik op "Verzenden".', 'Cliquez sur « Envoyer ».'),
      'files-send',
      anyOf(is('dossier.send'), is('dossier.editForm')),
      () => ({ type: 'dossier.send' }),
      ({ dossier }) => dossier.context.sent?.type === 'B',
    ),
  ],
};

export const INTEGRATION_EXERCISES: readonly Scenario[] = [maximumExercise, partExercise, repertoryExercise, formBExercise];
