/**
 * The scenarios of manual 003 (integrations), with the manual's sentences as narration. Each starts
 * logged in to PrimaWeb as Lotte, Sociale Agent of OCMW Herstappe.
 */
import { parseDisplayDate } from '../../domain/dates';
import { searchClients } from '../../world/clients';
import { integrate, ownIntegrations } from '../../world/integrations';
import { HERSTAPPE } from '../../world/seed';
import type { Localised, World } from '../../world/types';
import type { Scenario, ScenarioStep, StepContext } from '../scenario';
import { loggedIn } from './setup';
import { anyOf, is } from './steps';
import { TITLES } from '../titles';

const IN_PRIMAWEB = { page: 'home' } as const;
const L = (nl: string, fr: string): Localised => ({ nl, fr });

export function step(
  id: string,
  narration: Localised,
  hint: Localised,
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

/** Home → "Opzoeken van een dossier" → search → open the file. */
export function openFile(query: string, requestId: string, who: string): ScenarioStep[] {
  return [
    step(
      'files',
      L('We beginnen op de startpagina van PrimaWeb. Klik op "Opzoeken van een dossier".', 'Nous commençons sur la page d\'accueil de PrimaWeb. Cliquez sur « Recherche d\'un dossier ».'),
      L('Klik op "Opzoeken van een dossier".', 'Cliquez sur « Recherche d\'un dossier ».'),
      'pw-files',
      is('pw.openFiles'),
      () => ({ type: 'pw.openFiles' }),
      ({ primaweb }) => primaweb.matches('files'),
    ),
    step(
      'search',
      L(`Zoek het dossier van ${who} op naam of INSZ en klik op "Zoeken".`, `Recherchez le dossier de ${who} par nom ou NISS et cliquez sur « Rechercher ».`),
      L(`Typ "${query}" en klik op "Zoeken".`, `Tapez « ${query} » et cliquez sur « Rechercher ».`),
      'files-search',
      anyOf(is('dossier.setQuery'), is('dossier.search')),
      () => [{ type: 'dossier.setQuery', query }, { type: 'dossier.search' }],
      ({ world, dossier }) => dossier.context.searched && searchClients(world, dossier.context.query).length > 0 && dossier.context.query.trim() !== '',
    ),
    step(
      'open',
      L(`Open het dossier van ${who}: de "Huidige aanvraag" verschijnt, met de linkermenubalk.`, `Ouvrez le dossier de ${who} : la « Demande en cours » apparaît, avec le menu de gauche.`),
      L('Klik op "Openen".', 'Cliquez sur « Ouvrir ».'),
      `files-open-${requestId}`,
      anyOf(is('dossier.open', (i) => i.requestId === requestId), is('dossier.setQuery'), is('dossier.search')),
      () => ({ type: 'dossier.open', requestId }),
      ({ dossier }) => dossier.matches('file') && dossier.context.requestId === requestId,
    ),
  ];
}

export const integrationsMenu = (narration: Localised, id = 'menu-integrations') =>
  step(
    id,
    narration,
    L('Klik op "Integraties – Desintegraties" in de linkermenubalk.', 'Cliquez sur « Intégrations – Désintégrations » dans le menu de gauche.'),
    'files-menu-integrations',
    is('dossier.showIntegrations'),
    () => ({ type: 'dossier.showIntegrations' }),
    ({ dossier }) => dossier.matches({ file: 'integrations' }),
  );

export const periodStep = (id: string, narration: Localised, start: string, end: string | null, startIso: string, endIso: string | null) =>
  step(
    id,
    narration,
    end ? L(`Begindatum ${start}, einddatum ${end}.`, `Date de début ${start}, date de fin ${end}.`) : L(`Begindatum ${start}, geen einddatum.`, `Date de début ${start}, pas de date de fin.`),
    'files-period',
    typing,
    () => [
      { type: 'dossier.setField', field: 'start', value: start },
      { type: 'dossier.setField', field: 'end', value: end ?? '' },
    ],
    (ctx) => fieldIs(ctx, 'start', startIso) && (endIso === null ? ctx.dossier.context.end.trim() === '' : fieldIs(ctx, 'end', endIso)),
  );

export const codeStep = (code: string, narration: Localised, id = 'code') =>
  step(
    id,
    narration,
    L(`Kies hoedanigheidscode ${code}.`, `Choisissez le code qualité ${code}.`),
    'files-period',
    typing,
    () => ({ type: 'dossier.setField', field: 'code', value: code }),
    ({ dossier }) => dossier.context.code === code,
  );

export const personStep = (clientId: string, who: string, narration: Localised, id = 'person') =>
  step(
    id,
    narration,
    L(`Vink ${who} aan.`, `Cochez ${who}.`),
    'files-persons',
    typing,
    () => ({ type: 'dossier.togglePerson', clientId }),
    ({ dossier }) => dossier.context.persons.includes(clientId),
  );

const magnifierStep = (clientId: string, narration: Localised) =>
  step(
    'magnifier',
    narration,
    L('Klik op het vergrootglas in de kolom "Integraties".', 'Cliquez sur la loupe dans la colonne « Intégrations ».'),
    'files-persons',
    anyOf(is('dossier.showDetails'), typing),
    () => ({ type: 'dossier.showDetails', clientId }),
    ({ dossier }) => dossier.context.detailClientId === clientId,
  );

const periods01 = (world: World, clientId: string) => ownIntegrations(world, clientId, HERSTAPPE).find((i) => i.code === '01')?.periods ?? [];

export const integrateScenario: Scenario = {
  id: 'gezinslid-integreren',
  title: TITLES['gezinslid-integreren'],
  summary: L('Tom Peeters, de partner van Sara Janssens, integreren in code 01 (handleiding "Integraties", 2.1).', 'Intégrer Tom Peeters, le partenaire de Sara Janssens, en code 01 (manuel « Intégrations », 2.1).'),
  outro: L(
    'Als alles goed verloopt, krijgt u een groen bolletje voor de geselecteerde personen. Dit betekent dat de integratie correct uitgevoerd werd.',
    'Si tout se passe bien, une pastille verte apparaît pour les personnes sélectionnées : l\'intégration a été effectuée correctement.',
  ),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    step(
      'household',
      L(
        'Om een lid van het huishouden manueel te integreren, moet u eerst en vooral de correcte samenstelling van het feitelijke huishouden nakijken. Hiervoor klikt u op "Gezinssamenstelling" in de linkermenubalk van de "Huidige aanvraag".',
        'Pour intégrer manuellement un membre du ménage, vérifiez d\'abord la composition correcte du ménage de fait. Cliquez sur « Composition de ménage » dans le menu de gauche de la « Demande en cours ».',
      ),
      L('Klik op "Gezinssamenstelling".', 'Cliquez sur « Composition de ménage ».'),
      'files-menu-household',
      is('dossier.showHousehold'),
      () => ({ type: 'dossier.showHousehold' }),
      ({ dossier }) => dossier.matches({ file: 'household' }),
    ),
    integrationsMenu(
      L('Eens de effectieve gezinssamenstelling correct is, klikt u op "Integraties – Desintegraties".', 'Une fois la composition effective du ménage correcte, cliquez sur « Intégrations – Désintégrations ».'),
    ),
    periodStep(
      'period',
      L(
        'U kan nu de periode van integratie invoeren. Enkel de begindatum is verplicht. Indien u geen einddatum invoert, zal de integratie aangevraagd worden voor de maximale duur. Typ als begindatum 03/02/2025.',
        'Vous pouvez maintenant introduire la période d\'intégration. Seule la date de début est obligatoire. Sans date de fin, l\'intégration est demandée pour la durée maximale. Tapez 03/02/2025 comme date de début.',
      ),
      '03/02/2025',
      null,
      '2025-02-03',
      null,
    ),
    codeStep('01', L('U zal vervolgens de gewenste hoedanigheidscode moeten selecteren: 01, dossier in onderzoek.', 'Sélectionnez ensuite le code qualité souhaité : 01, dossier à l\'examen.')),
    personStep('tom', 'Tom Peeters', L('Tot slot, selecteert u de gezinsleden die u wenst te integreren: Tom Peeters.', 'Enfin, sélectionnez les membres du ménage à intégrer : Tom Peeters.')),
    step(
      'integrate',
      L('… en klikt u op "Integreren".', '… et cliquez sur « Intégrer ».'),
      L('Klik op "Integreren".', 'Cliquez sur « Intégrer ».'),
      'files-integrate',
      anyOf(is('dossier.integrate'), typing),
      () => ({ type: 'dossier.integrate' }),
      ({ dossier }) => dossier.context.lastAction === 'integrate' && dossier.context.outcomes.some((o) => o.clientId === 'tom' && o.ok),
    ),
    magnifierStep('tom', L('Als u klikt op het vergrootglas in de kolom "Integraties", kan u de details van de laatste integraties per hoedanigheidscode lezen.', 'En cliquant sur la loupe de la colonne « Intégrations », vous lisez le détail des dernières intégrations par code qualité.')),
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
  summary: L('Het voorbeeld van de handleiding: Tom is geïntegreerd van 01/12/2014 tot 31/01/2015; desintegreer van 01/01/2015 tot 14/01/2015.', 'L\'exemple du manuel : Tom est intégré du 01/12/2014 au 31/01/2015 ; désintégrez du 01/01/2015 au 14/01/2015.'),
  outro: L(
    'U behoudt voor deze persoon een integratie voor de periode van 01/12/2014 tot 31/12/2014 en een integratie voor de periode van 15/01/2015 tot 31/01/2015.',
    'Vous conservez pour cette personne une intégration du 01/12/2014 au 31/12/2014 et une intégration du 15/01/2015 au 31/01/2015.',
  ),
  prepare: tomsExample,
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    integrationsMenu(L('Om een persoon te desintegreren klikt u op "Integraties – Desintegraties" in de linkermenubalk van de "Huidige aanvraag".', 'Pour désintégrer une personne, cliquez sur « Intégrations – Désintégrations » dans le menu de gauche de la « Demande en cours ».')),
    periodStep(
      'period',
      L(
        'Ook hier moet u de periode invoeren. Enkel de begindatum is verplicht; zonder einddatum wordt alles vanaf de begindatum gedesintegreerd. Wie slechts een deel wil desintegreren, voert ook een einddatum in: van 01/01/2015 tot 14/01/2015.',
        'Ici aussi, introduisez la période. Seule la date de début est obligatoire ; sans date de fin, tout est désintégré à partir de la date de début. Pour n\'en désintégrer qu\'une partie, introduisez aussi une date de fin : du 01/01/2015 au 14/01/2015.',
      ),
      '01/01/2015',
      '14/01/2015',
      '2015-01-01',
      '2015-01-14',
    ),
    codeStep('01', L('Nadat u de periode van desintegratie heeft ingegeven, selecteert u de gewenste hoedanigheidscode: 01.', 'Après la période de désintégration, sélectionnez le code qualité : 01.')),
    personStep('tom', 'Tom Peeters', L('U selecteert vervolgens de personen die u wenst te desintegreren: Tom Peeters.', 'Sélectionnez ensuite les personnes à désintégrer : Tom Peeters.')),
    step(
      'disintegrate',
      L('… en klikt op "Desintegreren".', '… et cliquez sur « Désintégrer ».'),
      L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
      'files-disintegrate',
      anyOf(is('dossier.disintegrate'), typing),
      () => ({ type: 'dossier.disintegrate' }),
      ({ world }) => periods01(world, 'tom').length === 2,
    ),
    magnifierStep('tom', L('Als u op het vergrootglas in de kolom "Integraties" klikt, kan u de details van de (overgebleven) integraties per hoedanigheidscode lezen.', 'En cliquant sur la loupe de la colonne « Intégrations », vous lisez le détail des intégrations (restantes) par code qualité.')),
  ],
};

