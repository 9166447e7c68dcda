/**
 * Toegangsbeheer's intents ('tb.*'): the learner's clicks, planned against the world of the open
 * session (who is logged in decides what may be done). A bulk action that needs a confirmation or
 * a choice of applications is tried on the world first, so a refusal shows before the question.
 */
import type { SnapshotFrom } from 'xstate';
import { checkInsz } from '../domain/insz';
import { TB_APPLICATIONS, type TbApplication, type TbUserForm } from '../domain/toegangsbeheer';
import {
  addApplications,
  addTbUser,
  blockTbUsers,
  changeLb,
  checkNewUser,
  managerLinksFor,
  removeApplications,
  removeTbUsers,
  rightsAt,
  tbUser,
  unblockTbUsers,
  type TbResult,
} from '../world/toegangsbeheer';
import type { World } from '../world/types';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import { toegangsbeheerMachine, type AddKind, type BulkAction, type Manager, type TbContext, type TbEvent, type UserFilters } from './toegangsbeheer.machine';
import type { WorldAccess } from './world-access';

export type TbIntent =
  | { type: 'tb.selectEnterprise'; kbo: string | null }
  | { type: 'tb.openRole'; kbo: string; as: Manager }
  | { type: 'tb.openEnterprise'; kbo: string }
  | { type: 'tb.openCapacity' }
  | { type: 'tb.appointTb' }
  | { type: 'tb.home' }
  | { type: 'tb.users' }
  | { type: 'tb.search'; filters: UserFilters }
  | { type: 'tb.page'; page: number }
  | { type: 'tb.toggle'; insz: string }
  | { type: 'tb.run'; action: BulkAction }
  | { type: 'tb.confirmBulk'; apps: TbApplication[] }
  | { type: 'tb.chooseAdd'; kind: AddKind }
  | { type: 'tb.next'; insz: string }
  /** The INSZ field and "Volgende" at the bottom of "Gebruikers" (004 l.447, l.657). */
  | { type: 'tb.addByInsz'; insz: string }
  | { type: 'tb.submit'; form: TbUserForm }
  | { type: 'tb.confirmAdd' }
  | { type: 'tb.previous' }
  | { type: 'tb.cancel' };

export type TbSnapshot = SnapshotFrom<typeof toegangsbeheerMachine>;
export type TbController = MachineController<typeof toegangsbeheerMachine, TbIntent>;

export function createTbController(world: WorldAccess): TbController {
  return createMachineController({ machine: toegangsbeheerMachine, world, input: undefined as never, plan: planTb });
}

/** A bulk action's outcome (bulk actions have no form to fail). */
const outcomeOf = (r: TbResult) => (r.ok ? ('done' as const) : r.error === 'form' ? ('notAllowed' as const) : r.error);

function bulk(now: World, actor: string, ctx: TbContext, action: BulkAction, apps: readonly TbApplication[]): TbResult {
  const kbo = ctx.kbo!;
  switch (action) {
    case 'remove':
      return removeTbUsers(now, actor, kbo, ctx.selected);
    case 'block':
      return blockTbUsers(now, actor, kbo, ctx.selected);
    case 'unblock':
      return unblockTbUsers(now, actor, kbo, ctx.selected);
    case 'addApps':
      return addApplications(now, actor, kbo, ctx.selected, apps);
    case 'removeApps':
      return removeApplications(now, actor, kbo, ctx.selected, apps);
  }
}

