/** Building blocks shared by the scenarios. */
import type { Intent } from '../../machines/simulator';
import { HERSTAPPE } from '../../world/seed';
import type { Service } from '../../world/portal-catalog';
import type { Localised } from '../../world/types';
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

const text = (nl: string, fr: string): Localised => ({ nl, fr });

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
    {
      id: `${prefix}-professionals`,
      narration: text(`${name} meldt zich aan: kies "Ambtenaren en andere professionals".`, `${name} se connecte : choisissez « Fonctionnaires et autres professionnels ».`),
      hint: text('Klik op "Ambtenaren en andere professionals".', 'Cliquez sur « Fonctionnaires et autres professionnels ».'),
      target: 'audience-professionals',
      expects: is('openAudience', (i) => i.audience === 'professionals'),
      perform: () => ({ type: 'openAudience', audience: 'professionals' }),
      isDone: ({ login }) => !login.matches({ portal: 'home' }),
    },
    {
      id: `${prefix}-sector`,
      narration: text('Kies "OCMW\'s & POD Maatschappelijke Integratie".', 'Choisissez « CPAS & SPP Intégration sociale ».'),
      hint: text('Klik op "OCMW\'s & POD Maatschappelijke Integratie".', 'Cliquez sur « CPAS & SPP Intégration sociale ».'),
      target: 'sector-ocmw',
      expects: is('openSector', (i) => i.sector === 'ocmw'),
      perform: () => ({ type: 'openSector', sector: 'ocmw' }),
      isDone: ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || login.matches('csam'),
    },
    ...serviceLoginSteps({ prefix, service: 'primaweb', serviceName: 'Prima-Web', personId, pin, name }),
    enterpriseStep(prefix, ({ login }) => login.matches('confirmed'), o.kbo, o.enterpriseName),
    o.role
      ? applicationStep(prefix, text('Klik op "Applicatie opstarten".', 'Cliquez sur « Démarrer l\'application ».'), ({ login }) => login.matches('roleChoice') || login.matches('primaweb'))
      : applicationStep(
          prefix,
          text(`Klik op "Applicatie opstarten": met één rol komt ${name} rechtstreeks op de startpagina van PrimaWeb.`, `Cliquez sur « Démarrer l'application » : avec un seul rôle, ${name} arrive directement sur la page d'accueil de PrimaWeb.`),
          ({ login }) => login.matches('primaweb'),
        ),
    ...(o.role
      ? [
          {
            id: `${prefix}-role`,
            narration: text(`${name} heeft hier twee rollen: kies "Sociale Agent" en klik op "kiezen".`, `${name} a ici deux rôles : choisissez « Agent social » et cliquez sur « choisir ».`),
            hint: text('Kies "Sociale Agent" en klik op "kiezen".', 'Choisissez « Agent social » et cliquez sur « choisir ».'),
            target: 'role-choice',
            expects: is('chooseRole', (i) => i.role === 'socialeAgent'),
            perform: () => ({ type: 'chooseRole', role: 'socialeAgent' }) as const,
            isDone: ({ login }: StepContext) => login.matches('primaweb'),
          } satisfies ScenarioStep,
        ]
      : []),
  ];
}

/**
 * From the list of online services to the PIN: choose the service, "Start de onlinedienst op",
 * the eID key, the card, the certificate and the PIN of the person whose card is in the reader.
 */
export function serviceLoginSteps(o: { prefix: string; service: Service; serviceName: string; serviceNameFr?: string; personId: string; pin: string; name: string }): ScenarioStep[] {
  const fr = o.serviceNameFr ?? o.serviceName;
  return [
    {
      id: `${o.prefix}-service`,
      narration: text(`Kies de onlinedienst "${o.serviceName}".`, `Choisissez le service en ligne « ${fr} ».`),
      hint: text(`Klik op "${o.serviceName}".`, `Cliquez sur « ${fr} ».`),
      target: `service-${o.service}`,
      expects: is('openService', (i) => i.service === o.service),
      perform: () => ({ type: 'openService', service: o.service }),
      isDone: ({ login }) => (login.matches({ portal: 'service' }) && login.context.service === o.service) || login.matches('csam'),
    },
    {
      id: `${o.prefix}-start`,
      narration: text('Klik op "Start de onlinedienst op".', 'Cliquez sur « Démarrer le service en ligne ».'),
      hint: text('Klik op "Start de onlinedienst op".', 'Cliquez sur « Démarrer le service en ligne ».'),
      target: 'service-start',
      expects: is('startService'),
      perform: () => ({ type: 'startService' }),
      isDone: ({ login }) => login.matches('csam'),
    },
    ...eidSteps(o),
  ];
}

