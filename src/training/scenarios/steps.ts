/** Building blocks shared by the scenarios. */
import { text, type Text } from '../../i18n/text';
import type { Intent } from '../../machines/simulator';
import { HERSTAPPE } from '../../world/seed';
import type { Service } from '../../world/portal-catalog';
import type { AppRole } from '../../domain/roles';
import type { ScenarioStep, StepContext } from '../scenario';

/** Matches an intent by type, and optionally by its fields. */
export const is =
  <T extends Intent['type']>(type: T, match?: (intent: Extract<Intent, { type: T }>, ctx: StepContext) => boolean) =>
  (intent: Intent, ctx: StepContext) =>
    intent.type === type && (!match || match(intent as Extract<Intent, { type: T }>, ctx));

/** Any of the given matchers. */
export const anyOf =
  (...matchers: ((intent: Intent, ctx: StepContext) => boolean)[]) =>
  (intent: Intent, ctx: StepContext) =>
    matchers.some((m) => m(intent, ctx));

/** Filling in the profile form is free while a step of the editor is current. */
export const editing = anyOf(
  is('pw.setDescription'),
  is('pw.toggleFunction'),
  is('pw.selectAll'),
  is('pw.clearFunctions'),
  is('pw.applyPredefined'),
);

/** "Ambtenaren en andere professionals" on the portal's home. */
export const professionalsStep = (
  id: string,
  narration: Text,
  isDone: ScenarioStep['isDone'] = ({ login }) => !login.matches({ portal: 'home' }),
  expects: ScenarioStep['expects'] = is('openAudience', (i) => i.audience === 'professionals'),
): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.steps.professionals.hint'),
  target: 'audience-professionals',
  expects,
  perform: () => ({ type: 'openAudience', audience: 'professionals' }),
  isDone,
});

/** "OCMW's & POD Maatschappelijke Integratie"; by default done on the services, a service or CSAM. */
export const sectorStep = (
  id: string,
  narration: Text,
  isDone: ScenarioStep['isDone'] = ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || login.matches('csam'),
): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.steps.sector.hint'),
  target: 'sector-ocmw',
  expects: is('openSector', (i) => i.sector === 'ocmw'),
  perform: () => ({ type: 'openSector', sector: 'ocmw' }),
  isDone,
});

/** "Start de onlinedienst op". */
export const startStep = (id: string, narration: Text = text('sc.steps.start.narration')): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.steps.start.narration'),
  target: 'service-start',
  expects: is('startService'),
  perform: () => ({ type: 'startService' }),
  isDone: ({ login }) => login.matches('csam'),
});

/** CSAM's "Aanmelden met eID". */
export const keyStep = (id: string, narration: Text = text('sc.steps.key.narration')): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.steps.key.hint'),
  target: 'key-eid',
  expects: is('chooseKey', (i) => i.key === 'eid'),
  perform: () => ({ type: 'chooseKey', key: 'eid' }),
  isDone: ({ login }) => ['eidConfirm', 'certificate', 'pin'].some((s) => login.matches({ csam: s as 'pin' })),
});

/** CSAM's "Bevestigen" before the certificate. */
export const eidConfirmStep = (id: string, narration: Text, hint: Text): ScenarioStep => ({
  id,
  narration,
  hint,
  target: 'eid-confirm',
  expects: is('confirmEid'),
  perform: () => ({ type: 'confirmEid' }),
  isDone: ({ login }) => login.matches({ csam: 'certificate' }) || login.matches({ csam: 'pin' }),
});

/** The role to work in, after "Applicatie opstarten". */
export const roleStep = (
  id: string,
  narration: Text,
  hint: Text,
  role: AppRole = 'socialeAgent',
  isDone: ScenarioStep['isDone'] = ({ login }) => login.matches({ session: 'primaweb' }),
): ScenarioStep => ({
  id,
  narration,
  hint,
  target: 'role-choice',
  expects: is('chooseRole', (i) => i.role === role),
  perform: () => ({ type: 'chooseRole', role }),
  isDone,
});

