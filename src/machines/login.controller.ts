/**
 * Turns what the learner does in the login flow (intents) into world commands and login-machine
 * events. An event is its intent, with the facts only the world decides (LoginFacts) added; an
 * intent the world has no say in goes to the machine as it is. The intent hub (intents.ts) asks
 * its gate before any of them is carried out.
 */
import type { SnapshotFrom } from 'xstate';
import { worldLocaleOf, type Locale } from '../i18n/locales';
import { checkCertificate, verifyPin } from '../world/eid';
import { appRolesAt, openAppSession } from '../world/portal-apps';
import { closeSession, entitiesFor, openPrimawebSession } from '../world/primaweb';
import { loginMachine, type LoginContext, type LoginEvent, type LoginInput, type LoginIntent, type PortalPage } from './login.machine';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import type { WorldAccess } from './world-access';
import type { World } from '../world/types';

export type { LoginIntent };

export type LoginSnapshot = SnapshotFrom<typeof loginMachine>;
export type LoginController = MachineController<typeof loginMachine, LoginIntent>;

/** The login flow, started on the page of the address bar, or back in the application whose session is open. */
export function loginInput(world: World, page: PortalPage | null): LoginInput {
  const session = world.session;
  const app = world.appSession;
  return {
    session: session ? { personId: session.personId, kbo: session.kbo, role: session.role } : null,
    appSession: app ? { service: app.service, personId: app.personId, kbo: app.kbo } : null,
    page,
  };
}

export function createLoginController(world: WorldAccess, locale: () => Locale, page: PortalPage | null = null): LoginController {
  return createMachineController({
    machine: loginMachine,
    world,
    input: loginInput(world.get(), page),
    plan: (intent: LoginIntent, snapshot, now) => planLogin(intent, snapshot.context, now),
    // The sessions open and close with the states the machine enters (its named actions): the
    // machine decides where the learner goes, the world follows in the same step.
    provide: (stage) => ({
      actions: {
        openToegangsbeheerSession: ({ context }: { context: LoginContext }) => {
          if (context.personId) stage.set(openAppSession(stage.get(), 'toegangsbeheer', context.personId, null));
        },
        openChamanSession: ({ context }: { context: LoginContext }) => {
          if (context.personId) stage.set(openAppSession(stage.get(), 'chaman', context.personId, context.kbo));
        },
        openOcmwConfigSession: ({ context }: { context: LoginContext }) => {
          if (context.personId) stage.set(openAppSession(stage.get(), 'ocmwConfiguratie', context.personId, context.kbo));
        },
        openPrimawebSession: ({ context }: { context: LoginContext }) => {
          if (!context.personId || !context.kbo || !context.role || context.role === 'ocmwConfiguratie' || context.role === 'chaman') return;
          // The role is one the plan found at this enterprise (startApplication, chooseRole), so the opening succeeds.
          const opened = openPrimawebSession(stage.get(), context.personId, context.kbo, context.role, worldLocaleOf(locale()));
          if (opened.ok) stage.set(opened.world);
        },
        closeSession: () => {
          const now = stage.get();
          if (now.session || now.appSession) stage.set(closeSession(now));
        },
      },
    }),
  });
}

/**
 * Plans an intent without changing anything: the machine event (the intent, with the world's facts
 * spread last, so a forged fact in an intent never counts) and, where the intent changes the world,
 * the world after it. Only the intents the world has a say in have a case; the sessions the login
 * opens are the machine's named actions (above).
 */
function planLogin(intent: LoginIntent, ctx: LoginContext, now: World): Planned<LoginEvent> | null {
  switch (intent.type) {
    case 'confirmEid':
      return { event: { ...intent, cardPresent: now.readerCardId !== null } };
    case 'selectCertificate':
      return { event: { ...intent, check: checkCertificate(now, intent.personId) } };
    case 'submitPin': {
      if (!ctx.personId) return null;
      const { world: next, verdict } = verifyPin(now, ctx.personId, intent.pin);
      return { event: { ...intent, verdict, entityCount: entitiesFor(next, ctx.personId).length }, world: next };
    }
    case 'chooseEnterprise':
      if (!ctx.personId) return null;
      return { event: { ...intent, roles: appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, intent.kbo) } };
    case 'startApplication': {
      if (!ctx.personId || !ctx.kbo) return null;
      const roles = appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo);
      // "Applicatie opstarten" is PrimaWeb's: a single role of another application does not start it.
      if (roles.length === 1 && (roles[0] === 'ocmwConfiguratie' || roles[0] === 'chaman')) return null;
      return { event: { ...intent, roles } };
    }
    case 'chooseRole':
      if (!ctx.personId || !ctx.kbo) return null;
      // Only a role the person holds at this enterprise, and ChaMan is never chosen here.
      if (intent.role === 'chaman' || !appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo).includes(intent.role)) return null;
      return { event: intent };
    default:
      return { event: intent };
  }
}
