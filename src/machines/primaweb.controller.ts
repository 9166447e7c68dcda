/**
 * Turns what the learner does in PrimaWeb's access management into world commands and events of
 * the PrimaWeb machine. An event is the intent itself, with the facts only the world can tell
 * (`PrimawebFacts`) spread over it; an intent that needs no world passes unchanged. The OCMW and
 * the language are those of the open session.
 */
import type { SnapshotFrom } from 'xstate';
import { missingDependencies, SEARCH_FILE, withDependencies } from '../domain/functions';
import { sessionFunctions } from '../world/primaweb';
import {
  assignProfiles,
  createProfile,
  deactivateUser,
  deleteProfile,
  profileById,
  reactivateUser,
  updateProfile,
  userProfiles,
  type ProfileErrors,
  type UserErrors,
} from '../world/access';
import { firstError, type Command } from '../world/result';
import type { World } from '../world/types';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import {
  primawebMachine,
  type PrimawebContext,
  type PrimawebEvent,
  type PrimawebInput,
  type PrimawebIntent,
  type SaveVerdict,
  type UserVerdict,
} from './primaweb.machine';
import type { WorldAccess } from './world-access';

export type { PrimawebIntent };

export type PrimawebSnapshot = SnapshotFrom<typeof primawebMachine>;
export type PrimawebController = MachineController<typeof primawebMachine, PrimawebIntent>;

export function createPrimawebController(world: WorldAccess): PrimawebController {
  return createMachineController({
    machine: primawebMachine,
    world,
    input: primawebInput(world.get()),
    plan: (intent: PrimawebIntent, snapshot, now) => planPrimaweb(intent, snapshot.context, now),
  });
}

export function primawebInput(world: World): PrimawebInput {
  return { role: world.session?.role ?? 'socialeAgent' };
}

/** Saves the draft as a new profile or over the profile being managed. */
function save(now: World, ctx: PrimawebContext, functions: string[], warnMissing: boolean): { verdict: SaveVerdict; world?: World } {
  const kbo = now.session?.kbo;
  if (!kbo) return { verdict: { kind: 'refused', error: 'unknownProfile' } };
  const input = { description: ctx.draft.description, functions };
  const outcome: Command<ProfileErrors> = ctx.editingId ? updateProfile(now, ctx.editingId, input) : createProfile(now, kbo, input);
  // The editor shows one message: the first field in error, in the form's order.
  if (!outcome.ok) return { verdict: { kind: 'refused', error: firstError(outcome.errors) ?? 'unknownProfile' } };
  const missing = missingDependencies(functions);
  if (warnMissing && missing.length > 0) return { verdict: { kind: 'missing', missing } };
  return { verdict: { kind: 'saved' }, world: outcome.world };
}

const userVerdict = (outcome: Command<UserErrors>): { verdict: UserVerdict; world?: World } =>
  outcome.ok ? { verdict: { kind: 'done' }, world: outcome.world } : { verdict: { kind: 'refused', error: outcome.errors.form } };

function planPrimaweb(intent: PrimawebIntent, ctx: PrimawebContext, now: World): Planned<PrimawebEvent> | null {
  const kbo = now.session?.kbo;
  if (!kbo) return null;
  switch (intent.type) {
    case 'pw.openFiles':
      // Only a profile with "Opzoeken van een dossier" opens the files (000, annex).
      return now.session && sessionFunctions(now.session).includes(SEARCH_FILE) ? { event: intent } : null;
    case 'pw.manageProfile': {
      const profile = profileById(now, intent.profileId);
      if (!profile || profile.kbo !== kbo) return null;
      return { event: { ...intent, draft: { description: { ...profile.description }, functions: [...profile.functions] } } };
    }
    case 'pw.saveProfile': {
      const { verdict, world } = save(now, ctx, ctx.draft.functions, true);
      return { event: { ...intent, verdict }, world };
    }
    case 'pw.saveAnyway': {
      const { verdict, world } = save(now, ctx, ctx.draft.functions, false);
      return { event: { ...intent, verdict }, world };
    }
    case 'pw.completeAndSave': {
      const functions = withDependencies(ctx.draft.functions);
      const { verdict, world } = save(now, ctx, functions, false);
      return { event: { ...intent, functions, verdict }, world };
    }
    case 'pw.deleteProfile':
      return profileById(now, intent.profileId) ? { event: intent } : null;
    case 'pw.confirmDelete': {
      if (!ctx.profileId) return null;
      const outcome = deleteProfile(now, ctx.profileId);
      return outcome.ok
        ? { event: { ...intent, verdict: { kind: 'done' } }, world: outcome.world }
        : { event: { ...intent, verdict: { kind: 'refused', error: firstError(outcome.errors) ?? 'unknownProfile' } } };
    }
    case 'pw.assignProfiles':
      return { event: { ...intent, selection: userProfiles(now, intent.personId, kbo).map((p) => p.id) } };
    case 'pw.saveAssignment': {
      if (!ctx.personId) return null;
      const { verdict, world } = userVerdict(assignProfiles(now, ctx.personId, kbo, ctx.selection));
      return { event: { ...intent, verdict }, world };
    }
    case 'pw.confirmDeactivate': {
      if (!ctx.personId) return null;
      const { verdict, world } = userVerdict(deactivateUser(now, ctx.personId, kbo));
      return { event: { ...intent, verdict }, world };
    }
    case 'pw.reactivateUser': {
      const { verdict, world } = userVerdict(reactivateUser(now, intent.personId, kbo));
      return { event: { ...intent, verdict }, world };
    }
    default:
      return { event: intent };
  }
}
