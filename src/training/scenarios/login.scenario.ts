/**
 * "Aanmelden in PrimaWeb": the eLearning narration of 001/002, step by step, as the default
 * social worker of OCMW Herstappe (whose card is in the reader and who holds both roles).
 */
import { text } from '../../i18n/text';
import { checkPinFormat } from '../../domain/pin';
import type { Intent } from '../../machines/simulator';
import { insertCard, unblockCard } from '../../world/eid';
import { closeSession } from '../../world/primaweb';
import { DEFAULT_CARD, HERSTAPPE } from '../../world/seed';
import type { Scenario, ScenarioStep, StepContext } from '../scenario';
import { TITLES } from '../titles';

const is =
  <T extends Intent['type']>(type: T, match?: (intent: Extract<Intent, { type: T }>, ctx: StepContext) => boolean) =>
  (intent: Intent, ctx: StepContext) =>
    intent.type === type && (!match || match(intent as Extract<Intent, { type: T }>, ctx));

const cardHolder = (ctx: StepContext) => ctx.world.readerCardId ?? DEFAULT_CARD;
const pinOf = (ctx: StepContext) => ctx.world.people.find((p) => p.id === cardHolder(ctx))?.pin ?? '';

const steps: ScenarioStep[] = [
  {
    id: 'professionals',
    narration: text('sc.login.professionals.narration'),
    hint: text('sc.steps.professionals.hint'),
    target: 'audience-professionals',
    expects: is('openAudience', (i) => i.audience === 'professionals'),
    perform: () => ({ type: 'openAudience', audience: 'professionals' }),
    isDone: ({ login }) => !login.matches({ portal: 'home' }) && !login.matches('boot'),
  },
  {
    id: 'sector',
    narration: text('sc.login.sector.narration'),
    hint: text('sc.steps.sector.hint'),
    target: 'sector-ocmw',
    expects: is('openSector', (i) => i.sector === 'ocmw'),
    perform: () => ({ type: 'openSector', sector: 'ocmw' }),
    isDone: ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || login.matches('csam'),
  },
  {
    id: 'service',
    narration: text('sc.login.service.narration'),
    hint: text('sc.login.service.hint'),
    target: 'service-primaweb',
    expects: is('openService', (i) => i.service === 'primaweb'),
    perform: () => ({ type: 'openService', service: 'primaweb' }),
    isDone: ({ login }) => (login.matches({ portal: 'service' }) && login.context.service === 'primaweb') || login.matches('csam'),
  },
  {
    id: 'start',
    narration: text('sc.login.start.narration'),
    hint: text('sc.steps.start.narration'),
    target: 'service-start',
    expects: is('startService'),
    perform: () => ({ type: 'startService' }),
    isDone: ({ login }) => login.matches('csam'),
  },
  {
    id: 'key',
    narration: text('sc.login.key.narration'),
    hint: text('sc.steps.key.hint'),
    target: 'key-eid',
    expects: is('chooseKey', (i) => i.key === 'eid'),
    perform: () => ({ type: 'chooseKey', key: 'eid' }),
    isDone: ({ login }) => login.matches({ csam: 'eidConfirm' }) || login.matches({ csam: 'certificate' }) || login.matches({ csam: 'pin' }),
  },
  {
    id: 'confirm',
    narration: text('sc.login.confirm.narration'),
    hint: text('sc.login.confirm.hint'),
    target: 'eid-confirm',
    expects: is('confirmEid'),
    perform: () => ({ type: 'confirmEid' }),
    isDone: ({ login }) => login.matches({ csam: 'certificate' }) || login.matches({ csam: 'pin' }),
  },
  {
    id: 'certificate',
    narration: text('sc.login.certificate.narration'),
    hint: text('sc.login.certificate.hint'),
    target: 'certificate-dialog',
    expects: (intent, ctx) => intent.type === 'selectCertificate' && intent.personId === cardHolder(ctx),
    wrongFeedback: (intent) =>
      intent.type === 'selectCertificate'
        ? text('sc.login.certificate.wrongFeedback')
        : null,
    perform: (ctx) => ({ type: 'selectCertificate', personId: cardHolder(ctx) }),
    isDone: ({ login }) => login.matches({ csam: 'pin' }),
  },
  {
    id: 'pin',
    narration: text('sc.login.pin.narration'),
    hint: text('sc.login.pin.hint'),
    target: 'pin-dialog',
    // A badly formed PIN changes nothing and gets the dialog's own message, so it may pass.
    expects: (intent, ctx) => intent.type === 'submitPin' && (intent.pin === pinOf(ctx) || checkPinFormat(intent.pin) !== null),
    wrongFeedback: (intent) =>
      intent.type === 'submitPin'
        ? text('sc.login.pin.wrongFeedback')
        : null,
    perform: (ctx) => ({ type: 'submitPin', pin: pinOf(ctx) }),
    isDone: ({ login }) => login.matches('enterprise') || login.matches('confirmed'),
  },
  {
    id: 'enterprise',
    narration: text('sc.login.enterprise.narration'),
    hint: text('sc.login.enterprise.hint'),
    target: 'enterprise-list',
    expects: is('chooseEnterprise', (i) => i.kbo === HERSTAPPE),
    perform: () => ({ type: 'chooseEnterprise', kbo: HERSTAPPE }),
    isDone: ({ login }) => login.matches('confirmed'),
  },
  {
    id: 'application',
    narration: text('sc.login.application.narration'),
    hint: text('sc.steps.loginStepsFor.applicationStep1'),
    target: 'application-start',
    expects: is('startApplication'),
    perform: () => ({ type: 'startApplication' }),
    isDone: ({ login }) => login.matches('roleChoice') || login.matches('primaweb'),
  },
  {
    id: 'role',
    narration: text('sc.login.role.narration'),
    hint: text('sc.login.role.hint'),
    target: 'role-choice',
    expects: is('chooseRole', (i) => i.role === 'socialeAgent'),
    perform: () => ({ type: 'chooseRole', role: 'socialeAgent' }),
    isDone: ({ login }) => login.matches('primaweb'),
  },
];

export const loginScenario: Scenario = {
  id: 'aanmelden-primaweb',
  title: TITLES['aanmelden-primaweb'],
  summary: text('sc.login.aanmelden-primaweb.summary'),
  outro: text('sc.login.aanmelden-primaweb.outro'),
  prepare: (world) => {
    const withCard = insertCard(unblockCard(closeSession(world), DEFAULT_CARD), DEFAULT_CARD);
    return withCard;
  },
  startPage: { page: 'home' },
  steps,
};