/** "Aanmelden met eID", "Bevestigen", the certificate and the PIN of the person whose card is in the reader. */
export function eidSteps(o: { prefix: string; personId: string; pin: string; name: string }): ScenarioStep[] {
  return [
    {
      id: `${o.prefix}-key`,
      narration: text('Kies "Aanmelden met eID".', 'Choisissez « Se connecter avec l\'eID ».'),
      hint: text('Klik op "Aanmelden met eID".', 'Cliquez sur « Se connecter avec l\'eID ».'),
      target: 'key-eid',
      expects: is('chooseKey', (i) => i.key === 'eid'),
      perform: () => ({ type: 'chooseKey', key: 'eid' }),
      isDone: ({ login }) => ['eidConfirm', 'certificate', 'pin'].some((s) => login.matches({ csam: s as 'pin' })),
    },
    {
      // "-eid-": an application's own "Bevestigen" step is often named "<prefix>-confirm".
      id: `${o.prefix}-eid-confirm`,
      narration: text(`De kaart van ${o.name} zit in de lezer: klik op "Bevestigen".`, `La carte de ${o.name} est dans le lecteur : cliquez sur « Confirmer ».`),
      hint: text('Klik op "Bevestigen".', 'Cliquez sur « Confirmer ».'),
      target: 'eid-confirm',
      expects: is('confirmEid'),
      perform: () => ({ type: 'confirmEid' }),
      isDone: ({ login }) => login.matches({ csam: 'certificate' }) || login.matches({ csam: 'pin' }),
    },
    {
      id: `${o.prefix}-certificate`,
      narration: text(`Kies het certificaat "${o.name} (Authentication)" en klik op "OK".`, `Choisissez le certificat « ${o.name} (Authentication) » et cliquez sur « OK ».`),
      hint: text(`Kies "${o.name} (Authentication)" en klik op "OK".`, `Choisissez « ${o.name} (Authentication) » et cliquez sur « OK ».`),
      target: 'certificate-dialog',
      expects: is('selectCertificate', (i) => i.personId === o.personId),
      perform: () => ({ type: 'selectCertificate', personId: o.personId }),
      isDone: ({ login }) => login.matches({ csam: 'pin' }),
    },
    {
      id: `${o.prefix}-pin`,
      narration: text(`Voer de pincode van ${o.name} in (demopincode ${o.pin}) en klik op "OK".`, `Introduisez le code PIN de ${o.name} (code de démonstration ${o.pin}) et cliquez sur « OK ».`),
      hint: text(`Typ ${o.pin} en klik op "OK".`, `Tapez ${o.pin} et cliquez sur « OK ».`),
      target: 'pin-dialog',
      expects: is('submitPin', (i) => i.pin === o.pin),
      perform: () => ({ type: 'submitPin', pin: o.pin }),
      isDone: ({ login }) => login.matches('enterprise') || login.matches('confirmed') || login.matches('toegangsbeheer'),
    },
  ];
}

/**
 * An enterprise (OCMW HERSTAPPE unless said otherwise) in the list of enterprises after the PIN;
 * `next` says in the narration where that leads (ChaMan and OCMW-configuratie open at once).
 */
export function enterpriseStep(prefix: string, isDone: (ctx: StepContext) => boolean, kbo = HERSTAPPE, name = 'OCMW HERSTAPPE', next?: Localised): ScenarioStep {
  return {
    id: `${prefix}-enterprise`,
    narration: text(`Kies "${name}".${next ? ` ${next.nl}` : ''}`, `Choisissez « ${name} ».${next ? ` ${next.fr}` : ''}`),
    hint: text(`Klik op "${name}".`, `Cliquez sur « ${name} ».`),
    target: 'enterprise-list',
    expects: is('chooseEnterprise', (i) => i.kbo === kbo),
    perform: () => ({ type: 'chooseEnterprise', kbo }),
    isDone,
  };
}

/** PrimaWeb's "Applicatie opstarten", with what happens next in the narration. */
export function applicationStep(prefix: string, narration: Localised, isDone: (ctx: StepContext) => boolean): ScenarioStep {
  return {
    id: `${prefix}-application`,
    narration,
    hint: text('Klik op "Applicatie opstarten".', 'Cliquez sur « Démarrer l\'application ».'),
    target: 'application-start',
    expects: is('startApplication'),
    perform: () => ({ type: 'startApplication' }),
    isDone,
  };
}