/** Toegangsbeheer: the enterprise in the list of the manager's enterprises. */
export const tbEnterpriseStep = (id: string, kbo: string, narration: Text, hint: Text): ScenarioStep => ({
  id,
  narration,
  hint,
  target: 'tb-enterprise',
  expects: is('tb.selectEnterprise', (i) => i.kbo === kbo),
  perform: () => ({ type: 'tb.selectEnterprise', kbo }),
  isDone: ({ toegangsbeheer }) => toegangsbeheer.context.kbo === kbo,
});

/** Toegangsbeheer: the enterprise's role "Lokale beheerder". */
export const tbRoleStep = (id: string, kbo: string, narration: Text): ScenarioStep => ({
  id,
  narration,
  hint: text('sc.toegangsbeheer.role.hint'),
  target: 'tb-role-lb',
  expects: is('tb.openRole', (i) => i.kbo === kbo),
  perform: () => ({ type: 'tb.openRole', kbo, as: 'lb' }),
  isDone: ({ toegangsbeheer }) => !toegangsbeheer.matches('home'),
});

/** Toegangsbeheer's menu "Gebruikers"; by default done on its list. */
export const tbUsersStep = (
  id: string,
  hint: Text,
  narration: Text = text('sc.toegangsbeheer.users.narration'),
  isDone: ScenarioStep['isDone'] = ({ toegangsbeheer }) => toegangsbeheer.matches('users'),
): ScenarioStep => ({
  id,
  narration,
  hint,
  target: 'tb-menu-users',
  expects: is('tb.users'),
  perform: () => ({ type: 'tb.users' }),
  isDone,
});

/** PrimaWeb's "Afmelden"; by default done once the session has ended. */
export const logoutStep = (
  narration: Text,
  hint: Text,
  isDone: ScenarioStep['isDone'] = ({ world, login }) => world.session === null && !login.matches({ session: 'primaweb' }),
): ScenarioStep => ({
  id: 'logout',
  narration,
  hint,
  target: 'pw-logout',
  expects: is('logout'),
  perform: () => ({ type: 'logout' }),
  isDone,
});

/** A colleague's card in the reader. */
export const cardStep = (personId: string, narration: Text, hint: Text): ScenarioStep => ({
  id: 'card',
  narration,
  hint,
  target: 'reader',
  expects: is('reader.insert', (i) => i.personId === personId),
  perform: () => ({ type: 'reader.insert', personId }),
  isDone: ({ world }) => world.readerCardId === personId,
});

/**
 * The login of 001 in ten short steps, for a colleague whose card is in the reader (used where a
 * scenario changes persona: the administrator logs out, the agent logs in).
 */
export function loginStepsFor(
  personId: string,
  pin: string,
  name: string,
  /** Another enterprise than Herstappe (the transition phase), another prefix for a second login, a role to choose. */
  o: { prefix?: string; kbo?: string; enterpriseName?: string; role?: 'socialeAgent' } = {},
): ScenarioStep[] {
  const prefix = o.prefix ?? 'relogin';
  return [
    professionalsStep(`${prefix}-professionals`, text('sc.steps.professionals.narration', { name })),
    sectorStep(`${prefix}-sector`, text('sc.steps.sector.narration')),
    ...serviceLoginSteps({ prefix, service: 'primaweb', serviceName: 'Prima-Web', personId, pin, name }),
    enterpriseStep(prefix, ({ login }) => login.matches({ session: 'confirmed' }), o.kbo, o.enterpriseName),
    o.role
      ? applicationStep(`${prefix}-application`, text('sc.steps.loginStepsFor.applicationStep1'), ({ login }) => login.matches({ session: 'roleChoice' }) || login.matches({ session: 'primaweb' }))
      : applicationStep(
          `${prefix}-application`,
          text('sc.steps.loginStepsFor.applicationStep12', { name }),
          ({ login }) => login.matches({ session: 'primaweb' }),
        ),
    ...(o.role ? [roleStep(`${prefix}-role`, text('sc.steps.role.narration', { name }), text('sc.steps.role.hint'))] : []),
  ];
}

