/**
 * Turns what the learner does (intents) into world commands and login-machine events.
 * Every intent passes the gate first: in guided mode the scenario runner refuses intents that
 * are not the step's, so a wrong click or entry changes nothing.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { PrimawebRole } from '../domain/roles';
import type { Locale } from '../i18n/locales';
import { checkCertificate, verifyPin } from '../world/eid';
import type { Audience, DigitalKey, Sector, Service } from '../world/portal-catalog';
import { closeSession, entitiesFor, openPrimawebSession, primawebRolesAt } from '../world/primaweb';
import { loginMachine, type LoginEvent, type PortalPage } from './login.machine';
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
  | { type: 'chooseRole'; role: PrimawebRole }
  | { type: 'navigate'; to: PortalPage }
  | { type: 'retry' }
  | { type: 'cancel' }
  | { type: 'back' }
  | { type: 'logout' };

export type LoginSnapshot = SnapshotFrom<typeof loginMachine>;

/** Returns true to let the intent through. */
export type IntentGate = (intent: LoginIntent) => boolean;

export interface LoginController {
  getSnapshot(): LoginSnapshot;
  subscribe(listener: (snapshot: LoginSnapshot) => void): () => void;
  /** Performs an intent; false when the gate refused it or the current screen does not offer it. */
  perform(intent: LoginIntent): boolean;
  setGate(gate: IntentGate | null): void;
  /** Starts the flow again from the world as it is now (after a reset or another tab's change). */
  restart(page?: PortalPage | null): void;
  stop(): void;
}

export function createLoginController(world: WorldAccess, locale: () => Locale, page: PortalPage | null = null): LoginController {
  let gate: IntentGate | null = null;
  const listeners = new Set<(snapshot: LoginSnapshot) => void>();

  function start(startPage: PortalPage | null) {
    const session = world.get().session;
    const created = createActor(loginMachine, {
      input: { session: session ? { personId: session.personId, kbo: session.kbo, role: session.role } : null, page: startPage },
    });
    created.subscribe((snapshot) => listeners.forEach((l) => l(snapshot)));
    created.start();
    return created;
  }
  let actor = start(page);

  /**
   * Plans an intent without changing anything: the machine event and, where the intent changes the
   * world, the world after it. Nothing is applied unless the current screen accepts the event.
   */
  function plan(intent: LoginIntent): { event: LoginEvent; world?: World } | null {
    const ctx = actor.getSnapshot().context;
    const now = world.get();
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
        return { event: { type: 'SUBMIT_PIN', verdict, entityCount: entitiesFor(next, ctx.personId).length }, world: next };
      }
      case 'chooseEnterprise':
        return { event: { type: 'CHOOSE_ENTERPRISE', kbo: intent.kbo } };
      case 'startApplication': {
        if (!ctx.personId || !ctx.kbo) return null;
        const roles = primawebRolesAt(now, ctx.personId, ctx.kbo);
        const only = roles.length === 1 ? roles[0] : undefined;
        const event: LoginEvent = { type: 'START_APPLICATION', roles };
        if (!only) return { event };
        const opened = openPrimawebSession(now, ctx.personId, ctx.kbo, only, locale());
        return opened.ok ? { event, world: opened.world } : null;
      }
      case 'chooseRole': {
        if (!ctx.personId || !ctx.kbo) return null;
        const opened = openPrimawebSession(now, ctx.personId, ctx.kbo, intent.role, locale());
        return opened.ok ? { event: { type: 'CHOOSE_ROLE', role: intent.role }, world: opened.world } : null;
      }
      case 'navigate':
        return { event: { type: 'NAVIGATE', to: intent.to } };
      case 'retry':
        return { event: { type: 'RETRY' } };
      case 'cancel':
        return { event: { type: 'CANCEL' } };
      case 'back':
        return { event: { type: 'BACK' } };
      case 'logout':
        return { event: { type: 'LOGOUT' }, world: now.session ? closeSession(now) : undefined };
    }
  }

  return {
    getSnapshot: () => actor.getSnapshot(),
    subscribe(listener) {
      listeners.add(listener);
      listener(actor.getSnapshot());
      return () => listeners.delete(listener);
    },
    perform(intent) {
      const planned = plan(intent);
      if (!planned || !actor.getSnapshot().can(planned.event)) return false;
      if (gate && !gate(intent)) return false;
      if (planned.world && planned.world !== world.get()) {
        const next = planned.world;
        world.update(() => next);
      }
      actor.send(planned.event);
      return true;
    },
    setGate(next) {
      gate = next;
    },
    restart(startPage = null) {
      actor.stop();
      actor = start(startPage);
      listeners.forEach((l) => l(actor.getSnapshot()));
    },
    stop: () => actor.stop(),
  };
}