export const consultScenario: Scenario = {
  id: 'integraties-raadplegen',
  title: TITLES['integraties-raadplegen'],
  summary: L('Het repertorium raadplegen voor Youssef El Amrani: ook de integraties van andere OCMW\'s verschijnen.', 'Consulter le répertoire pour Youssef El Amrani : les intégrations d\'autres CPAS apparaissent aussi.'),
  outro: L(
    'U verkrijgt een lijst met alle integraties per instelling, hoedanigheidscode en periode. Youssef werd in 2023–2024 door het OCMW van Koekelberg geïntegreerd in code 02: een aanwijzing voor het sociaal onderzoek.',
    'Vous obtenez la liste de toutes les intégrations par institution, code qualité et période. Youssef a été intégré en code 02 par le CPAS de Koekelberg en 2023–2024 : un indice pour l\'enquête sociale.',
  ),
  prepare: (world) => loggedIn(world, 'lotte', 'socialeAgent'),
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('El Amrani', 'aanvraag-2', 'Youssef El Amrani'),
    integrationsMenu(L('Om de integraties te raadplegen, klikt u op "Integraties – Desintegraties" in de linkermenubalk van de "Huidige aanvraag".', 'Pour consulter les intégrations, cliquez sur « Intégrations – Désintégrations » dans le menu de gauche de la « Demande en cours ».')),
    step(
      'consult-form',
      L(
        'Helemaal onderaan het scherm heeft u de mogelijkheid om de integraties te raadplegen. U selecteert de persoon en u voert een periode van raadpleging in: van 01/01/2023 tot 31/12/2025.',
        'Tout en bas de l\'écran, vous pouvez consulter les intégrations. Sélectionnez la personne et introduisez une période de consultation : du 01/01/2023 au 31/12/2025.',
      ),
      L('Kies Youssef El Amrani, 01/01/2023 tot 31/12/2025.', 'Choisissez Youssef El Amrani, du 01/01/2023 au 31/12/2025.'),
      'files-consult',
      typing,
      () => [
        { type: 'dossier.setField', field: 'consultClientId', value: 'youssef' },
        { type: 'dossier.setField', field: 'consultStart', value: '01/01/2023' },
        { type: 'dossier.setField', field: 'consultEnd', value: '31/12/2025' },
      ],
      (ctx) => ctx.dossier.context.consultClientId === 'youssef' && fieldIs(ctx, 'consultStart', '2023-01-01') && fieldIs(ctx, 'consultEnd', '2025-12-31'),
    ),
    step(
      'consult',
      L('U klikt vervolgens op "Raadplegen".', 'Cliquez ensuite sur « Consulter ».'),
      L('Klik op "Raadplegen".', 'Cliquez sur « Consulter ».'),
      'files-consult',
      anyOf(is('dossier.consult'), typing),
      () => ({ type: 'dossier.consult' }),
      ({ dossier }) => dossier.context.consulted?.clientId === 'youssef',
    ),
  ],
};

