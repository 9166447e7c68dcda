/**
 * Turns what the learner does in the login flow (intents) into world commands and login-machine
 * events. The intent hub (intents.ts) asks its gate before any of them is carried out.
 */
import type { SnapshotFrom } from 'xstate';
import type { AppRole } from '../domain/roles';
import type { Locale } from '../i18n/locales';
import { checkCertificate, verifyPin } from '../world/eid';
import type { Audience, DigitalKey, Sector, Service } from '../world/portal-catalog';
import { appRolesAt, openAppSession } from '../world/portal-apps';
import { closeSession, entitiesFor, openPrimawebSession } from '../world/primaweb';
import { loginMachine, type LoginAudience, type LoginContext, type LoginEvent, type LoginInput, type PortalPage } from './login.machine';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import type { WorldAccess } from './world-access';
import type { World } from '../world/types';

export type LoginIntent =
  | { type: 'openAudience'; audience: Audience }
  | { type: 'openSector'; sector: Sector }
  | { type: 'openService'; service: Service }
  | { type: 'startService' }
  | { type: 'chooseKey'; key: DigitalKey }
  | { type: 'confirmEid' }
  | { type: 'selectCertificate'; personId: string }
  | { type: 'submitPin'; pin: string }
  | { type: 'chooseEnterprise'; kbo: string }
  | { type: 'startApplication' }
  | { type: 'chooseRole'; role: AppRole }
  | { type: 'navigate'; to: PortalPage }
  | { type: 'search'; query: string }
  | { type: 'openAllServices' }
  | { type: 'chooseLoginAudience'; audience: LoginAudience }
  | { type: 'openCsamManagers' }
  | { type: 'retry' }
  | { type: 'cancel' }
  | { type: 'back' }
  | { type: 'logout' };

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
 * Plans an intent without changing anything: the machine event and, where the intent changes the
 * world, the world after it.
 */
function planLogin(intent: LoginIntent, ctx: LoginContext, now: World, locale: () => Locale): Planned<LoginEvent> | null {
  switch (intent.type) {
    case 'openAudience':
      return { event: { type: 'OPEN_AUDIENCE', audience: intent.audience } };
    case 'openSector':
      return { event: { type: 'OPEN_SECTOR', sector: intent.sector } };
    case 'openService':
      return { event: { type: 'OPEN_SERVICE', service: intent.service } };
    case 'startService':
      return { event: { type: 'START_SERVICE' } };
    case 'chooseKey':
      return { event: { type: 'CHOOSE_KEY', key: intent.key } };
    case 'confirmEid':
      return { event: { type: 'CONFIRM_EID', cardPresent: now.readerCardId !== null } };
    case 'selectCertificate':
      return { event: { type: 'SELECT_CERTIFICATE', personId: intent.personId, check: checkCertificate(now, intent.personId) } };
    case 'submitPin': {
      if (!ctx.personId) return null;
      const { world: next, verdict } = verifyPin(now, ctx.personId, intent.pin);
      const event: LoginEvent = { type: 'SUBMIT_PIN', verdict, entityCount: entitiesFor(next, ctx.personId).length };
      // Toegangsbeheer opens right after the PIN; its home page lists the enterprises.
      if (verdict.kind === 'ok' && ctx.service === 'toegangsbeheer') return { event, world: openAppSession(next, 'toegangsbeheer', ctx.personId, null) };
      return { event, world: next };
    }
    case 'chooseEnterprise': {
      if (!ctx.personId) return null;
      const roles = appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, intent.kbo);
      const event: LoginEvent = { type: 'CHOOSE_ENTERPRISE', kbo: intent.kbo, roles };
      // ChaMan opens with the enterprise (004); OCMW-configuratie shows its role choice next.
      if (ctx.service === 'chaman' && roles.includes('chaman')) return { event, world: openAppSession(now, 'chaman', ctx.personId, intent.kbo) };
      return { event };
    }
    case 'startApplication': {
      if (!ctx.personId || !ctx.kbo) return null;
      const roles = appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo);
      const only = roles.length === 1 ? roles[0] : undefined;
      const event: LoginEvent = { type: 'START_APPLICATION', roles };
      // "Applicatie opstarten" is PrimaWeb's: with a single role PrimaWeb opens at once, else the role choice shows.
      if (!only) return { event };
      if (only === 'ocmwConfiguratie' || only === 'chaman') return null;
      const opened = openPrimawebSession(now, ctx.personId, ctx.kbo, only, locale());
      return opened.ok ? { event, world: opened.world } : null;
    }
    case 'chooseRole': {
      if (!ctx.personId || !ctx.kbo) return null;
      if (!appRolesAt(now, ctx.service ?? 'primaweb', ctx.personId, ctx.kbo).includes(intent.role)) return null;
      if (intent.role === 'ocmwConfiguratie') {
        return { event: { type: 'CHOOSE_ROLE', role: intent.role }, world: openAppSession(now, 'ocmwConfiguratie', ctx.personId, ctx.kbo) };
      }
      if (intent.role === 'chaman') return null;
      const opened = openPrimawebSession(now, ctx.personId, ctx.kbo, intent.role, locale());
      return opened.ok ? { event: { type: 'CHOOSE_ROLE', role: intent.role }, world: opened.world } : null;
    }
    case 'navigate':
      return { event: { type: 'NAVIGATE', to: intent.to } };
    case 'search':
      return { event: { type: 'SEARCH', query: intent.query } };
    case 'openAllServices':
      return { event: { type: 'OPEN_ALL_SERVICES' } };
    case 'chooseLoginAudience':
      return { event: { type: 'CHOOSE_LOGIN_AUDIENCE', audience: intent.audience } };
    case 'openCsamManagers':
      return { event: { type: 'OPEN_CSAM_MANAGERS' } };
    case 'retry':
      return { event: { type: 'RETRY' } };
    case 'cancel':
      return { event: { type: 'CANCEL' } };
    case 'back':
      return { event: { type: 'BACK' } };
    case 'logout':
      return { event: { type: 'LOGOUT' }, world: now.session || now.appSession ? closeSession(now) : undefined };
  }
}