/**
 * From the list of online services to the PIN: choose the service, "Start de onlinedienst op",
 * the eID key, the card, the certificate and the PIN of the person whose card is in the reader.
 */
export function serviceLoginSteps(o: { prefix: string; service: Service; serviceName: string; serviceNameFr?: string; personId: string; pin: string; name: string }): ScenarioStep[] {
  // The service's name as the portal's list shows it in each language.
  const service = { nl: o.serviceName, fr: o.serviceNameFr ?? o.serviceName };
  return [
    {
      id: `${o.prefix}-service`,
      narration: text('sc.steps.service.narration', { service }),
      hint: text('sc.steps.service.hint', { service }),
      target: `service-${o.service}`,
      expects: is('openService', (i) => i.service === o.service),
      perform: () => ({ type: 'openService', service: o.service }),
      isDone: ({ login }) => (login.matches({ portal: 'service' }) && login.context.service === o.service) || login.matches('csam'),
    },
    startStep(`${o.prefix}-start`),
    ...eidSteps(o),
  ];
}

/** "Aanmelden met eID", "Bevestigen", the certificate and the PIN of the person whose card is in the reader. */
export function eidSteps(o: { prefix: string; personId: string; pin: string; name: string }): ScenarioStep[] {
  return [
    keyStep(`${o.prefix}-key`),
    // "-eid-": an application's own "Bevestigen" step is often named "<prefix>-confirm".
    eidConfirmStep(`${o.prefix}-eid-confirm`, text('sc.steps.eid-confirm.narration', { name: o.name }), text('sc.toegangsbeheer.confirm.hint')),
    {
      id: `${o.prefix}-certificate`,
      narration: text('sc.steps.certificate.narration', { name: o.name }),
      hint: text('sc.steps.certificate.hint', { name: o.name }),
      target: 'certificate-dialog',
      expects: is('selectCertificate', (i) => i.personId === o.personId),
      perform: () => ({ type: 'selectCertificate', personId: o.personId }),
      isDone: ({ login }) => login.matches({ csam: 'pin' }),
    },
    {
      id: `${o.prefix}-pin`,
      narration: text('sc.steps.pin.narration', { name: o.name, pin: o.pin }),
      hint: text('sc.steps.pin.hint', { pin: o.pin }),
      target: 'pin-dialog',
      expects: is('submitPin', (i) => i.pin === o.pin),
      perform: () => ({ type: 'submitPin', pin: o.pin }),
      isDone: ({ login }) => login.matches({ session: 'enterprise' }) || login.matches({ session: 'confirmed' }) || login.matches({ session: 'toegangsbeheer' }),
    },
  ];
}

/**
 * An enterprise (OCMW HERSTAPPE unless said otherwise) in the list of enterprises after the PIN;
 * `next` says in the narration where that leads (ChaMan and OCMW-configuratie open at once).
 */
export function enterpriseStep(prefix: string, isDone: (ctx: StepContext) => boolean, kbo = HERSTAPPE, name = 'OCMW HERSTAPPE', next?: Text): ScenarioStep {
  return {
    id: `${prefix}-enterprise`,
    narration: next ? text('sc.steps.enterprise.narrationNext', { name, next }) : text('sc.steps.enterprise.narration', { name }),
    hint: text('sc.steps.enterprise.hint', { name }),
    target: 'enterprise-list',
    expects: is('chooseEnterprise', (i) => i.kbo === kbo),
    perform: () => ({ type: 'chooseEnterprise', kbo }),
    isDone,
  };
}

/** PrimaWeb's "Applicatie opstarten", with what happens next in the narration. */
export function applicationStep(id: string, narration: Text, isDone: (ctx: StepContext) => boolean): ScenarioStep {
  return {
    id,
    narration,
    hint: text('sc.steps.loginStepsFor.applicationStep1'),
    target: 'application-start',
    expects: is('startApplication'),
    perform: () => ({ type: 'startApplication' }),
    isDone,
  };
}