/** Tom (partner) in code 01 from 20/01/2025, so the leefloon form may be sent. */
function readyForFormB(world: World): World {
  const ready = loggedIn(world, 'lotte', 'socialeAgent');
  const r = integrate(ready, { requestId: 'aanvraag-1', clientIds: ['tom'], code: '01', start: '2025-01-20', end: null });
  return r.ok ? r.world : ready;
}

const previewStep = (narration: Localised) =>
  step(
    'preview',
    narration,
    L('Klik op "Overzicht".', 'Cliquez sur « Aperçu ».'),
    'files-preview',
    anyOf(is('dossier.preview'), typing),
    () => ({ type: 'dossier.preview' }),
    ({ dossier }) => dossier.matches({ file: { forms: 'overview' } }),
  );

const sendStep = (type: 'B' | 'C') =>
  step(
    'send',
    L('Klik op "Verzenden".', 'Cliquez sur « Envoyer ».'),
    L('Klik op "Verzenden".', 'Cliquez sur « Envoyer ».'),
    'files-send',
    anyOf(is('dossier.send'), is('dossier.editForm')),
    () => ({ type: 'dossier.send' }),
    ({ dossier }) => dossier.context.sent?.type === type,
  );

const formsMenu = step(
  'menu-forms',
  L('Klik op "Formulieren" in de linkermenubalk.', 'Cliquez sur « Formulaires » dans le menu de gauche.'),
  L('Klik op "Formulieren".', 'Cliquez sur « Formulaires ».'),
  'files-menu-forms',
  is('dossier.showForms'),
  () => ({ type: 'dossier.showForms' }),
  ({ dossier }) => dossier.matches({ file: 'forms' }),
);