function planTb(intent: TbIntent, snapshot: TbSnapshot, now: World): Planned<TbEvent> | null {
  const session = now.appSession;
  if (!session || session.service !== 'toegangsbeheer') return null;
  const actor = session.personId;
  const ctx = snapshot.context;
  switch (intent.type) {
    case 'tb.selectEnterprise':
      return { event: { type: 'SELECT_ENTERPRISE', kbo: intent.kbo } };
    case 'tb.openRole':
      // Only the links the home page shows for this person.
      if (!managerLinksFor(now, actor).some((l) => l.kbo === intent.kbo && l.as === intent.as)) return null;
      return { event: { type: 'OPEN_ROLE', kbo: intent.kbo, as: intent.as } };
    case 'tb.openEnterprise':
      // The enterprise's name is a link for its (co-)Hoofdtoegangsbeheerder only.
      if (!managerLinksFor(now, actor).some((l) => l.kbo === intent.kbo && l.as === 'vte')) return null;
      return { event: { type: 'OPEN_ENTERPRISE', kbo: intent.kbo } };
    case 'tb.openCapacity':
      return { event: { type: 'OPEN_CAPACITY' } };
    case 'tb.home':
      return { event: { type: 'HOME' } };
    case 'tb.users':
      return { event: { type: 'OPEN_USERS' } };
    case 'tb.search':
      return { event: { type: 'SEARCH', filters: intent.filters } };
    case 'tb.page':
      return { event: { type: 'GO_PAGE', page: Math.max(1, Math.floor(intent.page)) } };
    case 'tb.toggle':
      return { event: { type: 'TOGGLE', insz: intent.insz } };
    case 'tb.previous':
      return { event: { type: 'PREVIOUS' } };
    case 'tb.cancel':
      return { event: { type: 'CANCEL' } };
  }
  if (!ctx.kbo) return null;
  const kbo = ctx.kbo;
  const count = ctx.selected.length;
  switch (intent.type) {
    case 'tb.run': {
      // Removing asks a confirmation, and applications must be chosen: try first, ask after.
      const asks = intent.action === 'remove' || intent.action === 'addApps' || intent.action === 'removeApps';
      const tried = bulk(now, actor, ctx, intent.action, [TB_APPLICATIONS[0]]);
      if (!tried.ok) return { event: { type: 'RUN', action: intent.action, outcome: outcomeOf(tried), count } };
      if (asks) return { event: { type: 'RUN', action: intent.action, outcome: 'ask', count } };
      return { event: { type: 'RUN', action: intent.action, outcome: 'done', count }, world: tried.world };
    }
    case 'tb.confirmBulk': {
      if (!ctx.action) return null;
      const done = bulk(now, actor, ctx, ctx.action, intent.apps);
      return { event: { type: 'CONFIRM_BULK', apps: intent.apps, outcome: outcomeOf(done), count }, world: done.ok ? done.world : undefined };
    }
    case 'tb.appointTb':
      return rightsAt(now, actor, kbo).appointLb ? { event: { type: 'APPOINT_TB' } } : null;
    case 'tb.chooseAdd': {
      const rights = rightsAt(now, actor, kbo);
      const allowed = intent.kind === 'USER' ? rights.addUser : intent.kind === 'CoLB' ? rights.addCoLb : rights.appointLb;
      return allowed ? { event: { type: 'CHOOSE_ADD', kind: intent.kind } } : null;
    }
    case 'tb.next': {
      const check = checkInsz(intent.insz);
      if (!check.valid) return { event: { type: 'NEXT', insz: intent.insz, verdict: check.error ?? 'checksum' } };
      const existing = tbUser(now, kbo, intent.insz);
      // A TB can be appointed among the users; anyone else with an account is there already.
      const verdict = existing ? (ctx.adding === 'LB' ? (existing.type === 'LB' ? 'exists' : 'overview') : 'exists') : 'form';
      return { event: { type: 'NEXT', insz: check.digits ?? intent.insz, verdict } };
    }
    case 'tb.addByInsz': {
      if (!rightsAt(now, actor, kbo).addUser) return null;
      const check = checkInsz(intent.insz);
      if (!check.valid) return { event: { type: 'ADD_BY_INSZ', insz: intent.insz, verdict: check.error ?? 'checksum' } };
      return { event: { type: 'ADD_BY_INSZ', insz: check.digits ?? intent.insz, verdict: tbUser(now, kbo, intent.insz) ? 'exists' : 'form' } };
    }
    case 'tb.submit': {
      const form = { ...intent.form, insz: ctx.insz };
      return { event: { type: 'SUBMIT_FORM', form, errors: checkNewUser(now, kbo, form) } };
    }
    case 'tb.confirmAdd': {
      if (!ctx.adding) return null;
      const result =
        ctx.adding === 'LB' ? changeLb(now, actor, kbo, ctx.insz, ctx.form) : ctx.form ? addTbUser(now, actor, kbo, ctx.form, ctx.adding) : null;
      if (!result) return null;
      const username = ctx.form?.usernameFirst.trim() ?? tbUser(now, kbo, ctx.insz)?.username ?? '';
      if (!result.ok && result.error === 'form') return { event: { type: 'CONFIRM_ADD', outcome: 'form', username, errors: result.errors } };
      return { event: { type: 'CONFIRM_ADD', outcome: outcomeOf(result), username }, world: result.ok ? result.world : undefined };
    }
  }
}
