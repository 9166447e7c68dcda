/**
 * Toegangsbeheer's intents ('tb.*') are its machine's events, planned against the world of the open
 * session (who is logged in decides what may be done); the controller adds what the world decides
 * as facts, last. A bulk action that needs a confirmation or a choice of applications is tried on
 * the world first, so a refusal shows before the question.
 */
import type { SnapshotFrom } from 'xstate';
import { checkInsz } from '../domain/insz';
import { TB_APPLICATIONS, type TbApplication } from '../domain/toegangsbeheer';
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
import { toegangsbeheerMachine, type BulkAction, type TbContext, type TbEvent, type TbIntent } from './toegangsbeheer.machine';
import type { WorldAccess } from './world-access';

export type { TbIntent };

export type TbSnapshot = SnapshotFrom<typeof toegangsbeheerMachine>;
export type TbController = MachineController<typeof toegangsbeheerMachine, TbIntent>;

export function createTbController(world: WorldAccess): TbController {
  return createMachineController({ machine: toegangsbeheerMachine, world, input: undefined as never, plan: planTb });
}

/** A command's outcome for the machine: done, or the refusal of the command as a whole (bulk actions have no form to fail). */
const outcomeOf = (r: TbResult) => (r.ok ? ('done' as const) : 'form' in r.errors ? r.errors.form : ('notAllowed' as const));

function bulk(now: World, actor: string, kbo: string, ctx: TbContext, action: BulkAction, apps: readonly TbApplication[]): TbResult {
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
  // What is done inside an enterprise, at the one open.
  const kbo = ctx.kbo;
  const count = ctx.selected.length;
  switch (intent.type) {
    case 'tb.openRole':
      // Only the links the home page shows for this person.
      if (!managerLinksFor(now, actor).some((l) => l.kbo === intent.kbo && l.as === intent.as)) return null;
      return { event: intent };
    case 'tb.openEnterprise':
      // The enterprise's name is a link for its (co-)Hoofdtoegangsbeheerder only.
      if (!managerLinksFor(now, actor).some((l) => l.kbo === intent.kbo && l.as === 'vte')) return null;
      return { event: intent };
    case 'tb.run': {
      if (!kbo) return null;
      // Removing asks a confirmation, and applications must be chosen: try first, ask after.
      const asks = intent.action === 'remove' || intent.action === 'addApps' || intent.action === 'removeApps';
      const tried = bulk(now, actor, kbo, ctx, intent.action, [TB_APPLICATIONS[0]]);
      if (!tried.ok) return { event: { ...intent, outcome: outcomeOf(tried), count } };
      if (asks) return { event: { ...intent, outcome: 'ask', count } };
      return { event: { ...intent, outcome: 'done', count }, world: tried.world };
    }
    case 'tb.confirmBulk': {
      if (!kbo || !ctx.action) return null;
      const done = bulk(now, actor, kbo, ctx, ctx.action, intent.apps);
      return { event: { ...intent, outcome: outcomeOf(done), count }, world: done.ok ? done.world : undefined };
    }
    case 'tb.appointTb':
      return kbo && rightsAt(now, actor, kbo).appointLb ? { event: intent } : null;
    case 'tb.chooseAdd': {
      if (!kbo) return null;
      const rights = rightsAt(now, actor, kbo);
      const allowed = intent.kind === 'USER' ? rights.addUser : intent.kind === 'CoLB' ? rights.addCoLb : rights.appointLb;
      return allowed ? { event: intent } : null;
    }
    case 'tb.next': {
      if (!kbo) return null;
      const check = checkInsz(intent.insz);
      if (!check.valid) return { event: { ...intent, verdict: check.error ?? 'checksum' } };
      const existing = tbUser(now, kbo, intent.insz);
      // A TB can be appointed among the users; anyone else with an account is there already.
      const verdict = existing ? (ctx.adding === 'LB' ? (existing.type === 'LB' ? 'exists' : 'overview') : 'exists') : 'form';
      return { event: { ...intent, digits: check.digits ?? intent.insz, verdict } };
    }
    case 'tb.addByInsz': {
      if (!kbo || !rightsAt(now, actor, kbo).addUser) return null;
      const check = checkInsz(intent.insz);
      if (!check.valid) return { event: { ...intent, verdict: check.error ?? 'checksum' } };
      return { event: { ...intent, digits: check.digits ?? intent.insz, verdict: tbUser(now, kbo, intent.insz) ? 'exists' : 'form' } };
    }
    case 'tb.submit':
      // The form is for the INSZ typed before "Volgende" (the machine keeps it so too).
      return kbo ? { event: { ...intent, errors: checkNewUser(now, kbo, { ...intent.form, insz: ctx.insz }) } } : null;
    case 'tb.confirmAdd': {
      if (!kbo || !ctx.adding) return null;
      const result =
        ctx.adding === 'LB' ? changeLb(now, actor, kbo, ctx.insz, ctx.form) : ctx.form ? addTbUser(now, actor, kbo, ctx.form, ctx.adding) : null;
      if (!result) return null;
      const username = ctx.form?.usernameFirst.trim() ?? tbUser(now, kbo, ctx.insz)?.username ?? '';
      if (!result.ok && 'fields' in result.errors) return { event: { ...intent, outcome: 'form', username, errors: [...result.errors.fields] } };
      return { event: { ...intent, outcome: outcomeOf(result), username }, world: result.ok ? result.world : undefined };
    }
    default:
      return { event: intent };
  }
}
