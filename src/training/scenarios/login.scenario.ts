/**
 * "Aanmelden in PrimaWeb": the eLearning narration of 001/002, step by step, as the default
 * social worker of OCMW Herstappe (whose card is in the reader and who holds both roles).
 */
import { text } from '../../i18n/text';
import { checkPinFormat } from '../../domain/pin';
import { insertCard, unblockCard } from '../../world/eid';
import { closeSession } from '../../world/primaweb';
import { DEFAULT_CARD, HERSTAPPE } from '../../world/seed';
import type { Scenario, ScenarioStep, StepContext } from '../scenario';
import { TITLES } from '../titles';
import { applicationStep, eidConfirmStep, is, keyStep, professionalsStep, roleStep, sectorStep, startStep } from './steps';

const cardHolder = (ctx: StepContext) => ctx.world.readerCardId ?? DEFAULT_CARD;
const pinOf = (ctx: StepContext) => ctx.world.people.find((p) => p.id === cardHolder(ctx))?.pin ?? '';

const steps: ScenarioStep[] = [
  professionalsStep('professionals', text('sc.login.professionals.narration'), ({ login }) => !login.matches({ portal: 'home' }) && !login.matches('boot')),
  sectorStep('sector', text('sc.login.sector.narration')),
  {
    id: 'service',
    narration: text('sc.login.service.narration'),
    hint: text('sc.login.service.hint'),
    target: 'service-primaweb',
    expects: is('openService', (i) => i.service === 'primaweb'),
    perform: () => ({ type: 'openService', service: 'primaweb' }),
    isDone: ({ login }) => (login.matches({ portal: 'service' }) && login.context.service === 'primaweb') || login.matches('csam'),
  },
  startStep('start', text('sc.login.start.narration')),
  keyStep('key', text('sc.login.key.narration')),
  eidConfirmStep('confirm', text('sc.login.confirm.narration'), text('sc.login.confirm.hint')),
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
    isDone: ({ login }) => login.matches({ session: 'enterprise' }) || login.matches({ session: 'confirmed' }),
  },
  {
    id: 'enterprise',
    narration: text('sc.login.enterprise.narration'),
    hint: text('sc.login.enterprise.hint'),
    target: 'enterprise-list',
    expects: is('chooseEnterprise', (i) => i.kbo === HERSTAPPE),
    perform: () => ({ type: 'chooseEnterprise', kbo: HERSTAPPE }),
    isDone: ({ login }) => login.matches({ session: 'confirmed' }),
  },
  applicationStep('application', text('sc.login.application.narration'), ({ login }) => login.matches({ session: 'roleChoice' }) || login.matches({ session: 'primaweb' })),
  roleStep('role', text('sc.login.role.narration'), text('sc.login.role.hint')),
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