export const formBScenario: Scenario = {
  id: 'formulier-b',
  title: TITLES['formulier-b'],
  summary: L('Een leefloon toekennen met formulier B: PrimaWeb integreert het gezin in code 02.', 'Octroyer le revenu d\'intégration avec le formulaire B : PrimaWeb intègre le ménage en code 02.'),
  outro: L(
    'Als u op "Verzenden" klikt zal niet enkel het formulier verstuurd worden, ook de integraties zullen doorgestuurd worden: Sara en Tom zijn nu geïntegreerd in code 02.',
    'En cliquant sur « Envoyer », non seulement le formulaire est envoyé, mais aussi les intégrations : Sara et Tom sont maintenant intégrés en code 02.',
  ),
  prepare: readyForFormB,
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    formsMenu,
    step(
      'form-fields',
      L('PrimaWeb voorziet bij het verzenden van de formulieren B/B1/B2 een automatische integratie in code 2, 3, 4 of 6, afhankelijk van de toegekende steun. Kies formulier B, steun "Leefloon" en datum van invoegetreding 01/02/2025.', 'À l\'envoi des formulaires B/B1/B2, PrimaWeb prévoit une intégration automatique en code 2, 3, 4 ou 6 selon l\'aide octroyée. Choisissez le formulaire B, l\'aide « Revenu d\'intégration » et la date de prise de cours 01/02/2025.'),
      L('Steun "Leefloon", datum 01/02/2025.', 'Aide « Revenu d\'intégration », date 01/02/2025.'),
      'files-form',
      typing,
      () => [
        { type: 'dossier.setForm', field: 'formType', value: 'B' },
        { type: 'dossier.setForm', field: 'aid', value: 'leefloon' },
        { type: 'dossier.setForm', field: 'effective', value: '01/02/2025' },
      ],
      ({ dossier }) => dossier.context.formType === 'B' && dossier.context.aid === 'leefloon' && parseDisplayDate(dossier.context.effective).ok,
    ),
    previewStep(
      L('Onderaan in het overzicht van een formulier ziet u de integraties die PrimaWeb zal aanvragen: de hoofdbegunstigde, de eventuele partner en de eventuele andere bijkomende begunstigden. Klik op "Overzicht".', 'En bas de l\'aperçu du formulaire, vous voyez les intégrations que PrimaWeb demandera : le bénéficiaire principal, l\'éventuel partenaire et les éventuels autres bénéficiaires. Cliquez sur « Aperçu ».'),
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
  summary: L('Het leefloon van Sara stopzetten met formulier C, en haar daarna zelf desintegreren in code 02.', 'Arrêter le revenu d\'intégration de Sara avec le formulaire C, puis la désintégrer vous-même en code 02.'),
  outro: L(
    'Bij het verzenden van een formulier C (stopzetting/weigering) stuurt PrimaWeb de desintegratie niet automatisch door: u heeft Sara zelf gedesintegreerd vanaf 01/03/2025. Check vooraf ook de multifunctionele attesten.',
    'À l\'envoi d\'un formulaire C (arrêt/refus), PrimaWeb n\'envoie pas automatiquement la désintégration : vous avez désintégré Sara vous-même à partir du 01/03/2025. Vérifiez aussi d\'abord les attestations multifonctionnelles.',
  ),
  prepare: readyForFormC,
  startPage: IN_PRIMAWEB,
  steps: [
    ...openFile('Janssens', 'aanvraag-1', 'Sara Janssens'),
    formsMenu,
    step(
      'form-c',
      L('Kies formulier C (stopzetting/weigering) met datum van invoegetreding 01/03/2025.', 'Choisissez le formulaire C (arrêt/refus) avec la date de prise de cours 01/03/2025.'),
      L('Formulier C, datum 01/03/2025.', 'Formulaire C, date 01/03/2025.'),
      'files-form',
      typing,
      () => [
        { type: 'dossier.setForm', field: 'formType', value: 'C' },
        { type: 'dossier.setForm', field: 'effective', value: '01/03/2025' },
      ],
      ({ dossier }) => dossier.context.formType === 'C' && parseDisplayDate(dossier.context.effective).ok,
    ),
    previewStep(
      L('Klik op "Overzicht". Let op: bij het verzenden van een formulier C zal PrimaWeb niet automatisch de desintegratie doorsturen.', 'Cliquez sur « Aperçu ». Attention : à l\'envoi d\'un formulaire C, PrimaWeb n\'envoie pas automatiquement la désintégration.'),
    ),
    sendStep('C'),
    integrationsMenu(L('Voor deze gevallen dient u dus zelf de persoon manueel te desintegreren. Klik op "Integraties – Desintegraties".', 'Dans ces cas, vous devez donc désintégrer vous-même la personne. Cliquez sur « Intégrations – Désintégrations ».')),
    periodStep('period', L('Desintegreer vanaf de stopzetting: begindatum 01/03/2025, zonder einddatum (alles vanaf die dag).', 'Désintégrez à partir de l\'arrêt : date de début 01/03/2025, sans date de fin (tout à partir de ce jour).'), '01/03/2025', null, '2025-03-01', null),
    codeStep('02', L('Kies hoedanigheidscode 02, dossier leefloon.', 'Choisissez le code qualité 02, dossier revenu d\'intégration.')),
    personStep('sara', 'Sara Janssens', L('Selecteer Sara Janssens.', 'Sélectionnez Sara Janssens.')),
    step(
      'disintegrate',
      L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
      L('Klik op "Desintegreren".', 'Cliquez sur « Désintégrer ».'),
      'files-disintegrate',
      anyOf(is('dossier.disintegrate'), typing),
      () => ({ type: 'dossier.disintegrate' }),
      ({ world }) => {
        const p = ownIntegrations(world, 'sara', HERSTAPPE).find((i) => i.code === '02')?.periods ?? [];
        return p.length === 1 && p[0]!.end === '2025-02-28';
      },
    ),
  ],
};

export const INTEGRATION_SCENARIOS: readonly Scenario[] = [integrateScenario, disintegrateScenario, consultScenario, formBScenario, formCScenario];
