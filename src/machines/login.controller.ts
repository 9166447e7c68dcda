/**
 * Turns what the learner does in the login flow (intents) into world commands and login-machine
 * events. An event is its intent, with the facts only the world decides (LoginFacts) added; an
 * intent the world has no say in goes to the machine as it is. The intent hub (intents.ts) asks
 * its gate before any of them is carried out.
 */
import type { SnapshotFrom } from 'xstate';
import type { Locale } from '../i18n/locales';
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
    plan: (intent: LoginIntent, snapshot, now) => planLogin(intent, snapshot.context, now, locale),
  });
}

/**
 * Plans an intent without changing anything: the machine event (the intent, with the world's facts
 * spread last, so a forged fact in an intent never counts) and, where the intent changes the world,
 * the world after it. Only the intents the world has a say in have a case.
 */
function planLogin(intent: LoginIntent, ctx: LoginContext, now: World, locale: () => Locale): Planned<LoginEvent> | null {
  switch (intent.type) {
    case 'confirmEid':
      return { event: { ...intent, cardPresent: now.readerCardId !== null } };
    case 'selectCertificate':
      return { event: { ...intent, check: checkCertificate(now, intent.personId) } };
    case 'submitPin': {
      if (!ctx.personId) return null;
      const { world: next, verdict } = verifyPin(now, ctx.personId, intent.pin);
      const event: LoginEvent = { ...intent, verdict, entityCount: entitiesFor(next, ctx.personId).length };
      // Toegangsbeheer opens right after the PIN; its home page lists the enterprises.
      if (verdict.kind === 'ok' && ctx.service === 'toegangsbeheer') return { event, world: openAppSession(next, 'toegangsbeheer', ctx.personId, null) };
      return { event, world: next };
    }
    case 'chooseEnterprise': {
      if (!ctx.personId) return null;
      const roles = appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, intent.kbo);
      const event: LoginEvent = { ...intent, roles };
      // ChaMan opens with the enterprise (004); OCMW-configuratie shows its role choice next.
      if (ctx.service === 'chaman' && roles.includes('chaman')) return { event, world: openAppSession(now, 'chaman', ctx.personId, intent.kbo) };
      return { event };
    }
    case 'startApplication': {
      if (!ctx.personId || !ctx.kbo) return null;
      const roles = appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo);
      const only = roles.length === 1 ? roles[0] : undefined;
      const event: LoginEvent = { ...intent, roles };
      // "Applicatie opstarten" is PrimaWeb's: with a single role PrimaWeb opens at once, else the role choice shows.
      if (!only) return { event };
      if (only === 'ocmwConfiguratie' || only === 'chaman') return null;
      const opened = openPrimawebSession(now, ctx.personId, ctx.kbo, only, locale());
      return opened.ok ? { event, world: opened.world } : null;
    }
    case 'chooseRole': {
      if (!ctx.personId || !ctx.kbo) return null;
      if (!appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo).includes(intent.role)) return null;
      if (intent.role === 'ocmwConfiguratie') return { event: intent, world: openAppSession(now, 'ocmwConfiguratie', ctx.personId, ctx.kbo) };
      if (intent.role === 'chaman') return null;
      const opened = openPrimawebSession(now, ctx.personId, ctx.kbo, intent.role, locale());
      return opened.ok ? { event: intent, world: opened.world } : null;
    }
    case 'logout':
      return { event: intent, world: now.session || now.appSession ? closeSession(now) : undefined };
    default:
      return { event: intent };
  }
}
